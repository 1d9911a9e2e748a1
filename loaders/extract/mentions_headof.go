// Bodies named only by the post someone holds at them: "X, president of
// El Diario," and "Y, the former director of Petrolera Nacional (PN),"
// name an organisation whose name no head word ends and no gazetteer
// holds.

package extract

import "github.com/newsgraph/newsgraph/schema"

// headOfTitles are the titles of a body's head that an apposition after a
// name may give before "of" and the body's name.
var headOfTitles = set("president", "director", "head", "chief", "manager", "leader", "founder", "owner",
	"chairman", "chairwoman", "chairperson", "coordinator")

// headOfCands finds the capitalised run after an apposed head's title —
// "Name, [the] [former] president of [the] Run" — that no other
// candidate reads, and makes it an organisation.
func (d *doc) headOfCands(out []*mention) []*mention {
	for i := 2; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "," || !d.capWord(i-1) || d.inQuote[i] {
			continue
		}
		k := i + 1
		if d.toks[k].key == "the" {
			k++
		}
		if k < len(d.toks) && (d.toks[k].key == "former" || d.toks[k].key == "then") {
			k++
		}
		if k+2 >= len(d.toks) || d.toks[k].cap || !headOfTitles[d.toks[k].key] || d.toks[k+1].key != "of" {
			continue
		}
		s := k + 2
		if d.toks[s].key == "the" {
			s++
		}
		e := s
		for e < len(d.toks) && !d.toks[e].brk && d.toks[e].sent == d.toks[s].sent && e-s < 6 &&
			(d.capWord(e) || e > s && particles[d.toks[e].key] && e+1 < len(d.toks) && d.capWord(e+1)) {
			e++
		}
		if e > s && e < len(d.toks) && d.toks[e-1].key == "no." && d.toks[e].kind == tWord && d.toks[e].letters == 0 {
			e++ // "Police Station No. 4": the number closes the name
		}
		if e == s || e-s > 5 || d.gazCover[s] || d.g.given[d.toks[s].key] != 0 || !d.headOfRunEnds(e, s) || overlapsCand(out, s, e) {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: d.headOfType(s, e), name: d.surface(s, e)})
	}
	return out
}

// headOfType is the type of the body named from s to e: an agency when
// a word of a state's body or of the police is in its name ("Police
// Station No. 4"), an organisation otherwise.
func (d *doc) headOfType(s, e int) schema.EntityType {
	for k := s; k < e; k++ {
		if t, ok := d.orgHeadType(k); ok && t == schema.Agency || d.toks[k].key == "police" {
			return schema.Agency
		}
	}
	return schema.Organization
}

// headOfRunEnds reports whether the run of a body's name from s closes at
// token e: at a comma, a bracket, a stop or the sentence's end, not
// before a possessive or an organisation's noun ("of Ruritania's X",
// "of the Ruritania group").
func (d *doc) headOfRunEnds(e, s int) bool {
	if e >= len(d.toks) || d.toks[e].sent != d.toks[s].sent {
		return true
	}
	switch d.toks[e].key {
	case ",", "(", ".", ";", ")":
		return true
	case "in":
		return e+1 < len(d.toks) && d.capWord(e+1) // "chief of Police Station No. 4 in Salto"
	}
	return false
}

// overlapsCand reports whether a candidate in cands covers a token of
// [s, e).
func overlapsCand(cands []*mention, s, e int) bool {
	for _, c := range cands {
		if c.s < e && s < c.e {
			return true
		}
	}
	return false
}
