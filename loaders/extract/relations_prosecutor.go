// The government that charges when a text with no dateline or author
// names its prosecutor only once: "The Justice Department announced
// charges … X was indicted on charges of …".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// prosecutorWords name a state's prosecuting body: a justice ministry or
// department, an attorney general's or a prosecutor's office.
var prosecutorWords = []string{"justice", "attorney", "prosecutor", "fiscalia"}

// prosecutingGov is the government whose prosecuting bodies the text
// names, when every such body it names belongs to that one government
// (a wire report on a U.S. indictment names the Justice Department); nil
// when it names none, or those of two governments. A text's only federal
// judicial district counts as its U.S. Attorney's Office (soleDistrict).
func (d *doc) prosecutingGov() *entity {
	var g *entity
	sole := d.soleDistrict()
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.country == "" || !prosecutorName(e.name) && e != sole {
			continue
		}
		c := d.govNamed(e.country)
		if c == nil || g != nil && c != g {
			return nil
		}
		g = c
	}
	return g
}

// prosecutorName reports whether an agency's name is that of a
// prosecuting body ("Department of Justice", "Attorney General's Office").
func prosecutorName(name string) bool {
	n := fold(name)
	for _, w := range prosecutorWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
