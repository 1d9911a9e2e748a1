package extract

import "github.com/newsgraph/newsgraph/schema"

// statementHeadMarks open a headline naming who issues the statement
// under it: "Statement by TITLE NAME on …", "Statement from TITLE NAME …".
var statementHeadMarks = set("by", "from")

// statementHeadRoles gives the post of the person a statement's headline
// names after "Statement by|from" with a bare title, naming no body
// ("Statement by Senior Advisor and Chief Spokesperson Ana Ruiz on …"):
// the title is at the body the text ties it to, else, in a text naming
// the United States, the statement is one of its government's offices
// and the post is held for the United States. A person with a post the
// text states is left alone.
func (d *doc) statementHeadRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.s < 3 || d.toks[m.s].para != 0 || d.inQuote[m.s] || d.hasStatedPost(m.ent) {
			continue
		}
		title := d.statementHeadTitle(m.s)
		if title == nil {
			continue
		}
		org := d.inferOrg(m.ent, title, "", m.s)
		if org == nil {
			org = d.govNamed("United States")
		}
		if org != nil {
			add(m.ent, d.titleText(title), org, m.s)
		}
	}
}

// statementHeadTitle is the title between "Statement by|from" opening the
// headline and the name at token s: capitalised words (and of, and, for,
// …) with a title head, naming no body, place or person; nil otherwise.
func (d *doc) statementHeadTitle(s int) []int {
	start := s
	for start > 0 && s-start < 10 && d.toks[start-1].para == d.toks[s].para && !statementHeadMarks[d.toks[start-1].key] {
		start--
	}
	if start < 2 || start == s || !statementHeadMarks[d.toks[start-1].key] || d.toks[start-2].key != "statement" || !d.toks[start-2].brk {
		return nil
	}
	var title []int
	for k := start; k < s; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap && !titleLineWords[t.key] || d.mentionAt(k) != nil {
			return nil
		}
		title = append(title, k)
	}
	if !d.hasHead(title) {
		return nil
	}
	return title
}
