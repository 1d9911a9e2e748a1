package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// meetingListHeads are the words of a heading line, in capitals and alone
// on its line, that sets out the other side of a meeting: "DELEGATION",
// "PARTICIPANTS".
var meetingListHeads = set("delegation", "delegations", "participants", "attendees")

// meetingListWords are the words of a meeting that make a line ending with
// a colon introduce the people met: "X had meetings with the following
// officials:".
var meetingListWords = set("met", "meet", "meets", "meeting", "meetings")

// meetingListMax is the most tokens a line of a set-out list may hold: an
// item is a name with its title, not a sentence.
const meetingListMax = 24

// meetingList reads a list of people set out on their own lines after a
// meeting, under a capitalised heading ("DELEGATION") or a line ending with
// a colon that speaks of the meeting ("had meetings with the following
// officials:"), as the people the meeting's principal met. Each line gives
// the first person it names, or, naming none, the governments it names
// ("Representatives from A and B"); lines that end with a colon ("Chile:")
// group the items and are passed over. The principal is the one person the
// document's first "met with", "meets with" or "meeting with" has on its
// left. Only people and governments of another government than the
// principal's are taken: a list of the principal's own side is not met.
func (d *doc) meetingList(add func(*entity, string, *entity, int)) {
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].brk || d.inQuote[i] {
			continue
		}
		end := d.paraEnd(i)
		if !d.meetingListHead(i, end) {
			continue
		}
		host := d.meetingListHost(i, end)
		if host == nil {
			continue
		}
		hg := d.personGov(host)
		if hg == nil {
			continue
		}
		var group *entity // the government a grouping line ("Chile:") names
		for k := end; k < len(d.toks); {
			e := d.paraEnd(k)
			if e-k > meetingListMax || d.toks[e-1].key == "." {
				break
			}
			if d.toks[e-1].key == ":" {
				group = d.lineGovernment(k, e)
			} else {
				d.meetingListItem(k, e, host, hg, group, add)
			}
			k = e
		}
		i = end - 1
	}
}

// paraEnd returns the index just after the paragraph that token i is in.
func (d *doc) paraEnd(i int) int {
	p := d.toks[i].para
	j := i
	for j < len(d.toks) && d.toks[j].para == p {
		j++
	}
	return j
}

// meetingListHead reports whether the line of tokens [s, e) introduces a
// list of the people met: a heading word alone, in capitals
// ("DELEGATION") or closed by a colon ("Participants:"), or a line ending
// with a colon that speaks of a meeting.
func (d *doc) meetingListHead(s, e int) bool {
	if e-s <= 3 {
		colon := d.toks[e-1].key == ":" && e < len(d.toks)
		for k := s; k < e; k++ {
			if (d.toks[k].upper || colon) && meetingListHeads[d.toks[k].key] {
				return true
			}
		}
		return false
	}
	if d.toks[e-1].key != ":" || e-s > meetingListMax || e >= len(d.toks) {
		return false
	}
	for k := s; k < e; k++ {
		if meetingListWords[d.toks[k].key] {
			return true
		}
	}
	return false
}

// meetingListHost returns the principal of the meeting a list set out at
// the line [s, e) belongs to: the one person on the left of a meeting word
// followed by "with" in that line, or else in the first sentence before it
// that has one.
func (d *doc) meetingListHost(s, e int) *entity {
	find := func(from, to int) *entity {
		for k := from; k < to; k++ {
			t := d.toks[k]
			if !meetingListWords[t.key] || k+1 >= len(d.toks) || d.toks[k+1].key != "with" || d.inQuote[k] {
				continue
			}
			if ps := personsOnly(d.actorsLeft(k, t.sent, "metWith", sideSubj)); len(ps) == 1 {
				return ps[0]
			}
			if k > 0 && d.toks[k-1].key == "'s" {
				if m := d.mentionAt(k - 2); m != nil && m.ent != nil && m.ent.typ == schema.Person {
					return m.ent
				}
			}
		}
		return nil
	}
	if h := find(s, e); h != nil {
		return h
	}
	if h := find(0, s); h != nil {
		return h
	}
	// a readout's headline names its principal: "Readout of Minister A's
	// Visit to B"
	var only *entity
	for k := 0; k < len(d.toks) && d.toks[k].para == 0; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			if only != nil && only != m.ent {
				return nil
			}
			only = m.ent
		}
	}
	return only
}

// lineGovernment returns the one government the line [s, e) names, or nil.
func (d *doc) lineGovernment(s, e int) *entity {
	var g *entity
	for k := s; k < e; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Government {
			if g != nil && g != m.ent {
				return nil
			}
			g = m.ent
		}
	}
	return g
}

// meetingListItem adds the meeting of host with the person the list line
// [s, e) names first or, naming no person, with each government it names,
// when they are of another government than host's (hg). A person's
// government is that of the line grouping the item (group) when there is
// one, else the one their roles give; a person the line places in a US
// state ("Attorney General A (Ohio)") serves that state, not host's
// national government.
func (d *doc) meetingListItem(s, e int, host, hg, group *entity, add func(*entity, string, *entity, int)) {
	var govs []*entity
	for k := s; k < e; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		switch m.ent.typ {
		case schema.Person:
			g := group
			if g == nil {
				g = d.personGov(m.ent)
			}
			if m.ent != host && (g != nil && g != hg || d.lineStateNote(s, e)) {
				add(host, "metWith", m.ent, k)
			}
			return
		case schema.Government:
			if m.ent != hg && !strings.EqualFold(m.ent.name, hg.name) {
				govs = append(govs, m.ent)
			}
		}
		if m.e > k+1 {
			k = m.e - 1
		}
	}
	for _, g := range govs {
		add(host, "metWith", g, s)
	}
}

// lineStateNote reports whether the list line [s, e) places its item in a
// US state by a parenthesis: "Attorney General A (Ohio)".
func (d *doc) lineStateNote(s, e int) bool {
	for k := s; k+2 < e; k++ {
		if d.toks[k].key != "(" {
			continue
		}
		if d.toks[k+2].key == ")" && usStates[d.toks[k+1].key] {
			return true
		}
		if k+3 < e && d.toks[k+3].key == ")" && usStates[d.toks[k+1].key+" "+d.toks[k+2].key] {
			return true
		}
	}
	return false
}
