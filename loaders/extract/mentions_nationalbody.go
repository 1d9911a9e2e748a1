// A "National" institute, centre, council or commission is a state's body
// whatever it does ("the National Council of Norms and Labor
// Competencies", "the National Institute of Indigenous Persons", "the
// National Center of Certification"): report sections and releases name a
// private body so only rarely, and then say so ("the quasi-governmental
// National X Council", "the nongovernmental National X Institute") or
// name a party ("National Democratic Institute", known to the gazetteer).

package extract

// nationalPrivateMarks, right before a body's name, say it is no state's:
// "the quasi-governmental National Anticorruption Council".
var nationalPrivateMarks = lexWords.set("nationalPrivateMarks")

// nationalPrivateWords, inside a "National" body's name, make it a party's,
// a church's or a private foundation's ("National Democratic Institute").
var nationalPrivateWords = lexWords.set("nationalPrivateWords")

// nationalPrivate reports whether the "National" body named from s to e
// is a party's, a church's or a private body's: known to the gazetteer,
// a private word in its name or a private mark right before it.
func (d *doc) nationalPrivate(s, e int) bool {
	if ps, n := d.g.lookup(d.toks, s); n > 0 && len(ps) > 0 && ps[0].kind == kEntity {
		return true // known to the gazetteer: its type stands
	}
	for k := s; k < e; k++ {
		if nationalPrivateWords[d.toks[k].key] {
			return true
		}
	}
	for k := s - 1; k >= 0 && k >= s-3 && d.toks[k].sent == d.toks[s].sent; k-- {
		if nationalPrivateMarks[d.toks[k].key] {
			return true // "the quasi-governmental National X Council"
		}
		if d.toks[k].brk {
			break
		}
	}
	return false
}
