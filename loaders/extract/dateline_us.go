// Datelines of the United States that name no country: "FAIRFAX, Va. –",
// "DALLAS, TX -", "SAN JUAN, Puerto Rico —", "BOSTON –"; and places of the
// United States named the same way in the text ("in Laredo, Texas").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

var (
	usStateAbbrevs   = lexWords.set("usStateAbbrevs")
	usDatelineCities = spaced(lexWords.set("usDatelineCities"))
)

// usDateline reports whether the dateline words [s, e) (before its dash)
// place the story in the United States: a city followed by a state of the
// United States, its name or abbreviation ("FAIRFAX, Va.", "DALLAS, TX"),
// or one of the cities that stand alone in a dateline ("BOSTON"). A
// dateline names the country only for a foreign city; a domestic one
// gives the state instead, or nothing for a city everyone knows.
func (d *doc) usDateline(s, e int) bool {
	var city, state []string
	part := &city
	for k := s; k < e; k++ {
		switch key := d.toks[k].key; {
		case key == ",":
			if part == &state {
				return d.usStateWords(state) // "ALEXANDRIA, La., March 3 –": the state, then a date
			}
			part = &state
		case key == "(":
			e = k // "ALEXANDRIA, La. (Press Release) –"
		case key == ".":
		case d.toks[k].kind == tWord:
			*part = append(*part, key)
		default:
			return false
		}
	}
	if part == &state {
		return d.usStateWords(state)
	}
	return usDatelineCities[strings.Join(city, " ")]
}

// usStateWords reports whether the folded words name a state of the United
// States in full ("Virginia", "Puerto Rico") or abbreviated ("Va", "N.Y.",
// "TX").
func (d *doc) usStateWords(words []string) bool {
	if len(words) == 0 {
		return false
	}
	if usStates[strings.Join(words, " ")] {
		return true
	}
	return len(words) == 1 && usStateAbbrevs[strings.ReplaceAll(words[0], ".", "")]
}

// usPlaceAt reports whether the capitalised words from token i name a
// place in the United States: a state ("in Texas"), a city that stands
// alone in a dateline ("in Miami"), or any city followed by a state or
// its abbreviation ("in Laredo, Texas", "in Fairfax, Va.").
func (d *doc) usPlaceAt(i int) bool {
	var words []string
	k := i
	for k < len(d.toks) && k < i+4 && d.toks[k].kind == tWord && d.toks[k].cap && d.toks[k].sent == d.toks[i].sent {
		words = append(words, d.toks[k].key)
		k++
	}
	if len(words) == 0 {
		return false
	}
	name := strings.Join(words, " ")
	if usStates[name] || usDatelineCities[name] {
		return true
	}
	if k+1 >= len(d.toks) || d.toks[k].key != "," || d.toks[k].sent != d.toks[i].sent {
		return false
	}
	var state []string
	for j := k + 1; j < len(d.toks) && j < k+4 && d.toks[j].kind == tWord && d.toks[j].cap; j++ {
		state = append(state, d.toks[j].key)
	}
	return d.usStateWords(state)
}

// titleCaseDateline reports whether the paragraph starting at token i
// opens with a dateline written in title case rather than capitals: a
// city, a comma, its state of the United States or its country, and a
// dash ("Washington, DC –", "Vienna, Austria –"). Capitals alone mark a
// dateline; in title case the comma and the state or country after it
// must ("Ana Ruiz, Deputy Director – …" is none).
func (d *doc) titleCaseDateline(i int) bool {
	para := d.toks[i].para
	k, city := i, 0
	for k < len(d.toks) && d.toks[k].para == para && city < 3 && d.toks[k].kind == tWord && d.toks[k].cap {
		k++
		city++
	}
	if city == 0 || k >= len(d.toks) || d.toks[k].key != "," {
		return false
	}
	k++
	place := 0
	for k < len(d.toks) && d.toks[k].para == para && place < 4 && (d.toks[k].kind == tWord && d.toks[k].cap || d.toks[k].key == ".") {
		k++
		place++
	}
	if place == 0 || k >= len(d.toks) || d.toks[k].para != para {
		return false
	}
	if !d.isDash(k) {
		return false
	}
	if d.usDateline(i, k) {
		return true // "Washington, DC –"
	}
	ps, n := d.g.lookup(d.toks, i+city+1)
	return n > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Government // "Vienna, Austria –"
}
