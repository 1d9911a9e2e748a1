package extract

import "github.com/newsgraph/newsgraph/schema"

// creditNouns credit a state or person with something of theirs
// ("expressed gratitude for Peru's contributions").
var creditNouns = set("gratitude", "appreciation", "congratulations")

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
