package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// portfolioSurname reports whether the one-word run [s, e) is the surname
// of the holder of a title written with its portfolio in capitals just
// before it, placed by the country that follows: "Minister of Government
// Vidal of Peru", "Secretary of Security Arce of Bolivia". The word must
// not end the portfolio itself ("Secretary for Western Hemispheric
// affairs"): the text never writes it in lower case.
// Without the country, the title must be an office the gazetteer lists
// a holder of, and a comma or a lower-case word must follow ("Secretary
// of Homeland Security Kelly met", "Attorney General Holder,").
func (d *doc) portfolioSurname(s, e int) bool {
	if e-s != 1 || e+1 >= len(d.toks) || d.toks[s].letters < 3 {
		return false
	}
	if d.toks[e].key != "of" || !d.longTitleBefore(s) {
		if !d.officeBefore(s) || d.toks[e].sent != d.toks[s].sent || !(d.toks[e].key == "," || d.toks[e].kind == tWord && !d.toks[e].cap) {
			return false // "Secretary of State Tillerson said", "…, Attorney General Holder, …"
		}
	} else if m := d.mentionAt(e + 1); m == nil || !(m.ent != nil && m.ent.typ == schema.Government || m.gaz != nil && m.gaz.typ == schema.Government) {
		return false
	}
	return !d.writtenLower(d.toks[s].key)
}

// writtenLower reports whether some token of the text with the key is
// not capitalised; the keys are gathered once per text.
func (d *doc) writtenLower(key string) bool {
	if d.lowerKeys == nil {
		d.lowerKeys = map[string]bool{}
		for _, t := range d.toks {
			if !t.cap {
				d.lowerKeys[t.key] = true
			}
		}
	}
	return d.lowerKeys[key]
}

// officeBefore reports whether the capitalised words just before token s
// spell, in full, an office the gazetteer lists a holder of ("Secretary of
// Homeland Security", "Attorney General").
func (d *doc) officeBefore(s int) bool {
	key := ""
	for k := s - 1; k >= 0 && k >= s-6 && d.toks[k].sent == d.toks[s].sent; k-- {
		t := d.toks[k]
		if t.kind != tWord || !t.cap && t.key != "of" && t.key != "the" && t.key != "and" {
			return false
		}
		if key == "" {
			key = t.key
		} else {
			key = t.key + " " + key
		}
		if t.cap && strings.Contains(key, " ") && d.g.offices[key] {
			return true
		}
	}
	return false
}
