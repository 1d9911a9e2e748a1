// A fronted participle of a meeting: "After meeting with B, A said …".

package extract

// afterMeetingVerbs are the participles of a meeting a fronted "after"
// phrase opens with.
var afterMeetingVerbs = set("meeting", "talking", "speaking")

// afterMeetings reads a sentence opened by "After meeting with B," (or
// "talking", "speaking"; or a noun: "Following his meeting with B,"): the
// clause's subject after the comma met B. The
// phrase has no subject of its own, so the person after it is the one
// who met; a person named in apposition after the first comma is not
// taken for it.
func (d *doc) afterMeetings(add func(*entity, string, *entity, int)) {
	for i := 0; i+3 < len(d.toks); i++ {
		t := d.toks[i]
		w := d.afterMeetingWith(i)
		if w < 0 || d.inQuote[i] || i > 0 && d.toks[i-1].sent == t.sent && d.toks[i-1].kind == tWord {
			continue // only a phrase that opens its sentence (or follows a dateline's dash)
		}
		comma := -1
		for j := w + 1; j < len(d.toks) && d.toks[j].sent == t.sent && j < i+25; j++ {
			if d.toks[j].key == "," {
				comma = j
				break
			}
		}
		if comma < 0 {
			continue
		}
		objs := d.actorsRight(w+1, t.sent, "metWith", sideObj)
		for _, s := range personsOnly(d.actorsRight(comma+1, t.sent, "metWith", sideSubj)) {
			for _, o := range objs {
				add(s, "metWith", o, w-1)
			}
		}
	}
}

// afterMeetingWith is the "with" of a fronted phrase of a meeting held
// before the clause at token i: "After meeting with B", "Following his
// bilateral meeting with B", "After their call with B"; -1 otherwise.
func (d *doc) afterMeetingWith(i int) int {
	if k := d.toks[i].key; k != "after" && k != "following" {
		return -1
	}
	n := i + 1
	if d.toks[i].key == "after" && afterMeetingVerbs[d.toks[n].key] {
		if n+1 < len(d.toks) && d.toks[n+1].key == "with" {
			return n + 1
		}
		return -1
	}
	if !determiners[d.toks[n].key] && !personalPossessives[d.toks[n].key] && d.toks[n].key != "their" {
		return -1
	}
	for n++; n < len(d.toks) && n < i+5 && d.toks[n].kind == tWord && !d.toks[n].cap && d.mentionAt(n) == nil && !meetingFrameNouns[d.toks[n].key]; n++ {
		// "his first bilateral meeting"
	}
	if n+1 >= len(d.toks) || !meetingFrameNouns[d.toks[n].key] || d.toks[n+1].key != "with" || d.toks[n].sent != d.toks[i].sent {
		return -1
	}
	return n + 1
}
