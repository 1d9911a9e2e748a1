// A lead that counts the people an act was done to before it names them:
// "Three Peruvian nationals who were extradited to the United States …
// The nationals include A, B and C": A, B and C were extradited.

package extract

import "github.com/newsgraph/newsgraph/schema"

// countedLeadNouns head a counted description of people in a lead.
var countedLeadNouns = set("nationals", "citizens", "men", "women", "defendants", "fugitives", "suspects",
	"individuals", "members", "leaders", "traffickers")

// countedLeadPeople resolves the subject of a passive act in one of the
// text's first sentences that is a count of unnamed people opening the
// sentence ("Three Peruvian nationals (who) were extradited", "Two men
// were charged") to the people the first later sentence naming someone
// without an office names, when it names exactly that many; else nil.
func (d *doc) countedLeadPeople(start, sent int) []*entity {
	if sent >= leadSentences {
		return nil
	}
	k := start - 1
	if k >= 0 && (d.toks[k].key == "who" || d.toks[k].key == "that") {
		k--
	}
	if k < 0 || d.toks[k].sent != sent || !countedLeadNouns[d.toks[k].key] {
		return nil
	}
	k--
	for n := 0; n < 3 && k >= 0 && d.toks[k].sent == sent; n++ {
		if m := d.mentionAt(k); m != nil && m.class == mDemonym {
			k = m.s - 1 // "Peruvian"
			continue
		}
		if t := d.toks[k]; t.kind == tWord && !t.cap && countWords[t.key] == 0 && d.mentionAt(k) == nil {
			k-- // "alleged", "high-ranking"
			continue
		}
		break
	}
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	n := countWords[d.toks[k].key]
	if n == 0 || !d.sentenceOpener(k) {
		return nil
	}
	for s := sent + 1; s <= sent+8; s++ {
		var out []*entity
		for _, m := range d.ments {
			if d.toks[m.s].sent != s || m.ent == nil || m.ent.typ != schema.Person || d.inQuote[m.s] || holdsOffice(m.ent) || containsEnt(out, m.ent) {
				continue
			}
			out = append(out, m.ent)
		}
		if len(out) > 0 {
			if len(out) == n {
				return out
			}
			return nil
		}
	}
	return nil
}
