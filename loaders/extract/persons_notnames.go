package extract

import "strings"

// pronounContraction reports whether a word is a pronoun with a
// contracted verb: "I've", "we'll", "they're".
func pronounContraction(key string) bool {
	i := strings.Index(key, "'")
	switch key[:i] {
	case "i", "we", "you", "they", "he", "she", "it", "that", "there", "let":
		return true
	}
	return false
}

// portfolioTail reports whether the capitalised run [s, e) after "and"
// ends the portfolio of a title written in capitals, not a name: "the
// Minister of Trade and Rural Development, Ana Ruiz", "Secretary of Labor
// and Social Security said". No word of the run is a known given name
// ("the Minister of Trade and Ana Ruiz" coordinates a person).
func (d *doc) portfolioTail(s, e int) bool {
	if s < 3 || d.toks[s-1].key != "and" || d.toks[s-1].sent != d.toks[s].sent || !d.toks[s-2].cap {
		return false
	}
	for k := s; k < e; k++ {
		if d.g.given[d.toks[k].key] != 0 {
			return false
		}
	}
	return d.portfolioBefore(e) >= 0
}

// pluralCountWords before a capitalised plural make it a common noun written
// with a capital, never a surname: "the two Parties agreed", "Both
// Parties welcomed".
var pluralCountWords = set("both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all",
	"several", "many", "various")

// countedPlural reports whether the one-word run at s is a capitalised
// plural after a count word and not one of a coordination of surnames
// ("both Reyes and Vega").
func (d *doc) countedPlural(s int) bool {
	t := d.toks[s]
	if s < 1 || !pluralCountWords[d.toks[s-1].key] || t.letters < 4 || t.key[len(t.key)-1] != 's' {
		return false
	}
	if s+1 < len(d.toks) {
		switch d.toks[s+1].key {
		case "and", "or", ",", "&":
			return false
		}
	}
	return true
}
