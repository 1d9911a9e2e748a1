// One holder per single-seat office: a state has one president, one vice
// president, one prime minister and one attorney general at a time. When
// two people hold the same such office at the same government in one
// article and one of them only had the government guessed ("President A
// and President B's decision", the second a foreign leader the bare title
// left at the article's own state), the guess is wrong: the office is the
// other state's the article is about.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// singleSeatTitles are the offices a government has one holder of at a time.
var singleSeatTitles = map[string]bool{
	"president":        true,
	"vice president":   true,
	"prime minister":   true,
	"attorney general": true,
}

// uniqueOfficeHolders moves a guessed single-seat office away from a
// government whose holder of the same office the same sentence names
// ("President A and President B"): the holder the text or the gazetteer
// places there keeps it, the guessed one goes to the other government the
// article names most.
func (d *doc) uniqueOfficeHolders() {
	type seat struct{ title, org string }
	holders := map[seat][]int{}
	for i, r := range d.roles {
		t := fold(r.Title)
		if r.Former || !singleSeatTitles[t] || d.g.countries[r.Org] == nil {
			continue
		}
		holders[seat{t, r.Org}] = append(holders[seat{t, r.Org}], i)
	}
	type move struct {
		to *entity
		at int // the holder's mention beside the other's
	}
	moved := map[int]move{}
	for st, idx := range holders {
		if len(idx) < 2 {
			continue
		}
		var keepers, guessed []int
		for _, i := range idx {
			r := d.roles[i]
			switch {
			case d.listedAt(r.Person, st.org):
				keepers = append(keepers, i)
			case d.guessed[fold(r.Person)+"|"+fold(r.Org)]:
				guessed = append(guessed, i)
			default:
				keepers = append(keepers, i)
			}
		}
		if len(keepers) != 1 || len(guessed) == 0 {
			continue // none or several stated: nothing tells the holder
		}
		keep := d.roles[keepers[0]].Person
		other := d.otherDominant(d.govNamed(st.org))
		if other == nil {
			continue
		}
		for _, i := range guessed {
			if sharesNameWord(d.roles[i].Person, keep) {
				continue // "Biden" and "Joseph R. Biden": one holder, two spellings
			}
			at := d.namedTogether(d.roles[i].Person, keep)
			if at < 0 {
				continue // "President Kennedy proposed …": a holder of another time
			}
			moved[i] = move{other, at}
		}
	}
	if len(moved) == 0 {
		return
	}
	d.ruled("role/single-seat-office", 0, 0)
	have := map[string]bool{}
	for _, r := range d.roles {
		have[fold(r.Person)+"|"+fold(r.Title)+"|"+fold(r.Org)] = true
	}
	out := d.roles[:0]
	for i, r := range d.roles {
		mv, ok := moved[i]
		if !ok {
			out = append(out, r)
			continue
		}
		r.Org = mv.to.name
		k := fold(r.Person) + "|" + fold(r.Title) + "|" + fold(r.Org)
		if have[k] {
			continue // already held there
		}
		have[k] = true
		out = append(out, r)
		d.roleBecause(r, mv.at)
	}
	d.roles = out
	d.ruled("", 0, 0)
}

// listedAt reports whether the gazetteer lists the person named name (or
// by a one-word alias the name holds) as an office holder of the country.
func (d *doc) listedAt(name, country string) bool {
	if gp := d.g.people[fold(name)]; gp != nil {
		return gp.country == country
	}
	// "Joseph R. Biden Jr.": a word of the name that one listed person
	// alone bears as a one-word alias
	for _, w := range strings.Fields(fold(name)) {
		if bs := d.g.bearers[strings.Trim(w, ".,")]; len(bs) == 1 && len(w) > 2 {
			return bs[0].country == country
		}
	}
	return false
}

// namedTogether is the first token of a mention of the person named a in a
// sentence that also names the person b, or -1: two holders of one seat
// side by side are holders at the same time.
func (d *doc) namedTogether(a, b string) int {
	sents := map[int]bool{}
	for _, m := range d.ments {
		if m.ent != nil && m.ent.typ == schema.Person && fold(m.ent.name) == fold(b) {
			sents[d.toks[m.s].sent] = true
		}
	}
	for _, m := range d.ments {
		if m.ent != nil && m.ent.typ == schema.Person && fold(m.ent.name) == fold(a) && sents[d.toks[m.s].sent] {
			return m.s
		}
	}
	return -1
}

// sharesNameWord reports whether two person names share a word.
func sharesNameWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(fold(a)) {
		words[strings.Trim(w, ".,")] = true
	}
	for _, w := range strings.Fields(fold(b)) {
		if w = strings.Trim(w, ".,"); len(w) > 2 && words[w] {
			return true
		}
	}
	return false
}
