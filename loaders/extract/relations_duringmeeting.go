// A meeting named by a fronted phrase, its partner by the clause's verb.

package extract

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
		if !meetingFrameNouns[d.toks[n].key] || n+1 >= len(d.toks) || d.toks[n+1].key != "," {
			continue
		}
		for v := n + 2; v < len(d.toks) && v < n+14 && d.toks[v].sent == sent; v++ {
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
