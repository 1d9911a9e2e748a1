// Joining an agreement: "Peru joined the Artemis Accords".

package extract

import "github.com/newsgraph/newsgraph/schema"

// joinForms join a standing agreement as a party; accessionVerbs too.
var joinForms = set("join", "joins", "joined", "joining", "accede", "accedes", "acceded", "acceding")

// agreementJoins reads "X joined the Y Accords", "X acceded to the Y
// Convention": X signed Y. The agreement must follow at once (over "the",
// "to" and a dash); a negated, modal or planned joining is none.
func (d *doc) agreementJoins(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if !joinForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		k := v + 1
		for k < len(d.toks) && k <= v+4 && d.toks[k].sent == sent && d.mentionAt(k) == nil {
			if key := d.toks[k].key; key != "the" && key != "to" && key != "—" && key != "–" && key != "-" {
				break
			}
			k++
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Agreement || m.s != k {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive && (relBlockers[g.governor] || !continuing[g.governor]) || d.hypothetical(v) {
			continue
		}
		for _, s := range d.actorsLeft(g.start, sent, "signed", sideSubj) {
			add(s, "signed", m.ent, v)
		}
	}
}
