package extract

import "github.com/newsgraph/newsgraph/schema"

// aliasMarkers are the markers of a person's other name that the readers
// stepping back from a nickname know ("X, aka El Y", "X, also known as
// “Z”": skipAlias, bareAliasBefore, skipAliasBack); the readers going
// forward from the name know more (akaMarkers).
var aliasMarkers = [][]string{{"aka"}, {"a.k.a."}, {"alias"}, {"also", "known", "as"}}

// aliasWords are the one-word aliasMarkers: a capitalised run of a
// nickname stops at them, and a quoted nickname may follow one.
var aliasWords = oneWordPhrases(aliasMarkers)

// akaMarkers open the other names of a person written right after the
// name: "X, aka A and B", "X (alias “A”)", "X, also known as A", and the
// court and prosecutors' "X, a/k/a “A,”" (split into five tokens).
var akaMarkers = append(append([][]string{}, aliasMarkers...), []string{"a", "/", "k", "/", "a"}, []string{"known", "as"},
	[]string{"goes", "by", "the", "moniker"}, []string{"goes", "by", "the", "nickname"}, []string{"goes", "by", "the", "alias"},
	[]string{"goes", "by", "the", "name"}, []string{"goes", "by"}, []string{"nicknamed"})

// oneWordPhrases is the set of the phrases of one word.
func oneWordPhrases(phrases [][]string) map[string]bool {
	s := map[string]bool{}
	for _, p := range phrases {
		if len(p) == 1 {
			s[p[0]] = true
		}
	}
	return s
}

// aliasMarkerBefore returns the first token of an aliasMarkers phrase
// that ends at token k ("aka", "also known as"), or -1 when none ends
// there.
func (d *doc) aliasMarkerBefore(k int) int {
next:
	for _, p := range aliasMarkers {
		s := k - len(p) + 1
		if s < 0 || k >= len(d.toks) {
			continue
		}
		for n, w := range p {
			if d.toks[s+n].key != w {
				continue next
			}
		}
		return s
	}
	return -1
}

// akaAliases makes the names after an alias marker that follows a person's
// name, or the age after it ("Mario Ruiz, aka El Gato and El Flaco,", "Ruiz
// goes by the moniker “El Gato”", "Mario Ruiz, 33, also known as Flaco,")
// other names of that person, not people of their own.
func (d *doc) akaAliases() {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.e >= len(d.toks) {
			continue
		}
		k := m.e
		if k+2 < len(d.toks) && d.ageAt(k+1) {
			k += 2 // "X, 33, also known as A": past the age
		}
		if d.toks[k].key == "," || d.toks[k].key == "(" {
			k++
		}
		n := d.phraseAt(k, akaMarkers)
		if n == 0 {
			continue
		}
		k += n
		if k < len(d.toks) && d.toks[k].key == "," {
			k++ // "also known as, “El Y”"
		}
		for k < len(d.toks) && d.toks[k].sent == d.toks[m.s].sent {
			if d.toks[k].kind == tQuote {
				k++
				continue
			}
			a := d.mentionAt(k)
			if a == nil || a.s != k || a.ent == nil || a.ent.typ != schema.Person {
				break
			}
			if a.ent != m.ent {
				other := a.ent
				d.repoint(other, m.ent)
				other.typ = "" // dropped: one person's other name
			}
			k = a.e
			for k < len(d.toks) && d.toks[k].kind == tQuote {
				k++
			}
			if k+1 < len(d.toks) && (d.toks[k].key == "and" || d.toks[k].key == "or" || d.toks[k].key == ",") {
				k++
				continue
			}
			break
		}
	}
}
