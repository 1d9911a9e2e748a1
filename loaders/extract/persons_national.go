// Appositions that say who someone is by nationality or age: "X, a
// Venezuelan national", "X, a citizen of Honduras", "X, 35, a ...".

package extract

// nationalNouns name a person by the country they belong to.
var nationalNouns = set("national", "citizen", "native", "resident")

// nationalApposition reports whether the name ending before token e is
// followed by a comma or dash and "a/an [lower-case word] DEMONYM
// national|citizen" ("X, a Venezuelan national and gang member", "X — a
// Salvadoran citizen"), "a citizen of", or an age between commas ("X, 35,").
func (d *doc) nationalApposition(e int) bool {
	if e+3 >= len(d.toks) {
		return false
	}
	if k := d.toks[e].key; k != "," && k != "—" && k != "–" {
		return false
	}
	if a := d.toks[e+1]; d.toks[e].key == "," && a.kind == tWord && len(a.key) <= 3 && a.key[0] >= '1' && a.key[0] <= '9' &&
		d.toks[e+2].key == "," && allDigits(a.key) {
		return true // "X, 35, was removed"
	}
	if k := d.toks[e+1].key; k != "a" && k != "an" {
		return false
	}
	j := e + 2
	if t := d.toks[j]; t.kind == tWord && !t.cap && !nationalNouns[t.key] {
		j++ // "a former Honduran national"
	}
	if j+1 < len(d.toks) && nationalNouns[d.toks[j].key] && d.toks[j+1].key == "of" {
		return true // "a citizen of Honduras"
	}
	if j+1 >= len(d.toks) || !d.toks[j].cap {
		return false
	}
	ps, n := d.g.lookup(d.toks, j)
	return n > 0 && ps[0].kind == kDemonym && j+n < len(d.toks) && nationalNouns[d.toks[j+n].key]
}

// victimNouns before "of" make the name after it a person: "the murder
// of X", "the killings of X and Y".
var victimNouns = set("murder", "murders", "killing", "killings", "assassination", "kidnapping", "abduction", "rape")

// victimOf reports whether "the murder of" or the like comes right
// before token s.
func (d *doc) victimOf(s int) bool {
	return s >= 2 && d.toks[s-1].key == "of" && victimNouns[d.toks[s-2].key] && !d.toks[s-2].cap
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
