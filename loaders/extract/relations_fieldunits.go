// Regional field units of an agency and the operations the agency runs:
// "the DEA New Orleans Division", "DEA's Houston Field Division", "the
// FBI Miami Field Office".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// fieldUnitOperations reads an operation an agency runs against a group
// as run too by each regional field unit of that agency the article
// names: a release about the agency's surge against a cartel that names
// the agency's New Orleans Division (the office issuing it, or one
// counting its arrests) reports that division's part in the operation.
// A field unit is an agency named by a city or state of the United
// States and "Division", "Field Division" or "Field Office", whose parent
// is the acting agency ("DEA's Miami Field Division") or whose name opens
// with the acting agency's short name ("DEA Miami Field Division"). A
// unit named by its function ("Special Operations Division", "Criminal
// Division") is no field unit.
func (d *doc) fieldUnitOperations(add func(*entity, string, *entity, int)) {
	units := map[*entity][]*entity{}
	for _, u := range d.entList {
		if p := d.fieldUnitOf(u); p != nil {
			units[p] = append(units[p], u)
		}
	}
	if len(units) == 0 {
		return
	}
	rels := append([]schema.Relation(nil), d.rels...)
	for _, r := range rels {
		if r.Predicate != "deployedAgainst" {
			continue
		}
		a, o := d.entityNamed(r.Subject), d.entityNamed(r.Object)
		if a == nil || o == nil {
			continue
		}
		for _, u := range units[a] {
			add(u, "deployedAgainst", o, u.first)
		}
	}
}

// entityNamed returns the entity whose name is name, or nil.
func (d *doc) entityNamed(name string) *entity {
	for _, e := range d.entList {
		if e.name == name {
			return e
		}
	}
	return nil
}

// fieldUnitOf returns the agency whose regional field unit u is, or nil.
func (d *doc) fieldUnitOf(u *entity) *entity {
	if u.typ != schema.Agency {
		return nil
	}
	for _, name := range append([]string{u.name}, u.aliases...) {
		w := strings.Fields(fold(name))
		n := len(w)
		switch {
		case n >= 3 && w[n-2] == "field" && (w[n-1] == "division" || w[n-1] == "office"):
			w = w[:n-2]
		case n >= 2 && w[n-1] == "division":
			w = w[:n-1]
		default:
			continue
		}
		parent := u.parent
		if len(w) > 1 {
			if p := d.agencyCalled(w[0]); p != nil && p != u && d.usPlaceWords(w[1:]) {
				return p // "DEA New Orleans Division"
			}
		}
		if parent != nil && parent.typ == schema.Agency && d.usPlaceWords(w) {
			return parent // "DEA's New Orleans Division"
		}
	}
	return nil
}

// usPlaceWords reports whether the folded words name a city of the United
// States that stands alone in a dateline ("new orleans") or a state.
func (d *doc) usPlaceWords(w []string) bool {
	if len(w) == 0 {
		return false
	}
	return usDatelineCities[strings.Join(w, " ")] || usStates[strings.Join(w, " ")]
}
