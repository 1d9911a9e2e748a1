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
	return !d.givenIn(s, e) && d.portfolioBefore(e) >= 0
}

// pluralCountWords before a capitalised plural make it a common noun written
// with a capital, never a surname: "the three Parties met", "Both
// Parties signed".
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

// rankClass reports whether token k is the "Class" of a rank's grade
// written with an ordinal ("Sgt. 1st Class", "Petty Officer Second
// Class", "Airman First Class"): a word of the title, not of the name.
func (d *doc) rankClass(k int) bool {
	if k < 1 || k >= len(d.toks) || d.toks[k].key != "class" || !d.toks[k].cap {
		return false
	}
	o := d.toks[k-1].key
	return numberedOrdinal(o) || ordinalWords[o] > 0 && ordinalWords[o] <= 3
}

// nameAfterPortfolio moves the start s of a name run [s, e) past the words
// of a title's portfolio before it: "… for Trade and Finance Marion
// Holloway", "… for Narcotics and Law Enforcement Affairs Delphine
// Marchetti" (to a known given name, else the last two words, or three
// with a middle initial).
func (d *doc) nameAfterPortfolio(s, e int) int {
	// a portfolio word before a given name is part of the title, not of the name
	if pk := d.toks[max(s-1, 0)].key; e-s >= 3 && s > 0 && titleMods[d.toks[s].key] && d.g.given[d.toks[s].key] == 0 &&
		(d.g.given[d.toks[s+1].key] != 0 || pk == "and" || pk == "for" || pk == "of") {
		s++
	}
	// "… for Narcotics and Law Enforcement Affairs Delphine Marchetti":
	// the portfolio's words before a given name belong to the title
	p := max(s-1, 0)
	for p > 1 && d.toks[p].kind == tWord && d.toks[p].cap && stopCaps[d.toks[p].key] && d.toks[p].sent == d.toks[s].sent {
		p-- // "Director of National Intelligence Ana Vik": a portfolio word no name run takes
	}
	if p > 1 && d.toks[p].key == "the" && (d.toks[p-1].key == "of" || d.toks[p-1].key == "for") {
		p-- // "Attorney General of the Republic X Y Z"
	}
	if pk := d.toks[p].key; e-s >= 3 && p > 1 && (pk == "and" || pk == "for" || pk == "of") && d.g.given[d.toks[s].key] == 0 &&
		(d.toks[p-1].cap || pk == "and" && d.toks[p-1].key == "," && d.toks[p-2].cap) { // a portfolio in capitals, not "the arrest of X"
		moved := false
		for k := s + 1; k+1 < e; k++ {
			if d.g.given[d.toks[k].key] != 0 {
				s, moved = k, true
				break
			}
		}
		if !moved && e-s >= 4 {
			// no known given name: a name is its last two words, or three
			// with a middle initial
			s = e - 2
			if t := d.toks[e-2]; t.letters == 1 || strings.HasSuffix(t.key, ".") && t.letters <= 2 {
				s = e - 3
			}
		}
	}
	return s
}
