// Vows of harm: "X, who has vowed to destroy the group": a threat.

package extract

// vowForms announce a future act; harmVerbs are the acts whose vow is a
// threat against their object.
var (
	vowForms  = set("vow", "vows", "vowed", "vowing", "pledged", "promised", "swore", "swears")
	harmVerbs = set("destroy", "crush", "eliminate", "annihilate", "eradicate", "defeat", "wipe", "obliterate")
)

// vowedHarm reads "X vowed to destroy Y", "X, who has vowed to crush the
// cartel": X threatened Y. A negated vow ("never vowed to") is none.
func (d *doc) vowedHarm(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		if !vowForms[d.toks[v].key] || d.inQuote[v] || d.toks[v+1].key != "to" || !harmVerbs[d.toks[v+2].key] {
			continue
		}
		sent := d.toks[v].sent
		if d.toks[v+2].sent != sent {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive {
			continue
		}
		end := v + 3
		if d.toks[v+2].key == "wipe" {
			if end >= len(d.toks) || d.toks[end].key != "out" {
				continue
			}
			end++ // "wipe out"
		}
		objs := d.actorsRight(end, sent, "threatened", sideObj)
		for _, s := range d.actorsLeft(g.start, sent, "threatened", sideSubj) {
			for _, o := range objs {
				add(s, "threatened", o, v)
			}
		}
	}
}
