package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// districtOffice is the body of a U.S. attorney's post whose title names
// no district ("Acting U.S. Attorney X", read as a post of the United
// States): the one U.S. attorney's office of a judicial district the
// article names ("the U.S. Attorney's Office in the Eastern District of
// Y"), whose head the U.S. attorney is. Otherwise org.
func (d *doc) districtOffice(title string, org *entity) *entity {
	if org == nil || org.typ != schema.Government || org.name != "United States" {
		return org
	}
	t := strings.TrimPrefix(strings.TrimPrefix(fold(title), "acting "), "u.s. ")
	if t != "attorney" {
		return org
	}
	var found *entity
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 {
			continue
		}
		n := fold(e.name)
		if !strings.Contains(n, "attorney's office") || !strings.Contains(n, " district of ") {
			continue
		}
		if found != nil {
			return org // two districts: the title does not say which
		}
		found = e
	}
	if found == nil {
		return org
	}
	return found
}
