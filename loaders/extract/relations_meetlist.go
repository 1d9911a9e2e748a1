// A meeting's object written as a list of titled people: every person the
// list names as an item was met, whatever the titles between them ("met
// with Brazilian Ambassador to the U.S., A; Chilean Ambassador to the
// U.S., B; and Panamanian Ambassador C").

package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// meetListEnders end the object list of a meeting: what follows says what
// was done there, where, when or why ("… and C, to discuss", "… in Lima").
var meetListEnders = union(listEnders, set(".", ":", "!", "?", "in", "during", "after", "before", "while", "whose",
	"because", "following", "said", "says", "since", "over", "regarding", "concerning", "amid", "ahead"))

// meetListPeople returns every person named as an item of the object list
// of a meeting verb whose phrase ends at token end, in the order written:
// an item is a person's name with any title words before it, the list's
// items set off by commas, semicolons, "and", "as well as" or "including"
// ("met with Peru's Minister of Production A, Minister of Agriculture B
// and C, the counselor of trade affairs", "met with the Colombian
// President, members of Congress, U.S. Ambassador D"). A person named
// inside an item's words ("the family of A", "A's brother B") is no item.
// The list ends at a clause or a phrase of purpose, place or time.
func (d *doc) meetListPeople(end, sent int) []*entity {
	var out []*entity
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+90; k++ {
		t := d.toks[k]
		if meetListEnders[t.key] && !(t.key == "as" && d.asWellAsAt(k)) && !d.titlePrepAt(k) || d.inQuote[k] && !d.inQuote[end] {
			break
		}
		if t.key == "and" && k+1 < len(d.toks) && coordVerbs[d.toks[k+1].key] {
			break // "… and underscored X": the next predicate
		}
		m := d.mentionAt(k)
		if m == nil || m.s != k {
			continue
		}
		if m.ent != nil && m.ent.typ == schema.Person && !m.attached && d.meetListItem(end, k) && !slices.Contains(out, m.ent) {
			out = append(out, m.ent)
		}
		k = m.e - 1
	}
	return out
}

// meetListObjects are the people of meetListPeople for a meeting cue
// ending in "with" ("met with", "held talks with"), nil for any other.
func (d *doc) meetListObjects(c relCue, end, sent int, pred string) []*entity {
	if pred != "metWith" || len(c.rest) == 0 || c.rest[len(c.rest)-1] != "with" {
		return nil
	}
	return d.meetListPeople(end, sent)
}

// asWellAsAt reports whether token k is the first word of "as well as".
func (d *doc) asWellAsAt(k int) bool {
	return k+2 < len(d.toks) && d.toks[k].key == "as" && d.toks[k+1].key == "well" && d.toks[k+2].key == "as"
}

// meetListItem reports whether the person named at token k heads an item
// of the list that starts at token start: only title words (capitalised
// words, named bodies and states, title nouns, "of", "the", "to") stand
// between the name and the list's start or a separator before it.
func (d *doc) meetListItem(start, k int) bool {
	for j := k - 1; j >= start-1 && j >= 0; j-- {
		if j == start-1 {
			return true // the first item
		}
		t := d.toks[j]
		switch t.key {
		case ",", ";", "and", "&", "including":
			return true
		case "as":
			if j >= 2 && d.toks[j-1].key == "well" && d.toks[j-2].key == "as" {
				return true // "as well as"
			}
			return false
		case "of", "the", "to", "for", "'s", "'", "(", ")", ".":
			continue
		}
		if m := d.mentionAt(j); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person && !m.attached {
				return false // "A's brother B": B is A's
			}
			j = m.s
			if j <= start {
				return true
			}
			continue
		}
		if t.kind == tWord && (t.cap || titleHeads[t.key] || titleMods[t.key] || roleNouns[t.key]) {
			if _, kin := kinNouns[t.key]; kin {
				return false
			}
			continue
		}
		return false
	}
	return false
}

// titlePrepAt reports whether the preposition at token k is a word of a
// title, a name or a state following it: "Ambassador to the U.S.",
// "Minister for Foreign Affairs", "Ambassador at Large"; not "to
// discuss", "at the embassy".
func (d *doc) titlePrepAt(k int) bool {
	switch d.toks[k].key {
	case "to", "for", "at":
	default:
		return false
	}
	n := k + 1
	if n < len(d.toks) && d.toks[n].key == "the" {
		n++
	}
	if n >= len(d.toks) || d.toks[n].sent != d.toks[k].sent {
		return false
	}
	return d.toks[n].cap || d.mentionAt(n) != nil
}
