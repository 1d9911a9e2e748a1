// A meeting named by a fronted phrase, its partner by the clause's verb.

package extract

import "github.com/newsgraph/newsgraph/schema"

// meetingFrameNouns name the meeting a fronted phrase sets a clause in.
var meetingFrameNouns = set("meeting", "meetings", "talks", "call", "conversation", "discussions")

// addressVerbs address a person face to face or on the line: the person
// they take is the one spoken to.
var addressVerbs = set("congratulated", "thanked", "told", "urged", "assured", "commended", "praised", "invited",
	"briefed", "reminded", "encouraged", "pressed", "asked", "welcomed")

// meetingFrames reads a clause set in a meeting by a fronted phrase whose
// verb addresses a person: "During their first bilateral meeting,
// Secretary A congratulated President B on his inauguration", "In the
// call, A thanked B for …": A met B. The phrase names no partner of its
// own ("during a meeting with C" is read by the noun).
func (d *doc) meetingFrames(add func(*entity, string, *entity, int)) {
	for i := 0; i+4 < len(d.toks); i++ {
		key := d.toks[i].key
		if key != "during" && key != "in" && key != "at" || d.inQuote[i] || i > 0 && d.toks[i-1].sent == d.toks[i].sent && d.toks[i-1].key != "," {
			continue
		}
		sent := d.toks[i].sent
		n := i + 1
		if !determiners[d.toks[n].key] {
			continue
		}
		n++
		for n < i+5 && d.toks[n].sent == sent && d.toks[n].kind == tWord && !d.toks[n].cap && !meetingFrameNouns[d.toks[n].key] {
			n++ // "their first bilateral meeting"
		}
		if n+1 >= len(d.toks) || !meetingFrameNouns[d.toks[n].key] {
			continue
		}
		c := d.meetingFrameEnd(n, sent)
		if c < 0 {
			continue
		}
		if d.toks[i+1].key == "their" && d.frameParticipants(c+1, sent, add) {
			continue
		}
		for v := c + 1; v < len(d.toks) && v < c+13 && d.toks[v].sent == sent; v++ {
			if actorStop[d.toks[v].key] || relConj[d.toks[v].key] {
				break
			}
			if !addressVerbs[d.toks[v].key] || d.mentionAt(v) != nil {
				continue
			}
			g := d.verbGroup(v)
			if g.neg || g.modal || g.infinitive || !d.directObject(v+1, sent, true) {
				break
			}
			objs := personsOnly(d.actorsRight(v+1, sent, "metWith", sideObj))
			for _, s := range personsOnly(d.actorsLeft(g.start, sent, "metWith", sideSubj)) {
				for _, o := range objs {
					add(s, "metWith", o, v)
				}
			}
			break
		}
	}
}

// meetingFramePlace may open what a meeting frame says of the meeting's
// place or time before its comma: "meeting in San Salvador this
// morning,", "meeting on March 9, 2021,".
var meetingFramePlace = set("in", "on", "at", "this", "last", "earlier", "today", "yesterday")

// meetingFrameEnd is the comma closing a meeting frame whose noun is at
// n: right after the noun, or after a place or a time of up to ten words
// (a comma before a year does not close it), or -1. A partner after
// "with" is the noun's to read, not the frame's.
func (d *doc) meetingFrameEnd(n, sent int) int {
	if d.toks[n+1].key == "," {
		return n + 1
	}
	if !meetingFramePlace[d.toks[n+1].key] {
		return -1
	}
	for k := n + 2; k < len(d.toks) && k <= n+11 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.key == "," {
			if k+1 < len(d.toks) && d.toks[k+1].key != "" && isDigitByte(d.toks[k+1].key[0]) {
				continue // "on March 9, 2021,"
			}
			return k
		}
		if t.key == "with" || actorStop[t.key] || relConj[t.key] || d.inQuote[k] {
			return -1
		}
	}
	return -1
}

// frameParticipants reads the people named together as the subject right
// after "In their meeting, …" (at token k): "During their meeting,
// Secretary A and Attorney General B decided …": each met the others.
// Only officials, who hold a post in a government, count: people meeting
// a third party ("During their recorded meetings, A and B gave the
// informant …") hold none. It reports whether it read any.
func (d *doc) frameParticipants(k, sent int, add func(*entity, string, *entity, int)) bool {
	m := d.mentionAt(k)
	for end := k + 6; (m == nil || m.ent == nil || m.ent.typ != schema.Person) && k < end && k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].kind == tWord && d.toks[k].cap; {
		if m != nil {
			k = m.e // "Chilean Foreign Minister A": a demonym in the title
		} else {
			k++ // "Attorney General A and …": the title before the first name
		}
		m = d.mentionAt(k)
	}
	if m == nil || m.ent == nil || m.ent.typ != schema.Person {
		return false
	}
	ps := personsOnly(d.actorsRight(k, sent, "metWith", sideSubj))
	if len(ps) < 2 {
		return false
	}
	for _, p := range ps {
		if d.personGov(p) == nil {
			return false
		}
	}
	for a := range ps {
		for b := a + 1; b < len(ps); b++ {
			add(ps[a], "metWith", ps[b], k)
		}
	}
	return true
}
