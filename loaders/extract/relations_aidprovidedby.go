package extract

// "Assistance for Operation X was provided by A and B": the aid went to
// an operation the graph does not hold, and A and B, named after the
// "by", are its givers, not also its receivers. A support noun whose
// object phrase names no actor before the "by" of its givers relates no
// one; the actors after the "by" are read as givers only.

// givenWords are the participles of giving that a "by" naming the givers
// follows: "was provided by", "was given by".
var givenWords = set("provided", "given", "offered", "furnished", "rendered", "lent", "extended")

// objectOnlyPastBy reports whether the object phrase of the noun cue at
// v, whose intro ends at k, names no actor before the "by" at by, which a
// participle of giving stands right before ("was provided by"): no
// mention that starts after k and ends before by (a mention that starts
// at or before the cue, "Assistance for Project", is the cue's own
// phrase).
func (d *doc) objectOnlyPastBy(v, k, by int) bool {
	if by < 1 || !givenWords[d.toks[by-1].key] {
		return false // "this mission, led by X": X leads the mission
	}
	for j := k + 1; j < by; j++ {
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.s > k {
			return false
		}
	}
	return true
}
