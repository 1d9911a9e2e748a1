// A gerund that names a charge states no act: "pleaded guilty to counts
// of conspiring to launder cash" names the charge two defendants admit,
// not that they worked together; "A and B conspired to sell weapons"
// and "A and B pleaded guilty to conspiring to …" state it.
// The cue property "not-charge" in relations.tsv ("conspire to
// [not-charge]") asks for the act.

package extract

import "strings"

// propNotCharge names the property in relations.tsv.
const propNotCharge = "not-charge"

// notChargeAt reports whether the cue verb at token v is no gerund right
// after a preposition that makes it a charge's content (chargeGerundPreps,
// relations_killing.go: "of", "with", "for").
func (d *doc) notChargeAt(v int) bool {
	if v == 0 || !strings.HasSuffix(d.toks[v].key, "ing") {
		return true
	}
	p := d.toks[v-1]
	return p.sent != d.toks[v].sent || !chargeGerundPreps[p.key]
}
