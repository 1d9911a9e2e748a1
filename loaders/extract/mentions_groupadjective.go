// A sentence's first word is capitalised whatever it is: before a
// lower-case group head it may be an adjective ("Rampant gang violence
// has killed thousands", "Rising cartel violence"), no group's name.

package extract

import "strings"

// adjectiveEndings end English adjectives, rarely a group's one-word name.
var adjectiveEndings = []string{"ing", "ly", "ent", "ant", "al", "ous", "ive", "ic", "ed", "ful", "less", "ary"}

// openingAdjective reports whether the one capitalised word at s, before
// the lower-case group head at i, opens its sentence, ends like an
// adjective and is written nowhere else in the text with a capital inside
// a sentence: "Rampant gang violence", but not "Shower gang members"
// nor a name the text repeats ("… the Escalante gang").
func (d *doc) openingAdjective(s, i int) bool {
	if i != s+1 || s > 0 && d.toks[s-1].sent == d.toks[s].sent && d.toks[s-1].kind == tWord {
		return false
	}
	key := d.toks[s].key
	adj := false
	for _, suf := range adjectiveEndings {
		adj = adj || len(key) > len(suf)+2 && strings.HasSuffix(key, suf)
	}
	if !adj {
		return false
	}
	return !d.capitalisedInside(key) // the name written with its capital inside a sentence
}

// capitalisedInside reports whether the text writes the word key
// capitalised after a word of its sentence; the words are gathered once
// per text.
func (d *doc) capitalisedInside(key string) bool {
	if d.midCaps == nil {
		d.midCaps = map[string]bool{}
		for k := 1; k < len(d.toks); k++ {
			if d.toks[k].cap && d.toks[k-1].sent == d.toks[k].sent && d.toks[k-1].kind == tWord {
				d.midCaps[d.toks[k].key] = true
			}
		}
	}
	return d.midCaps[key]
}
