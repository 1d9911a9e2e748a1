// A federal judicial district as the prosecuting body of a release: "U.S.
// Attorney X of the Northern District of Ohio announced … A and B are
// charged with …": the United States charged A and B.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// soleDistrict is the one United States judicial district the text names
// as an agency ("Northern District of Ohio", standing for its U.S.
// Attorney's Office), a prosecuting body of the United States; nil when
// it names none or several (a round-up of cases from several districts
// leaves each charge to its own district).
func (d *doc) soleDistrict() *entity {
	var one *entity
	for _, e := range d.entList {
		if e.typ != schema.Agency || !federalDistrict(e) {
			continue
		}
		if one != nil {
			return nil
		}
		one = e
	}
	return one
}

// federalDistrict reports whether an agency is a United States judicial
// district ("District of Kansas", "Southern District of Texas").
func federalDistrict(e *entity) bool {
	return e.country == "United States" && strings.Contains(fold(e.name), "district of")
}
