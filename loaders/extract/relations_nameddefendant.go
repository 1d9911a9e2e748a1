// A person the text calls a defendant by name ("Defendant X was arrested
// on …", "A third defendant, X, remains at large", "co-defendant X") is
// charged.

package extract

import "github.com/newsgraph/newsgraph/schema"

// defendantNouns name a charged person put before the name.
var defendantNouns = set("defendant", "co-defendant", "codefendant")

// namedDefendants gives each person named right after "defendant" (a
// title, or an apposition after its comma) a charge by the government of
// the release's prosecuting body (releaseProsecutor), unless the text
// already has that person charged, convicted or extradited, or the
// sentence or the headline states a verdict ("is scheduled to be
// sentenced", "X Sentenced to Life"): a defendant who pleaded guilty or
// was sentenced is recorded by the verdict alone.
func (d *doc) namedDefendants(add func(*entity, string, *entity, int)) {
	done := map[string]bool{}
	for _, r := range d.rels {
		switch r.Predicate {
		case "charged", "convicted", "extradited":
			done[r.Object] = true
		}
	}
	for k := 0; k < len(d.toks) && d.toks[k].para == 0; k++ {
		if key := d.toks[k].key; key == "sentenced" || key == "convicted" {
			return // "X Sentenced to Life": the defendants it names were tried
		}
	}
	var gov []*entity
	asked := false
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || done[m.ent.name] || d.inQuote[m.s] || m.s < 1 {
			continue
		}
		k := m.s - 1
		if d.toks[k].key == "," {
			if m.e >= len(d.toks) || d.toks[m.e].key != "," {
				continue // "the defendant, X" closes its apposition with a comma
			}
			k--
		}
		if k < 0 || d.toks[k].sent != d.toks[m.s].sent || !defendantNouns[d.toks[k].key] || d.verdictSentence(m.s) {
			continue
		}
		if !asked {
			gov, asked = d.releaseProsecutor(), true
		}
		for _, g := range gov {
			add(g, "charged", m.ent, m.s)
		}
		done[m.ent.name] = true
	}
}

// verdictSentence reports whether the sentence of token k has a word of a
// verdict ("pleaded guilty", "is scheduled to be sentenced").
func (d *doc) verdictSentence(k int) bool {
	for j, e := d.sentStart(k), d.sentEnd(k); j < e; j++ {
		if verdictWords[d.toks[j].key] || d.toks[j].key == "pleaded" {
			return true
		}
	}
	return false
}
