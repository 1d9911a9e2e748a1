package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// stateOfficialAt reads a state's possessive before an unnamed title that
// ends right before token i ("Colombia's Minister of Defense visits …",
// "Peru's foreign minister met …"): the actor is the official, not the
// state. It returns the person the article names as holding a title with
// those words for that state, or nil when none is (the state is not
// the actor either), and whether m opens such a title.
func (d *doc) stateOfficialAt(m *mention, i int) (*entity, bool) {
	if m.ent == nil || m.ent.typ != schema.Government || m.e+1 >= i || d.toks[m.e].key != "'s" {
		return nil, false
	}
	head := ""
	var words []string
	for k := m.e + 1; k < i; k++ {
		t := d.toks[k]
		if pm := d.mentionAt(k); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
			return nil, false // "Colombia's Minister of Defense X": X is named
		}
		if t.kind != tWord || !(t.cap || titleMods[t.key] || titleHeads[t.key] || t.key == "of" || t.key == "and") {
			return nil, false
		}
		if titleHeads[t.key] {
			head = t.key
		}
		if t.key != "of" && t.key != "and" {
			words = append(words, t.key)
		}
	}
	if head == "" {
		return nil, false
	}
	for _, p := range d.entList {
		if p.typ != schema.Person || !d.servesState(p, m.ent) {
			continue
		}
		for _, r := range p.roles {
			if holdsTitle(strings.ToLower(r), words) {
				return p, true
			}
		}
	}
	return nil, true
}

// holdsTitle reports whether the lower-cased role r has every word of a
// title ("foreign minister" in "foreign minister", "minister of foreign
// affairs"; not in "minister of defense").
func holdsTitle(r string, words []string) bool {
	for _, w := range words {
		if !containsWord(r, w) {
			return false
		}
	}
	return true
}
