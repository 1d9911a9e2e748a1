// The byline under a release's headline names its author with a title
// after a comma: "Press Statement / Ana Ruiz, Spokesperson / Office of the
// Spokesperson", "State Department Briefing, Ana Ruiz, spokeswoman, May
// 2, 2001".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// bylineAuthorRoles gives the byline's author (bylineAuthor) the title
// written after the name and a comma, at the body the byline's line names
// ("State Department Briefing, X, spokesman"); a spokesperson's title with
// no body on that line is the post at the department the text names (its
// own office, "Office of the Spokesperson", is not it; a "Department
// Spokesperson" names its department by the bare word: the State
// Department's title, read at the Department of State when the text names
// it, replacing a post guessed for the bare title, and at no other
// department). An author who holds a post already read is left as read.
func (d *doc) bylineAuthorRoles(add func(*entity, string, *entity, int)) {
	m := d.bylineAuthor()
	if m == nil || m.e+1 >= len(d.toks) || d.toks[m.e].key != "," {
		return
	}
	para := d.toks[m.s].para
	var title []int
	spokes, own := false, false
	for k := m.e + 1; k < len(d.toks) && d.toks[k].para == para && d.toks[k].key != ","; k++ {
		t := d.toks[k]
		if t.kind != tWord || d.mentionAt(k) != nil || !t.cap && !titleLineWords[t.key] && !titleHeads[t.key] && !titleMods[t.key] {
			return
		}
		title = append(title, k)
		spokes = spokes || spokesHeads[t.key]
		own = own || t.key == "department" // "Department Spokesperson": its own, unnamed
	}
	if len(title) == 0 || !d.hasHead(title) {
		return
	}
	if own && spokes {
		// "X, Department Spokesperson": the State Department's title
		if org := d.stateDepartmentNamed(); org != nil {
			d.dropGuessedTitle(m.ent, d.titleText(title))
			add(m.ent, d.titleText(title), org, m.s)
		}
		return
	}
	if d.hasStatedPost(m.ent) {
		return
	}
	org := d.bylineLineBody(m)
	if org == nil && spokes {
		if org = d.mastheadAgency(m.s); org == nil && !own {
			org = d.namedDepartment()
		}
	}
	if org != nil {
		add(m.ent, d.titleText(title), org, m.s)
	}
}

// bylineLineBody is the agency or organisation named on the byline's line
// before its author ("State Department Briefing, X, spokesman"), or nil.
func (d *doc) bylineLineBody(m *mention) *entity {
	for k := d.paraStart(m.s); k < m.s; k++ {
		if b := d.mentionAt(k); b != nil && b.ent != nil && (b.ent.typ == schema.Agency || b.ent.typ == schema.Organization) {
			return b.ent
		}
	}
	return nil
}

// namedDepartment is the first executive department the text names ("the
// Department of State", "the State Department"), other than a
// spokesperson's own office, or nil.
func (d *doc) namedDepartment() *entity {
	var first *entity
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 {
			continue
		}
		f := fold(e.name)
		if !strings.HasPrefix(f, "department of ") && !strings.HasSuffix(f, " department") {
			continue
		}
		if first == nil || e.first < first.first {
			first = e
		}
	}
	return first
}
