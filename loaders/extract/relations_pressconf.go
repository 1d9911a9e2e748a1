package extract

import "github.com/newsgraph/newsgraph/schema"

// A press conference given together is a meeting of those who give it:
// "A and B give a joint news conference", "A held a news conference with
// B", "A spoke at a press briefing in Lima alongside Minister B". A conference a
// person gives alone ("X said at her morning press conference", "X told
// a news conference") is none.

// pressEventNouns follow "press" or "news" to name a press event;
// jointEventNouns follow "joint" ("at a joint appearance with B").
var (
	pressEventNouns = set("conference", "availability", "briefing")
	jointEventNouns = set("appearance", "appearances", "event")
)

// jointPressConferences reads each press event that names its persons
// together: all persons named before a "joint" one meet each other; the
// persons named before one given "with" or "alongside" others meet them.
func (d *doc) jointPressConferences(add func(*entity, string, *entity, int)) {
	for k := 1; k < len(d.toks); k++ {
		if d.inQuote[k] {
			continue
		}
		p := k - 1
		if key := d.toks[p].key; !(pressEventNouns[d.toks[k].key] && (key == "press" || key == "news")) &&
			!(jointEventNouns[d.toks[k].key] && key == "joint") {
			continue
		}
		first, last := d.sentenceSpan(k)
		hosts := d.personsIn(first, p, nil)
		if len(hosts) == 0 {
			continue
		}
		joint := d.toks[p].key == "joint" // "a joint appearance": it may name a companion too
		if joint || p > first && d.toks[p-1].key == "joint" {
			eachPair(hosts, func(a, b *entity) { add(a, "metWith", b, k) })
			if !joint {
				continue // "a joint press conference": the hosts only
			}
		}
		w := d.companionAfter(k+1, last)
		if w < 0 || !d.personNext(w+1, last) {
			continue
		}
		for _, g := range personsOnly(d.actorsRight(w+1, d.toks[k].sent, "metWith", sideObj)) {
			for _, h := range hosts {
				if h != g {
					add(h, "metWith", g, k)
				}
			}
		}
	}
}

// companionAfter is the "with" or "alongside" that follows a press event
// ending before token from, over a place ("in Lima, Peru,"), or -1.
func (d *doc) companionAfter(from, last int) int {
	for j := from; j <= last && j < from+10; j++ {
		t := d.toks[j]
		switch {
		case t.key == "with" || t.key == "alongside":
			return j
		case t.key == "in" || t.key == "at" || t.key == "," || t.key == "the":
		case t.cap && t.kind == tWord:
			if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// personsIn are the persons named in tokens [s, e) outside quotation
// marks, each once, in order; with keep, only those of the mentions it
// keeps.
func (d *doc) personsIn(s, e int, keep func(*mention) bool) []*entity {
	var out []*entity
	seen := map[*entity]bool{}
	for j := s; j < e; j++ {
		m := d.mentionAt(j)
		if m == nil {
			continue
		}
		j = m.e - 1
		if m.ent != nil && m.ent.typ == schema.Person && !d.inQuote[m.s] && (keep == nil || keep(m)) && !seen[m.ent] {
			seen[m.ent] = true
			out = append(out, m.ent)
		}
	}
	return out
}

// personNext reports whether a person is named from token j on, over
// only the capitalised words and the state of a title ("Paraguayan
// Defense Minister X", "President X"): "with reporters in Lima that X …"
// names none.
func (d *doc) personNext(j, last int) bool {
	for ; j <= last && j < len(d.toks); j++ {
		if m := d.mentionAt(j); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return true
			}
			j = m.e - 1 // "Paraguayan", "Chile's": a title's state
			continue
		}
		if t := d.toks[j]; !(t.kind == tWord && t.cap || t.key == "'s" || t.key == "the") {
			return false
		}
	}
	return false
}
