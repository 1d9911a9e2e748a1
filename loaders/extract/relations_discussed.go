// Leaders who discuss something together met.

package extract

// jointTalkVerbs state a conversation among their coordinated subjects:
// "A and B discussed X", "A and B exchanged views on Y".
var jointTalkVerbs = set("discussed", "exchanged")

// jointDiscussions reads a conversation its coordinated subjects held:
// "Secretary A and President B discussed the region", "Canada, Mexico and
// the United States discussed precursors", "A and B held talks": each met
// each. People of one government (or of one not known) talked among
// themselves, and a negated, planned or hypothetical talk states none.
func (d *doc) jointDiscussions(add func(*entity, string, *entity, int)) {
	for v, t := range d.toks {
		if d.inQuote[v] || !(jointTalkVerbs[t.key] && (t.key != "exchanged" || v+1 < len(d.toks) && d.toks[v+1].key == "views") || d.heldTalks(v)) {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		d.pairSides(d.actorsLeft(g.start, t.sent, "metWith", sideSubj), v, add)
	}
}

// heldTalks reports whether the verb at v holds a meeting, a call or
// talks that names no partner after it: "A and B held talks", "the two
// held a bilateral meeting on Friday" (not "held talks with C").
func (d *doc) heldTalks(v int) bool {
	if k := d.toks[v].key; k != "held" && k != "hold" && k != "holds" && k != "had" {
		return false
	}
	for n := v + 1; n < len(d.toks) && n <= v+4 && d.toks[n].sent == d.toks[v].sent && d.mentionAt(n) == nil; n++ {
		if meetingFrameNouns[d.toks[n].key] {
			return n+1 >= len(d.toks) || d.toks[n+1].key != "with" && d.toks[n+1].key != "between" && d.toks[n+1].key != "of"
		}
		if d.toks[n].kind != tWord || d.toks[n].cap && !d.titlecase[d.toks[n].para] {
			return false
		}
	}
	return false
}
