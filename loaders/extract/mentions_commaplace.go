package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// placeBodyNames is a words.tsv list, its words joined by "_" as the
// tokenizer splits them ("sheriff_'s_office").
var placeBodyNames = lexWords.set("placeBodyNames")

// commaPlaceStart moves the start s of a body's name whose words [s, e)
// are a local body's generic name (placeBodyNames: "Police Department",
// "Sheriff's Office", "Field Office") back over the place written before
// it between commas: "Lago Verde, N.M., Police Department", "Ruritown,
// Ruritania, Country Office". The place is one to four capitalised words,
// then a comma, a state of the United States or a country the gazetteer
// knows, and a comma.
func (d *doc) commaPlaceStart(s, e int) int {
	if s < 4 || d.toks[s-1].key != "," {
		return s
	}
	if !placeBodyNames[strings.Join(d.nameKeys(s, e), "_")] {
		return s
	}
	// the state or country: up to three capitalised words before the comma
	c := -1
	for k := s - 2; k >= 0 && k >= s-4; k-- {
		if d.toks[k].key == "," {
			c = k
			break
		}
		if d.toks[k].key == "." && k == s-2 && k > 0 && d.toks[k-1].cap {
			continue // "Bexley County, Md., Police Department": the abbreviation's point
		}
		if d.toks[k].kind != tWord || !d.toks[k].cap || d.toks[k].sent != d.toks[s].sent {
			return s
		}
	}
	se := s - 1
	if d.toks[se-1].key == "." {
		se-- // "Md.,": the state's abbreviation ends before its point
	}
	if c < 1 || c >= se-1 || !d.stateOrCountry(c+1, se) {
		return s
	}
	p := c
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || funcWords[t.key] || t.sent != d.toks[s].sent || d.at[k] != 0 {
			break
		}
		p = k
		if t.brk {
			break
		}
	}
	if p == c {
		return s
	}
	return p
}

// stateOrCountry reports whether the words [s, e) name a state of the
// United States ("Texas", "N.M.") or a country the gazetteer knows.
func (d *doc) stateOrCountry(s, e int) bool {
	if d.usStateWords(d.nameKeys(s, e)) {
		return true
	}
	ps, n := d.g.lookup(d.toks, s)
	if n != e-s {
		return false
	}
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ == schema.Government {
			return true
		}
	}
	return false
}
