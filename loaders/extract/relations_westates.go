package extract

import "github.com/newsgraph/newsgraph/schema"

// weMetStates reads "we held a meeting with A and B" in the speaker's own
// words, the cue from v to end, its subject "we" at token we: when only
// states are met, the speaker's government met each; a "trilateral"
// meeting puts A and B together too.
func (d *doc) weMetStates(we, v, end int, add func(*entity, string, *entity, int)) {
	gov := d.weGov(we)
	if gov == nil {
		return
	}
	objs := d.actorsRight(end, d.toks[v].sent, "metWith", sideObj)
	for _, o := range objs {
		if o.typ != schema.Government {
			return // "we met with President X": a person's meeting, not the government's
		}
	}
	for _, o := range objs {
		add(gov, "metWith", o, v)
	}
	for k := v; k < end; k++ {
		if d.toks[k].key == "trilateral" {
			eachPair(objs, func(a, b *entity) { add(a, "metWith", b, v) })
			break
		}
	}
}
