// The one joined before a coordinated meeting verb.

package extract

import "github.com/newsgraph/newsgraph/schema"

// joinedCompanions are the persons joined by the verb at k when a
// coordinated meeting verb follows them ("A joined Secretary B and met
// with C"): the one joined goes on to the meeting with A, so B met C too.
// start is the start of the later verb's group, after the "and"; nil when
// the verb at k is no "joined" or other words stand between its object
// and the "and".
func (d *doc) joinedCompanions(k, start, sent int, pred string) []*entity {
	if pred != "metWith" || !joinForms[d.toks[k].key] || d.toks[start-1].key != "and" {
		return nil
	}
	var out []*entity
	for _, e := range d.actorsRight(k+1, sent, pred, sideObj) {
		if e.typ == schema.Person {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil
	}
	// the object list must reach the "and": "joined B and met", not
	// "joined B on a tour of the port and met"
	if m := d.mentionAt(start - 2); m == nil || m.ent != out[len(out)-1] {
		return nil
	}
	return out
}

// joinedCompany reports whether the persons joined by the verb at v, whose
// cue ends at token end, are the joiner's company on the way to a meeting
// with others that a coordinated verb states ("A joined Secretary B and
// met with C"): A met C beside B, not B.
func (d *doc) joinedCompany(v, end, sent int) bool {
	if !joinForms[d.toks[v].key] {
		return false
	}
	for k := end; k+1 < len(d.toks) && d.toks[k].sent == sent && k < end+16; k++ {
		if d.toks[k].key != "and" {
			continue
		}
		n := k + 1
		if d.toks[n].key == "also" && n+1 < len(d.toks) {
			n++
		}
		return meetVerbAt(d.toks[n].key) && d.joinedCompanions(v, k+1, sent, "metWith") != nil
	}
	return false
}

// meetVerbAt reports whether key opens a verb cue of a meeting.
func meetVerbAt(key string) bool {
	for _, c := range relCues[key] {
		if c.pred == "metWith" && !c.noun {
			return true
		}
	}
	return false
}
