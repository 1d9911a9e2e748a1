package extract

import "github.com/newsgraph/newsgraph/schema"

// summitNouns name a gathering whose participants meet: a sentence opened
// by "At/During the … Summit" puts the people it lists together.
var summitNouns = set("summit", "summits")

// summitAfter is the summit noun within n tokens after token i ("at"
// or "during") in its sentence, or -1. With wordsOnly, only words,
// apostrophes and hyphens may stand before it ("at the Leaders' Summit",
// not "at the talks, before the summit").
func (d *doc) summitAfter(i, n int, wordsOnly bool) int {
	sent := d.toks[i].sent
	for k := i + 1; k < len(d.toks) && d.toks[k].sent == sent && k < i+n; k++ {
		if summitNouns[d.toks[k].key] {
			return k
		}
		if t := d.toks[k]; wordsOnly && t.kind != tWord && t.key != "'" && t.key != "-" {
			return -1
		}
	}
	return -1
}

// summitAttendees reads the people a sentence opened by a summit phrase
// lists as its subject as having met each other: "At the North Andean
// Leaders' Summit on May 2, President A, President B, and Prime Minister
// C instructed their cabinets to …". Governments, and a single person, are
// not read.
func (d *doc) summitAttendees(add func(*entity, string, *entity, int)) {
	for i, t := range d.toks {
		if i > 0 && d.toks[i-1].sent == t.sent || t.key != "at" && t.key != "during" || d.inQuote[i] {
			continue
		}
		sent, s := t.sent, d.summitAfter(i, 12, false)
		if s < 0 {
			continue
		}
		for k := s + 1; k < len(d.toks) && d.toks[k].sent == sent && k < s+16; k++ {
			m := d.mentionAt(k)
			if m == nil || m.ent == nil {
				continue
			}
			if m.ent.typ != schema.Person {
				k = m.e - 1
				continue
			}
			people := personsOnly(d.actorsRight(k, sent, "metWith", sideSubj))
			if len(people) > 1 {
				eachPair(people, func(a, b *entity) { add(a, "metWith", b, s) })
			}
			break
		}
	}
}
