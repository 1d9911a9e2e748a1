// A cue word read as an adverb or a noun is no verb: "transported back
// to the capital", "sent the money back into the country", "turns its
// back on the people". The cue property "not-particle" in relations.tsv
// ("back [not-particle]") asks for the verb ("Peru backs the plan").

package extract

import "strings"

// propNotParticle names the property in relations.tsv.
const propNotParticle = "not-particle"

// particleFollowers, right after the bare cue word, make it an adverb of
// direction: "back to", "back into", "back home".
var particleFollowers = set("to", "into", "in", "on", "onto", "from", "across", "over", "home", "out", "up", "down", "through", "toward", "towards", "north", "south")

// possessiveDeterminers, right before the cue word, make it a noun: "its
// back", "their back".
var possessiveDeterminers = set("its", "his", "her", "their", "our", "my", "your", "the", "a")

// notParticleAt reports whether the cue word at token v reads as a verb:
// not after a possessive or an article, and, in its bare form, not right
// before a preposition of direction.
func (d *doc) notParticleAt(v int) bool {
	if v >= 1 && d.toks[v-1].sent == d.toks[v].sent && possessiveDeterminers[d.toks[v-1].key] {
		return false
	}
	if v+1 < len(d.toks) && d.toks[v+1].sent == d.toks[v].sent && particleFollowers[d.toks[v+1].key] {
		return !isBareCue(d.toks[v].key)
	}
	return true
}

// isBareCue reports whether w may be an adverb ("back"): any form but the
// third person's -s ("backs"). "backed" and "backing" pass too: the
// verbForms(w) check this replaced took w as the base form, so it never
// excluded them.
func isBareCue(w string) bool {
	return !strings.HasSuffix(w, "s")
}
