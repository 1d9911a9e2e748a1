// A speaker's own announcement of aid: "I am pleased to announce $5
// million in new aid for X" announces the government's support, not the
// speaker's own.

package extract

import "github.com/newsgraph/newsgraph/schema"

// announceForms are the forms of "announce" a speaker announces with.
var announceForms = set("announce", "announced", "announcing")

// announcingSpeakerGov is the government of the speaker whose "I" at
// token k announces the support cue at token cue ("I'm pleased to
// announce $53 million in humanitarian aid for X"): a form of "announce"
// stands between them, no negation before it; nil for any other
// predicate, a speaker with no known government, or no announcement.
func (d *doc) announcingSpeakerGov(k, cue int, pred string) *entity {
	if pred != "supports" {
		return nil
	}
	ann := -1
	for j := k + 1; j < cue && j < k+8; j++ {
		if announceForms[d.toks[j].key] {
			ann = j
			break
		}
	}
	if ann < 0 {
		return nil
	}
	if g := d.verbGroup(ann); g.neg {
		return nil
	}
	sp := d.speakerOfI(k)
	if sp == nil || sp.typ != schema.Person {
		return nil
	}
	return d.personGov(sp)
}
