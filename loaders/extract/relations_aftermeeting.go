// A fronted participle of a meeting: "After meeting with B, A said …".

package extract

// afterMeetingVerbs are the participles of a meeting a fronted "after"
// phrase opens with.
var afterMeetingVerbs = set("meeting", "talking", "speaking")

// afterMeetings reads a sentence opened by "After meeting with B," (or
// "talking", "speaking"): the clause's subject after the comma met B. The
// phrase has no subject of its own, so the person after it is the one
// who met; a person named in apposition after the first comma is not
// taken for it.
func (d *doc) afterMeetings(add func(*entity, string, *entity, int)) {
	for i := 0; i+3 < len(d.toks); i++ {
		t := d.toks[i]
		if t.key != "after" || d.inQuote[i] || !afterMeetingVerbs[d.toks[i+1].key] || d.toks[i+2].key != "with" ||
			i > 0 && d.toks[i-1].sent == t.sent && d.toks[i-1].kind == tWord {
			continue // only a phrase that opens its sentence (or follows a dateline's dash)
		}
		comma := -1
		for j := i + 3; j < len(d.toks) && d.toks[j].sent == t.sent && j < i+25; j++ {
			if d.toks[j].key == "," {
				comma = j
				break
			}
		}
		if comma < 0 {
			continue
		}
		objs := d.actorsRight(i+3, t.sent, "metWith", sideObj)
		for _, s := range personsOnly(d.actorsRight(comma+1, t.sent, "metWith", sideSubj)) {
			for _, o := range objs {
				add(s, "metWith", o, i+1)
			}
		}
	}
}
