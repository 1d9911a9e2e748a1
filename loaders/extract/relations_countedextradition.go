// A lead that counts the people a state extradited and names them only
// later, one by one, as the release sets out each case: "Mexico Extradites
// 13 Defendants … A … was charged in …; B … was charged in …".

package extract

import "github.com/newsgraph/newsgraph/schema"

// countedExtraditionNouns head the counted people of an extradition lead.
var countedExtraditionNouns = set("defendants", "individuals", "nationals", "fugitives", "suspects", "people", "persons")

// countedExtraditions reads an extradition in one of the text's first
// sentences (its headline, its lead) of a counted group of people ("13
// Defendants", "Fifteen Individuals", "Seven Colombian Nationals") from
// one state: the state after "from", the subject of "extradites", or the
// one demonym of the sentence. The people extradited are the first so
// many the text names after it who hold no office and whom it has charged,
// convicted or extradited: each case of the release. A person the text names as sent
// by another state, or as extradited already, is passed over.
func (d *doc) countedExtraditions(add func(*entity, string, *entity, int)) {
	for i := 0; i < len(d.toks) && d.toks[i].sent < leadSentences; i++ {
		key := d.toks[i].key
		if key != "extradited" && key != "extradites" || d.inQuote[i] {
			continue
		}
		n, g := d.extraditionCount(i)
		if n < 2 || g == nil {
			continue
		}
		d.addLeadExtradited(g, d.chargedPeopleAfter(d.sentEnd(i), n), i, add)
		return
	}
}

// extraditionCount reads the sentence of the extradition verb at i: the
// number of people it counts ("13 Defendants", "Fifteen individuals") and
// the one state it names as their sender (leadSenderState), or 0 and nil.
func (d *doc) extraditionCount(i int) (int, *entity) {
	sent := d.toks[i].sent
	n := 0
	var demonym *entity
	for k := d.sentStart(i); k+1 < len(d.toks) && d.toks[k].sent == sent; k++ {
		if v := numberWords(d.toks[k].key); v > 1 && v < 100 && n == 0 {
			j := k + 1
			if m := d.mentionAt(j); m != nil && m.class == mDemonym {
				j = m.e // "Seven Colombian Nationals"
			}
			if j < len(d.toks) && countedExtraditionNouns[d.toks[j].key] {
				n = v
			}
		}
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent == nil && m.class == mDemonym {
			if dg := d.govOf(m); dg != nil {
				if demonym != nil && demonym != dg {
					return 0, nil // "Mexican and Colombian nationals": which one is unsaid
				}
				demonym = dg
			}
		}
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
			return 0, nil // a named person: the leads of relations_headextradition.go
		}
	}
	if n == 0 {
		return 0, nil
	}
	return n, d.leadSenderState(i, demonym) // "Mexico Extradites 13 Defendants"
}

// chargedPeopleAfter is up to n people, in the order the text first names
// them after token from, who hold no office, are not named in a quotation
// and are charged, convicted or extradited by a relation already read
// (one read extradited fills a place of the count: "Two nationals were
// extradited … A and B were extradited from X … their brothers C and D").
func (d *doc) chargedPeopleAfter(from, n int) []*entity {
	cased := map[string]bool{}
	for _, r := range d.rels {
		if r.Predicate == "charged" || r.Predicate == "convicted" || r.Predicate == "extradited" {
			cased[r.Object] = true
		}
	}
	var out []*entity
	for _, m := range d.ments {
		if len(out) == n {
			break
		}
		if m.s < from || m.ent == nil || m.ent.typ != schema.Person || d.inQuote[m.s] || holdsOffice(m.ent) || !cased[m.ent.name] || containsEnt(out, m.ent) {
			continue
		}
		out = append(out, m.ent)
	}
	return out
}
