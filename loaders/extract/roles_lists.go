package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// nextNamesTitle reports whether the title of an apposition (items, read
// up to token j) is the next name's: in a list "A, Deputy Director B, and
// Chief of Staff C" the words after A's comma are B's title, written
// before B's name with no comma between.
func (d *doc) nextNamesTitle(items []roleItem, j int) bool {
	if len(items) == 0 {
		return false
	}
	first := items[0].tok
	for k := j; k < len(d.toks) && k <= j+8 && d.toks[k].sent == d.toks[first].sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
			hs := d.honorificStart(k)
			if hs < k && d.toks[hs].key == "the" {
				hs++
			}
			chain := d.chainBefore(hs)
			return len(chain) > 0 && chain[0].tok <= first
		}
		switch d.toks[k].key {
		case ",", ";", ":", "(", ".":
			return false
		}
	}
	return false
}

// listedGov is the government of the office of a person listed after token
// at in its sentence ("A, Deputy Secretary of State B, and C accompanied
// her"), as the title before that name states it or names a US office:
// people listed together serve one government unless told otherwise.
func (d *doc) listedGov(at int) string {
	sent := d.toks[at].sent
	for k := at + 1; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person || d.inQuote[k] {
			continue
		}
		for _, pr := range rolePairs(d.chainBefore(d.honorificStart(k))) {
			if pr.org != nil && pr.org.typ == schema.Government && d.g.countries[pr.org.name] != nil {
				return pr.org.name
			}
			if d.hasHead(pr.title) && d.usOffice(pr.title) != nil {
				return "United States"
			}
		}
	}
	return ""
}

// nameAfter reports whether a person's name starts at token e, after any
// honorifics: a title phrase ending there is that name's ("A, and Deputy
// Director of the X B").
func (d *doc) nameAfter(e int) bool {
	for e < len(d.toks) {
		if _, ok := honorifics[d.toks[e].key]; !ok {
			break
		}
		e++
	}
	if e >= len(d.toks) {
		return false
	}
	m := d.mentionAt(e)
	return m != nil && m.s == e && m.ent != nil && m.ent.typ == schema.Person
}

// statedPost returns the body of a post p was stated to hold earlier
// whose title holds title ("Assistant Secretary Y" after "Assistant
// Secretary of State for the Bureau of X Y"), or nil: a title repeated on
// a later mention names the same post, not one to guess.
func (d *doc) statedPost(p *entity, title []int) *entity {
	t := fold(d.titleText(title))
	for _, r := range d.roles {
		if r.Person != p.name || d.guessed[fold(r.Person)+"|"+fold(r.Org)] || !strings.Contains(fold(r.Title), t) {
			continue
		}
		for _, typ := range []schema.EntityType{schema.Government, schema.Agency, schema.Organization, schema.Cartel} {
			if e := d.ents[string(typ)+"|"+fold(r.Org)]; e != nil {
				return e
			}
		}
	}
	return nil
}
