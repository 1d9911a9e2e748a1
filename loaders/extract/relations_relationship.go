// "The relationship between A and B", "our bilateral relationship with
// X": a relationship between states or bodies is their standing
// cooperation; one with a person ("our relationship with him") or a
// criminal group, or one called strained, is not.

package extract

import "github.com/newsgraph/newsgraph/schema"

var (
	// bodyTieNouns are the cooperation nouns of the lexicon that state a
	// tie only between states or bodies: "relationship" says nothing of
	// cooperation when a person or a criminal group stands on either side.
	bodyTieNouns = set("relationship")
	// strainedTieMods, before such a noun, describe a tie that is no
	// cooperation: "the strained relationship between A and B".
	strainedTieMods = set("strained", "tense", "troubled", "hostile", "broken", "fraught", "rocky", "difficult",
		"adversarial", "corrupt", "deteriorating", "frayed")
)

// bodiesOnly wraps add for the noun cue at v when it is one of
// bodyTieNouns: the wrapper drops a relation with a person or a cartel
// on either side, and every relation when a strained modifier stands in
// the noun's phrase (up to four words before it). For other cues it
// returns add unchanged.
func (d *doc) bodiesOnly(v int, add func(*entity, string, *entity, int)) func(*entity, string, *entity, int) {
	if !bodyTieNouns[d.toks[v].key] {
		return add
	}
	for k := v - 1; k >= 0 && k >= v-4 && d.toks[k].sent == d.toks[v].sent; k-- {
		if strainedTieMods[d.toks[k].key] {
			return func(*entity, string, *entity, int) {}
		}
	}
	return func(s *entity, pred string, o *entity, at int) {
		if s.typ == schema.Person || o.typ == schema.Person || s.typ == schema.Cartel || o.typ == schema.Cartel {
			return
		}
		add(s, pred, o, at)
	}
}
