package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Bodies named as modifiers of another body's name: "the Department of
// Fisheries Bureau of Coastal Affairs", "the Department of Fisheries
// Marine Inspection Service", "the U.S. Department of Fisheries Marine
// Inspection Service". The capitals are one name, the unit's, but they
// open with the complete name of a body the gazetteer knows, the unit's
// parent, which the text thereby names too.

// modifierParents counts a mention of the known body that opens the name
// of each agency or organisation mention named by its own capitals (not a
// gazetteer body), after a country or government prefix such as "U.S.",
// when that body's name is followed at once, on the same line, by more
// capitalised words that end the unit's name (modifierParentEntry). The
// parent is made an entity, named as the text writes it, before it is
// counted (modifierParent).
func (d *doc) modifierParents() {
	for _, m := range d.ments {
		if m.class != mEntity || m.ent == nil || m.gaz != nil || m.quoted ||
			m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
			continue
		}
		ge, k := d.modifierParentEntry(m.s, m.e)
		if ge == nil {
			continue
		}
		p := d.modifierParent(ge, m.s, k)
		if p == m.ent {
			continue
		}
		p.mentions++
	}
}

// modifierParentEntry returns the gazetteer entry of the known
// ministry-level agency whose complete name opens the body name written in
// tokens [s, e), and the token just after that name, or nil. It only
// looks: the parent's entity is made by modifierParent. The words after
// the parent's name must go on in capitals on the same line, at least two
// words (not "Treasury Department", the body's head written again), not
// with a connective: "Department of Fisheries Marine Inspection Service",
// not "Department of Fisheries of Ruritania", which is the department
// itself.
func (d *doc) modifierParentEntry(s, e int) (*gazEntry, int) {
	starts := []int{s}
	if _, n := d.govPrefixAt(s); n > 0 && s+n < e {
		starts = append(starts, s+n) // "U.S. Department of Fisheries …"
	}
	for _, p := range starts {
		ps, n := d.g.lookup(d.toks, p)
		k := p + n
		if n == 0 || k >= e || len(ps) == 0 || ps[0].kind != kEntity {
			continue
		}
		ge := ps[0].entry
		if ge.typ != schema.Agency || !ministryLevel(ge.name) {
			continue
		}
		if t := d.toks[k]; t.kind != tWord || !t.cap || t.brk || funcWords[t.key] {
			continue
		}
		if e-k < 2 {
			continue // "the U.S. Treasury Department": the body itself, its head written twice
		}
		return ge, k
	}
	return nil, 0
}

// modifierParent is the entity of ge, the parent modifierParentEntry found
// opening the body name that starts at token s, its own name ending before
// token k: made if the text has not named it yet, given the words [s, k)
// as an alias and the entry's Wikidata id and country where it has none.
func (d *doc) modifierParent(ge *gazEntry, s, k int) *entity {
	pe := d.entity(ge.typ, ge.name, s)
	pe.alias(d.surface(s, k))
	if pe.wikidata == "" {
		pe.wikidata = ge.wikidata
	}
	if ge.country != "" && pe.country == "" {
		pe.country = ge.country
	}
	return pe
}

// isModifierParent reports whether e is the entity of the known body
// whose name opens mention m's (modifierParentEntry). Unlike
// modifierParent it makes nothing: explain asks it after the extraction.
func (d *doc) isModifierParent(e *entity, m *mention) bool {
	ge, _ := d.modifierParentEntry(m.s, m.e)
	return ge != nil && d.ents[string(ge.typ)+"|"+fold(ge.name)] == e
}

// ministryLevel reports whether a known agency's name makes it a state's
// ministry or department, or a government agency ("Department of
// Fisheries", "Ruritanian Agency for Development"): a body whose units
// are named after it. A service, an army or an international
// organisation named before its own unit ("the Marine Service Fugitive
// Task Force", "the Assembly's Permanent Council") is not taken as named
// on its own.
func ministryLevel(name string) bool {
	for _, w := range strings.Fields(fold(name)) {
		if ministryHeads[w] || w == "agency" {
			return true
		}
	}
	return false
}
