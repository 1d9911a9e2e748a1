package extract

// hostedForms are the participles of a host's reception: "X was welcomed
// by Y", "X were greeted by Y", "X was received by President Y".
var hostedForms = set("welcomed", "greeted", "received")

// hostedBy reads a passive reception at verb v (its group from start,
// the cue ending at end) as a meeting of the persons received with the
// persons receiving them, the "by" phrase right after the verb: "X, the
// commander of Y, was welcomed by Col. Z" (X met Z; no support). It
// reports whether the verb is such a reception.
func (d *doc) hostedBy(v, start, end, sent int, add func(*entity, string, *entity, int)) bool {
	if !hostedForms[d.toks[v].key] {
		return false
	}
	by := end
	if by < len(d.toks) && d.toks[by].sent == sent && d.toks[by].kind == tWord && !d.toks[by].cap && d.toks[by].key != "by" && len(d.toks[by].key) > 2 && d.toks[by].key[len(d.toks[by].key)-2:] == "ly" {
		by++ // "was warmly welcomed by"
	}
	if by >= len(d.toks) || d.toks[by].sent != sent || d.toks[by].key != "by" {
		return false
	}
	hosts := personsOnly(d.actorsRight(by+1, sent, "metWith", sideSubj))
	guests := personsOnly(d.actorsLeft(start, sent, "metWith", sideObj))
	for _, h := range hosts {
		for _, g := range guests {
			add(h, "metWith", g, v)
		}
	}
	return true
}
