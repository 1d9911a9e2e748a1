// What a party owes under an agreement is the agreement's: "support for
// Ruritania's commitments under the Harbour Accord" supports the accord,
// not Ruritania.

package extract

import "github.com/newsgraph/newsgraph/schema"

// obligationNouns name what a party owes under an agreement.
var obligationNouns = set("commitments", "commitment", "obligations", "obligation", "responsibilities", "pledges")

// obligationsUnder returns the agreement after a possessor's obligations
// ("Ruritania's commitments under the Harbour Accord", "Ruritania's
// obligations under the treaty"), the act's real object; nil when m is
// not such a possessor.
func (d *doc) obligationsUnder(m *mention) *mention {
	k := m.e
	if m.ent == nil || k+3 >= len(d.toks) || d.toks[k].key != "'s" || !obligationNouns[d.toks[k+1].key] || d.toks[k+2].key != "under" {
		return nil
	}
	k += 3
	if d.toks[k].key == "the" && !d.toks[k].cap {
		k++
	}
	if a := d.mentionAt(k); a != nil && a.s == k && a.ent != nil && a.ent.typ == schema.Agreement {
		return a
	}
	return nil
}
