// Datelines of the United States that name no country: "FAIRFAX, Va. –",
// "DALLAS, TX -", "SAN JUAN, Puerto Rico —", "BOSTON –"; and places of the
// United States named the same way in the text ("in Laredo, Texas").

package extract

import "strings"

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
