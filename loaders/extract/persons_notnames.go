package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

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
	if pk := d.toks[p].key; d.compoundWords(s, e) >= 3 && p > 1 && (pk == "and" || pk == "for" || pk == "of") && d.g.given[d.toks[s].key] == 0 &&
		(d.toks[p-1].cap || pk == "and" && d.toks[p-1].key == "," && d.toks[p-2].cap) && // a portfolio in capitals, not "the arrest of X"
		!d.personEndsAt(p-1) { // "Ana Vik Soto and Tomas Ruiz Paz": two people, no portfolio
		moved := false
		for k := s + 1; k+1 < e; k++ {
			if d.g.given[d.toks[k].key] != 0 {
				s, moved = k, true
				break
			}
		}
		if !moved && d.compoundWords(s, e) >= 4 {
			// no known given name: a name is its last two words, or three
			// with a middle initial
			lo := s
			s = d.lastWordStart(lo, d.lastWordStart(lo, e))
			if t := d.toks[s]; t.letters == 1 || strings.HasSuffix(t.key, ".") && t.letters <= 2 {
				s = d.lastWordStart(lo, s)
			}
		}
	}
	return s
}

// compoundWords counts the words of the run [s, e), a hyphenated compound
// ("Ruiz-Paz") as one: a surname joined by a hyphen is one word of a name.
func (d *doc) compoundWords(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if d.toks[k].kind == tWord && !d.hyphenJoined(k) {
			n++
		}
	}
	return n
}

// hyphenJoined reports whether word k follows a hyphen that joins it to
// the word before with no space: "Paz" of "Ruiz-Paz".
func (d *doc) hyphenJoined(k int) bool {
	return k >= 2 && d.toks[k-1].key == "-" && !d.toks[k-1].space && !d.toks[k].space && d.toks[k-2].kind == tWord
}

// lastWordStart returns the start of the last word of the run [lo, e), a
// hyphenated compound whole; lo when the run has no word before e.
func (d *doc) lastWordStart(lo, e int) int {
	k := e - 1
	for k > lo && d.hyphenJoined(k) {
		k -= 2
	}
	return max(k, lo)
}

// personEndsAt reports whether token k ends a person's name already read.
func (d *doc) personEndsAt(k int) bool {
	m := d.mentionAt(k)
	return m != nil && m.ent != nil && m.ent.typ == schema.Person && m.e == k+1
}

// placeInSurname reports whether the hyphen at h joins a name word to a
// capitalised word read as a place or a capital ("Ruiz-Lima",
// "Soto-Toledo"): with no space on either side of the hyphen, the place's
// name is the second part of a compound surname. The place must be one word
// and end the compound.
func (d *doc) placeInSurname(h int) bool {
	if h < 1 || h+1 >= len(d.toks) || d.toks[h].space || d.toks[h+1].space || !d.nameTok(h-1) {
		return false
	}
	m := d.mentionAt(h + 1)
	if m == nil || m.class == mDemonym || m.s != h+1 || m.e != h+2 || !d.toks[h+1].cap || d.toks[h+1].upper {
		return false
	}
	return h+2 >= len(d.toks) || d.toks[h+2].key != "-" || d.toks[h+2].space
}

// placesInName turns the place mentions inside the person's name pm
// ("Lima" of "Ana Ruiz-Lima" or "Ana Ruiz Lima") into words of the name:
// they name no place.
func (d *doc) placesInName(pm *mention) {
	for k := pm.s + 1; k < pm.e; k++ {
		if d.toks[k-1].key != "-" && !(k == pm.e-1 && d.toks[k].space) {
			continue
		}
		for _, m := range d.ments {
			if m != pm && m.s == k && m.e == k+1 && m.class == mEntity {
				m.class, m.ent, m.gaz = mIgnore, nil, nil
			}
		}
	}
}

// placeEndsName reports whether the one-word place at token k ends the
// name run that starts at i with two name words or more ("Ana Ruiz Lima,
// one of …"), or a one-word run that, with the place, ends the name of a
// person already read ("Ruiz Lima's sons"): a place written right after a
// name, with no comma or preposition, is the name's last surname. The run
// must end there.
func (d *doc) placeEndsName(i, k int) bool {
	if k-i < 1 || k+1 >= len(d.toks) || !d.toks[k].space || d.toks[k].brk || !d.toks[k].cap || d.toks[k].upper {
		return false
	}
	m := d.mentionAt(k)
	if m == nil || m.class != mEntity || m.s != k || m.e != k+1 || m.typ != schema.Government {
		return false
	}
	if !d.nameTok(k-1) || k-i < 2 && !d.surnameOfNamed(k-1, k+1) || k-i >= 2 && !d.nameTok(k-2) {
		return false
	}
	n := d.toks[k+1]
	return n.kind != tWord || !n.cap
}

// surnameOfNamed reports whether the words [s, e) end (or are) the name of a person
// already read.
func (d *doc) surnameOfNamed(s, e int) bool {
	keys := d.nameKeys(s, e)
	for _, p := range d.entList {
		if p.typ == schema.Person && len(p.toks) >= len(keys) && suffix(p.toks, keys) {
			return true
		}
	}
	return false
}
