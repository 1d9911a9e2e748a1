// Talks between two parties: "peace talks between the Venezuelan
// government and a rebel army", "the first fisheries talks between Chile
// and Argentina in a decade": each side negotiates with the other.

package extract

// talksBetweenBlockers make the talks not (yet) held, beside
// nominalBlockers and relNegs: "upcoming talks between A and B", "urged
// talks between A and B".
var talksBetweenBlockers = set("upcoming", "new", "further", "call", "urged", "urge", "urges", "seeks", "any")

// talksBetween reads "talks/negotiations between A and B" (up to three
// modifiers before the noun: "peace", "direct", "Migration Accord"): A
// negotiates with B, also in a quoted statement. Talks a modifier or verb
// before them makes hypothetical or demanded are none.
func (d *doc) talksBetween(add func(*entity, string, *entity, int)) {
	for n, t := range d.toks {
		if !negotiationNouns[t.key] || n+2 >= len(d.toks) || d.toks[n+1].key != "between" ||
			d.toks[n+2].sent != t.sent {
			continue
		}
		blocked := false
		for k := n - 1; k >= 0 && k >= n-4 && d.toks[k].sent == t.sent; k-- {
			if d.toks[k].key == "future" && d.toks[k+1].key == "of" {
				continue // "the future of peace talks between A and B": talks held
			}
			if talksBetweenBlockers[d.toks[k].key] || nominalBlockers[d.toks[k].key] || relNegs[d.toks[k].key] || d.isModal(k) {
				blocked = true
				break
			}
		}
		if blocked {
			continue
		}
		sides := d.actorsRight(n+2, t.sent, "negotiatesWith", sideObj)
		if len(sides) < 2 {
			continue
		}
		eachPair(sides, func(a, b *entity) {
			if a != b {
				add(a, "negotiatesWith", b, n)
			}
		})
	}
}
