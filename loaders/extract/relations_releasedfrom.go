// A person released from custody in the passive, in a text about one
// state: "X was released from preventive detention", "the mayor, X, was
// freed from prison in May". The state held them: it arrested them
// (relations_housearrest.go reads the active release: "a court freed X
// from prison").

package extract

// servedWords mark a release at the end of a sentence served ("freed
// from jail once they had served most of their sentences"): the end of a
// punishment, no arrest stated.
var servedWords = set("served", "serving", "sentence", "sentences")

// releasedFrom is the people freed in the passive by the release verb right
// before the "from" at f, custody following it (freedCustodyAfter), and the token whose verb
// group states the release. The released are the person right before the
// verb group (past a comma: "the mayor, X, was released") and those
// coordinated with them; nil in a text about no one state (reportState),
// for a release after a sentence served, and when no person is named there.
func (d *doc) releasedFrom(f, sent int) ([]*entity, int) {
	v := f - 1
	if v < 1 || !releaseWords[d.toks[v].key] || d.toks[v].sent != sent || d.reportState() == nil {
		return nil, 0
	}
	g := d.verbGroup(v)
	if !g.passive || g.start == v || g.start < 2 {
		return nil, 0
	}
	if d.mentionEndingBefore(g.start, sent) == nil {
		return nil, 0 // the person right before the verb group, past a comma
	}
	for j := f; j < len(d.toks) && d.toks[j].sent == sent; j++ {
		if servedWords[d.toks[j].key] {
			return nil, 0
		}
	}
	return personsOnly(d.actorsLeft(g.start, sent, "arrested", sideObj)), v
}

// freedCustodyAfter reports whether custody follows the "from" at f:
// "prison", "jail", "custody", "(pretrial) detention" or "house arrest".
func (d *doc) freedCustodyAfter(f, sent int) bool {
	n := f + 1
	if n < len(d.toks) && (pretrialMods[d.toks[n].key] || d.toks[n].key == "house") {
		n++
	}
	if n >= len(d.toks) || d.toks[n].sent != sent {
		return false
	}
	return custodyNouns[d.toks[n].key] || d.toks[n].key == "arrest" && d.toks[n-1].key == "house"
}
