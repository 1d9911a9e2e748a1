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
// leaves each charge to its own district). The district is read by
// soleDistrictSpan, the scan onlyDistrict reads the roles' district
// with, over districts named with or without their side; it is only
// looked up here, never made.
func (d *doc) soleDistrict() *entity {
	s, e, ok := d.soleDistrictSpan(d.judicialDistrictEnd)
	if !ok || s < 0 {
		return nil
	}
	if dist := d.ents[string(schema.Agency)+"|"+fold(d.surface(s, e))]; dist != nil && federalDistrict(dist) {
		return dist
	}
	return nil
}

// federalDistrict reports whether an agency is a United States judicial
// district ("District of Kansas", "Southern District of Texas").
func federalDistrict(e *entity) bool {
	return e.country == "United States" && strings.Contains(fold(e.name), "district of")
}
