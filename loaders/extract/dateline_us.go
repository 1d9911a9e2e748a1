// Datelines of the United States that name no country: "FAIRFAX, Va. –",
// "DALLAS, TX -", "SAN JUAN, Puerto Rico —", "BOSTON –".

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
