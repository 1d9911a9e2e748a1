package extract

import "github.com/newsgraph/newsgraph/schema"

// A meeting may be told as a chance taken: "X had the opportunity to meet
// with Y", "X took the time to meet Y", "X was able to meet with Y", "X
// got to meet Y". The infinitive is then the act itself, done by the
// subject of the verb that governs it. A speaker telling their own
// ("Now I have the chance to meet with Minister Y", in the
// speaker's turn of a transcript or a text headed "Remarks by X") is the
// speaker. "X will have the chance to meet Y" and "X was not able to meet
// Y" are not.

// chanceNouns are the nouns of a chance taken before "to"; chanceVerbs
// the past verbs that take one; presentChance the present ones, read only
// in a speaker's own account of the day.
var chanceNouns = set("opportunity", "chance", "occasion", "time")
var chanceVerbs = set("had", "took", "got", "found", "used", "seized")
var presentChance = set("have", "take", "get")

// tookChance reads a chance taken before the infinitive "to" at token to
// ("had the opportunity to", "was able to", "got to"). It returns the
// start of the governing verb group, where the actors are read from, and,
// when its subject is "I", the speaker it stands for; start is -1 when
// no chance is taken there, or when its subject is a pronoun this reader
// does not resolve.
func (d *doc) tookChance(to int) (int, *entity) {
	sent := d.toks[to].sent
	j := to - 1
	if j < 1 || d.toks[j].sent != sent {
		return -1, nil
	}
	v, present := -1, false
	switch key := d.toks[j].key; {
	case key == "got":
		v = j
	case key == "able":
		if k := d.toks[j-1].key; k == "was" || k == "were" {
			v = j - 1
		}
	case chanceNouns[key]:
		k := j - 1
		if determiners[d.toks[k].key] {
			k--
		}
		if k >= 0 && d.toks[k].sent == sent && (chanceVerbs[d.toks[k].key] || presentChance[d.toks[k].key]) {
			v, present = k, presentChance[d.toks[k].key]
		}
	}
	if v < 0 {
		return -1, nil
	}
	g := d.verbGroup(v)
	if g.neg || g.modal || g.infinitive {
		return -1, nil
	}
	if g.start > 0 && d.toks[g.start-1].key == "i" && !d.inQuote[g.start-1] {
		if sp := d.ownSpeaker(g.start - 1); sp != nil && sp.typ == schema.Person {
			return g.start, sp // "I had the opportunity to meet with X"
		}
		return -1, nil
	}
	if present || g.start > 0 && unresolvedSubjects[d.toks[g.start-1].key] {
		return -1, nil // "X has the chance to meet": maybe still to come; "they had the chance to"
	}
	return g.start, nil
}
