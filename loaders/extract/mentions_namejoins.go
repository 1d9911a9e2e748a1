package extract

import "strings"

// A body's name runs on over two joins inside it: a possessive written
// with either apostrophe ("the Office of Rural Farmers’ Affairs", "Global
// Widows’s Issues") and a tight hyphen between two capitalised words
// ("the Inter-Agency Border Dialogue"). The tokenizer splits both off the
// word before, so a reader of capitalised words would otherwise end the
// name there.

// nameJoin reports whether token j joins the capitalised word before it
// to the capitalised word after it inside one name: a possessive "’s" or
// "'s", a plural possessive "s’" written close to its word, or a hyphen
// with no space on either side.
func (d *doc) nameJoin(j int) bool {
	if d.hyphenParticle(j) {
		return true // "Port-de-Paix": a place's particle between hyphens
	}
	if j < 1 || j+1 >= len(d.toks) || d.toks[j].space || d.toks[j+1].brk || !d.capWord(j-1) || !d.capWord(j+1) {
		return false
	}
	switch d.toks[j].key {
	case "'s":
		return d.toks[j+1].space && d.possessedWords(j)
	case "'":
		return d.toks[j+1].space && strings.HasSuffix(d.toks[j-1].key, "s") && d.possessedWords(j)
	case "-":
		return !d.toks[j+1].space
	}
	return false
}

// possessedWords reports whether the possessive at token j joins words of
// one name rather than two bodies: the possessor is no body's head word
// nor part of a known name, and the capitalised words after it hold no
// body's head ("the Department of State’s Bureau of X" names two bodies)
// and close the name within maxPossessedWords.
func (d *doc) possessedWords(j int) bool {
	if d.gazCover[j-1] {
		return false
	}
	if _, ok := d.orgHeadType(j - 1); ok {
		return false
	}
	k := j + 1
	for ; k < len(d.toks) && d.capWord(k) && !d.toks[k].brk; k++ {
		if _, ok := d.orgHeadType(k); ok || d.gazCover[k] {
			return false
		}
	}
	if k-j-1 > maxPossessedWords {
		return false
	}
	if k < len(d.toks) && !d.toks[k].brk {
		switch d.toks[k].key {
		case "of", "(":
			return false // "the Bureau of X Affairs’ Training Fund (BTF)": a body's programme
		}
	}
	return true
}

// maxPossessedWords is how many capitalised words may follow a possessive
// inside one name: its last word or two ("Rural Farmers’ Affairs").
const maxPossessedWords = 2

// hyphenParticles join the words of a hyphenated place name: "Port-de-Paix",
// "Fort-de-France", "Village-de-Dieu".
var hyphenParticles = set("de", "du", "des", "la", "le", "au", "aux", "en", "sur")

// hyphenParticle reports whether token j is a hyphen or particle inside a
// hyphenated place name "X-de-Y": capitalised words around a lowercase
// particle, every piece unspaced.
func (d *doc) hyphenParticle(j int) bool {
	p := j // the particle's token
	if j < len(d.toks) && d.toks[j].key == "-" {
		if j+1 < len(d.toks) && hyphenParticles[d.toks[j+1].key] {
			p = j + 1
		} else {
			p = j - 1
		}
	}
	if p < 2 || p+2 >= len(d.toks) || !hyphenParticles[d.toks[p].key] || d.toks[p].cap {
		return false
	}
	if d.toks[p-1].key != "-" || d.toks[p+1].key != "-" || !d.capWord(p-2) || !d.capWord(p+2) {
		return false
	}
	for k := p - 1; k <= p+2; k++ {
		if d.toks[k].space || d.toks[k].brk {
			return false
		}
	}
	return true
}
