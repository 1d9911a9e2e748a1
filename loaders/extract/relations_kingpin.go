// Designations under the United States' drug kingpin law, read as
// designations under its law like those of terrorist organisations: "the
// President identified X as a Significant Foreign Narcotics Trafficker",
// "X and Y were identified as significant foreign narcotics traffickers",
// "designated Z as a Specially Designated Narcotics Trafficker".

package extract

import "strings"

// kingpinAbbrevs are the abbreviated names of the kingpin law's and the
// sanctions lists' categories ("designated as SDNTs").
var kingpinAbbrevs = set("sdnt", "sdnts", "sdgt", "sdgts")

// kingpinCategory reports whether token k, read in the phrase after "as"
// that opens at token from, ends the name of a category of the kingpin
// law: "kingpin", an abbreviation (kingpinAbbrevs), or "trafficker(s)"
// after "narcotics" or "drug" after "foreign" or "designated"
// ("significant foreign narcotics trafficker", "specially designated
// drug trafficker").
func (d *doc) kingpinCategory(from, k int) bool {
	key := d.toks[k].key
	if key == "kingpin" || key == "kingpins" || kingpinAbbrevs[key] {
		return true
	}
	if !strings.HasPrefix(key, "trafficker") || k-2 < from {
		return false
	}
	drug := d.toks[k-1].key
	if drug != "narcotics" && drug != "narcotic" && drug != "drug" {
		return false
	}
	q := d.toks[k-2].key
	return q == "foreign" || q == "designated"
}
