// A group described as designated by a named actor: "the Quellar Cartel,
// which the State Department designated as a Foreign Terrorist
// Organization", "the Quellar Cartel, a U.S.-designated Foreign Terrorist
// Organization".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// apposingMarks open an apposition after a group's name: a comma or a
// dash ("Los X – a designated FTO –").
var apposingMarks = set(",", "–", "—")

// terrorLists are the acronyms of the U.S. terrorist lists: "a designated
// FTO and SDGT".
var terrorLists = set("fto", "sdgt", "ftos", "sdgts")

// terrorListKey reports whether key is the acronym of a U.S. terrorist
// list.
func terrorListKey(key string) bool { return terrorLists[key] }

// terroristKey reports whether key is a word starting "terrorist".
func terroristKey(key string) bool { return strings.HasPrefix(key, "terrorist") }

// keyWithin reports whether a token whose key match accepts follows token
// v within n tokens of its sentence.
func (d *doc) keyWithin(v, sent, n int, match func(string) bool) bool {
	for j := v + 1; j < len(d.toks) && j <= v+n && d.toks[j].sent == sent; j++ {
		if match(d.toks[j].key) {
			return true
		}
	}
	return false
}

// designatedCopulas state what a group is: "X is a U.S.-designated …".
var designatedCopulas = set("is", "was", "remains")

// designatedGroups gives the group before ", which S designated as …" a
// designation by S, and the group before ", a U.S.-designated … terrorist
// …" (also after another apposition: ", one of …, and a U.S.-designated",
// or after a copula: "X is a U.S.-designated …") one by the United States
// when the article names it.
func (d *doc) designatedGroups(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Cartel || d.inQuote[m.s] || m.e+3 >= len(d.toks) {
			continue
		}
		if e := d.afterAlias(m.e); e > m.e && e+3 < len(d.toks) && (d.toks[e].key == "–" || d.toks[e].key == "—") {
			// "X (the X) – a designated foreign terrorist organization –"
			if v := d.usDesignatedApposed(e, d.toks[m.s].sent); v > 0 && d.keyWithin(v, d.toks[m.s].sent, 4, terroristKey) {
				if us := d.govNamed("United States"); us != nil {
					add(us, "designated", m.ent, v)
				}
			}
			continue
		}
		if !apposingMarks[d.toks[m.e].key] && !designatedCopulas[d.toks[m.e].key] {
			continue
		}
		sent := d.toks[m.s].sent
		k := m.e + 1
		switch d.toks[k].key {
		case "which":
			if d.toks[m.e].key != "," {
				continue
			}
			s := d.mentionAt(k + 1)
			if s == nil {
				s = d.mentionFrom(k + 1)
			}
			if s == nil || s.ent == nil || s.e+1 >= len(d.toks) || !typeOK("designated", sideSubj, s.ent.typ) {
				continue
			}
			v := s.e
			if d.toks[v].key == "has" || d.toks[v].key == "had" {
				v++
			}
			if v+1 < len(d.toks) && d.toks[v].key == "designated" && d.toks[v+1].key == "as" && d.toks[v].sent == sent {
				add(s.ent, "designated", m.ent, v)
			}
		default:
			if v := d.usDesignatedApposed(m.e, sent); v > 0 && (d.keyWithin(v, sent, 4, terroristKey) || d.keyWithin(v, sent, 2, terrorListKey)) {
				if us := d.govNamed("United States"); us != nil {
					add(us, "designated", m.ent, v)
				}
			}
		}
	}
}

// usDesignatedApposed returns the token of "designated" in an apposition
// ", a U.S.-designated" of the name ending at token e, or in one coordinated
// after another (", one of the largest cartels, and a U.S.-designated"),
// else -1.
func (d *doc) usDesignatedApposed(e, sent int) int {
	for j := e + 1; j < len(d.toks) && j < e+25 && d.toks[j].sent == sent; j++ {
		key := d.toks[j].key
		if actorStop[key] || j > e+1 && d.mentionAt(j) != nil && d.mentionAt(j).ent != nil {
			return -1
		}
		if (key == "a" || key == "an") && (j == e+1 || d.toks[j-1].key == "and" && d.toks[j-2].key == ",") {
			if v := d.usDesignatedAt(j + 1); v > 0 {
				return v
			}
			if j == e+1 && j+2 < len(d.toks) && d.toks[j+1].key == "designated" && d.keyWithin(j+1, sent, 2, terrorListKey) {
				return j + 1 // "X – a designated FTO and SDGT –": a U.S. list named by its acronym
			}
			if j == e+1 && j+3 < len(d.toks) && d.toks[j+1].key == "designated" && d.toks[j+2].key == "foreign" && terroristKey(d.toks[j+3].key) {
				return j + 1 // "X – a designated foreign terrorist organization –": the U.S. list by its name
			}
		}
	}
	return -1
}

// usDesignatedAt returns the token of "designated" when "U.S.-designated"
// (or "US-designated") starts at token k, else -1.
func (d *doc) usDesignatedAt(k int) int {
	if k+2 >= len(d.toks) {
		return -1
	}
	if key := d.toks[k].key; (key == "u.s." || key == "us") && d.toks[k+1].key == "-" && d.toks[k+2].key == "designated" {
		return k + 2
	}
	return -1
}

// afterAlias returns the token after a parenthesised alias opening at
// token e ("(the FARC)"), or e when none opens there.
func (d *doc) afterAlias(e int) int {
	if e >= len(d.toks) || d.toks[e].key != "(" {
		return e
	}
	for j := e + 1; j < len(d.toks) && j < e+8 && d.toks[j].sent == d.toks[e].sent; j++ {
		if d.toks[j].key == ")" {
			return j + 1
		}
	}
	return e
}
