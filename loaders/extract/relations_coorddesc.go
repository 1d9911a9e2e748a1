// A coordinated actor introduced by a description of its place in a group:
// "arrested A and another senior member of the Y cartel, B".

package extract

// descDets open such a description.
var descDets = set("a", "an", "another", "the")

// groupDescriptionEnd returns the comma that ends a description at token
// j of a person by their place in a named group, "another senior member
// of the Y cartel," or "a leader of Y,", when a name follows the comma;
// -1 otherwise. Up to four lower-case words or hyphens may stand between
// the determiner and the title.
func (d *doc) groupDescriptionEnd(j, sent int) int {
	if j >= len(d.toks) || !descDets[d.toks[j].key] {
		return -1
	}
	k := j + 1
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 4 && groupTitles[d.toks[k].key] == ""; n, k = n+1, k+1 {
		if t := d.toks[k]; (t.kind != tWord || t.cap) && t.key != "-" || d.mentionAt(k) != nil {
			return -1 // lower-case words ("senior", "high-level")
		}
	}
	if k+2 >= len(d.toks) || groupTitles[d.toks[k].key] == "" || d.toks[k+1].key != "of" {
		return -1
	}
	k += 2
	if d.toks[k].key == "the" {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.e+1 >= len(d.toks) {
		return -1
	}
	e := m.e
	if groupKindNouns[d.toks[e].key] {
		e++ // "of the Y gang,"
	}
	if e+1 >= len(d.toks) || d.toks[e].key != "," || d.toks[e].sent != sent || d.mentionAt(e+1) == nil {
		return -1
	}
	return e
}
