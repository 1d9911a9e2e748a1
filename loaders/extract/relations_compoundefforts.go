package extract

// compoundActNouns, right after a compound of two states ("U.S.-Peru
// efforts", "joint Chile/Peru operations"), name acts the two carry out
// together.
var compoundActNouns = set("effort", "efforts", "operation", "operations")

// compoundEfforts reports whether the noun at token k, right after a
// compound of two states, names their common acts: "discussed
// Chile-Peru efforts to combat crime" states that the two cooperate, as
// "Chile-Peru cooperation" does. Only the noun right after the compound
// counts: in "the U.S.-Mexico border security efforts" the compound
// names a place.
func (d *doc) compoundEfforts(k int) bool {
	return k < len(d.toks) && compoundActNouns[d.toks[k].key] && d.toks[k].sent == d.toks[k-1].sent
}
