package extract

import "github.com/newsgraph/newsgraph/schema"

// creditNouns, in a supports cue ("express … gratitude for"), credit a
// state with what it did: support of the state only when its possessive
// follows ("expressed gratitude for Peru's contributions"), not for an
// act described ("appreciation for the contribution Peru is making",
// "appreciation for cooperation with the U.S.").
var creditNouns = set("gratitude", "appreciation")

// creditCue reports whether cue c credits a state (creditNouns).
func creditCue(c relCue) bool {
	for _, w := range c.rest {
		if creditNouns[w] {
			return true
		}
	}
	return false
}

// creditedState is the government whose possessive stands right after a
// credit cue ending at end ("for Peru's efforts", "for the United
// States' support"), or nil.
func (d *doc) creditedState(end, sent int) []*entity {
	m := d.mentionAt(end)
	if m == nil || m.s != end || m.ent == nil || m.ent.typ != schema.Government || m.e >= len(d.toks) || d.toks[m.e].sent != sent {
		return nil
	}
	if k := d.toks[m.e].key; k != "'s" && k != "'" {
		return nil
	}
	return []*entity{m.ent}
}
