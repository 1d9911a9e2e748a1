package extract

// activityNouns name what an actor does that another may support: the
// training, work or efforts "of" the actor.
var activityNouns = set("training", "work", "efforts", "effort", "fight", "operations", "investigations", "mission")

// activityOf returns the "of" after an activity noun that starts at token
// i over at most two plain words ("the ongoing training of", "the work
// of"), when no name comes before it; -1 otherwise. Supporting such an
// activity supports the actor named after the "of".
func (d *doc) activityOf(i, sent int) int {
	for k := i; k < len(d.toks) && k < i+3 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return -1
		}
		if activityNouns[t.key] {
			if k+2 < len(d.toks) && d.toks[k+1].key == "of" && d.toks[k+1].sent == sent {
				return k + 1
			}
			return -1
		}
	}
	return -1
}
