package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// participantsHeads are the words of a line that introduces a list of a
// meeting's participants: "The leaders that participated:", "Participants:".
var participantsHeads = set("participated", "participating", "participants", "attendees", "attended", "attending")

// participantsList reads a readout's closing list of participants as the
// people its principals met: "X met virtually today with 15 leaders …" and
// later "The leaders that participated:" over lines "- Prime Minister A of
// B". The principals are the people named as the subject of the
// document's first "met" ("A, B and C met with …"), each of whom met each
// person listed; each list line gives the first person it names.
func (d *doc) participantsList(add func(*entity, string, *entity, int)) {
	var hosts []*entity
	for k, t := range d.toks {
		if t.key != "met" || d.inQuote[k] {
			continue
		}
		g := d.verbGroup(k)
		if g.neg || g.modal || g.passive || g.infinitive {
			continue
		}
		hosts = personsOnly(d.actorsLeft(g.start, t.sent, "metWith", sideSubj))
		break
	}
	if len(hosts) == 0 {
		return
	}
	for i, t := range d.toks {
		if t.key != ":" || i+1 >= len(d.toks) || d.toks[i+1].para == t.para || !d.headsParticipants(i) {
			continue
		}
		for k := i + 1; k < len(d.toks) && d.toks[k].key == "-" && d.toks[k].brk; {
			para := d.toks[k].para
			for j := k + 1; j < len(d.toks) && d.toks[j].para == para; j++ {
				if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
					for _, h := range hosts {
						if m.ent != h {
							add(h, "metWith", m.ent, j)
						}
					}
					break
				}
			}
			for k++; k < len(d.toks) && d.toks[k].para == para; k++ {
			}
		}
	}
}

// headsParticipants reports whether the line ending with the colon at
// token c names a meeting's participants.
func (d *doc) headsParticipants(c int) bool {
	para := d.toks[c].para
	for k := c - 1; k >= 0 && d.toks[k].para == para && k > c-12; k-- {
		if participantsHeads[strings.ToLower(d.toks[k].key)] {
			return true
		}
	}
	return false
}
