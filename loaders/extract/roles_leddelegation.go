package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// delegationLeadVerbs say that the subject led a state's delegation.
var delegationLeadVerbs = set("led", "leads", "headed", "heads")

// ledDelegationRoles gives a person whose title before the name states no
// body, and who "led the STATE delegation" right after it, the post in
// that state's government: "Deputy Assistant Secretary for Caribbean
// Affairs X led the United States delegation".
func (d *doc) ledDelegationRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || m.e+2 >= len(d.toks) {
			continue
		}
		k := m.e
		if !delegationLeadVerbs[d.toks[k].key] {
			continue
		}
		gm := d.mentionAt(k + 1)
		if gm == nil && d.toks[k+1].key == "the" {
			gm = d.mentionAt(k + 2)
		}
		if gm == nil || gm.ent == nil || gm.ent.typ != schema.Government || gm.s != k+1 && !(gm.s == k+2 && d.toks[k+1].key == "the") ||
			!strings.HasSuffix(fold(d.surface(gm.s, gm.e)), "delegation") && (gm.e >= len(d.toks) || d.toks[gm.e].key != "delegation") {
			continue
		}
		if title := d.openingTitle(d.honorificStart(m.s)); len(title) > 0 {
			add(m.ent, d.titleText(title), gm.ent, m.s)
		}
	}
}

// openingTitle is the capitalised title that opens the sentence and ends
// right before token e, a remit with a place in it included ("Deputy
// Assistant Secretary for Caribbean Affairs and Haiti"), or nil when the
// words before e are not such a title or name a body before the head.
func (d *doc) openingTitle(e int) []int {
	s := e
	for s > 0 && d.toks[s-1].sent == d.toks[e].sent && !d.toks[s].brk {
		k := d.toks[s-1].key
		if !d.capWord(s-1) && k != "of" && k != "for" && k != "and" && k != "the" {
			break
		}
		s--
	}
	if s == e || s > 0 && d.toks[s-1].sent == d.toks[e].sent && !d.toks[s].brk {
		return nil // the words do not open the sentence
	}
	var title []int
	head := false
	for k := s; k < e; k++ {
		if m := d.mentionAt(k); m != nil && !head {
			return nil // "U.S. Ambassador …": a body before the head states the post's body
		}
		head = head || titleHeads[d.toks[k].key]
		title = append(title, k)
	}
	if !head || d.rankOnly(title) {
		return nil
	}
	return title
}
