package extract

import "github.com/newsgraph/newsgraph/schema"

// creditNouns, in a supports cue ("express … gratitude for"), credit a
// state with what it did: support of the state only when its possessive
// follows ("expressed gratitude for Peru's contributions"), not for an
// act described ("appreciation for the contribution Peru is making",
// "appreciation for cooperation with the U.S.").
var creditNouns = set("gratitude", "appreciation", "congratulations")

// creditCue reports whether cue c credits a state or person with
// something of theirs (creditNouns before "for" or "on"); "congratulations
// to X" names X itself.
func creditCue(c relCue) bool {
	if len(c.rest) > 0 && c.rest[len(c.rest)-1] == "to" {
		return false
	}
	for _, w := range c.rest {
		if creditNouns[w] {
			return true
		}
	}
	return false
}

// creditedState is the government whose possessive stands right after a
// credit cue ending at end ("for Peru's efforts", "for the United
// States' support"), or the person a possessive pronoun there stands for
// ("congratulations on her election"); else nil.
func (d *doc) creditedState(end, sent int) []*entity {
	if end < len(d.toks) && (d.toks[end].key == "her" || d.toks[end].key == "his") {
		return personsOnly(d.actorsRight(end, sent, "supports", sideObj))
	}
	m := d.mentionAt(end)
	if m == nil || m.s != end || m.ent == nil || m.ent.typ != schema.Government || m.e >= len(d.toks) || d.toks[m.e].sent != sent {
		return nil
	}
	if k := d.toks[m.e].key; k != "'s" && k != "'" {
		return nil
	}
	return []*entity{m.ent}
}
