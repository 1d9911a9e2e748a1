// The head of a place's office named by the office's name without
// "Office" before the person's name: "Richmond Commonwealth Attorney X"
// when the text names the "Richmond Commonwealth Attorney's Office",
// "Linden County Sheriff X" with the "Linden County Sheriff's Office".

package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// placeOfficeHeads ties a person to the office the text names elsewhere
// when the words right before the person's name are the office's name
// without its closing "Office", possessives aside: the place and the
// title. The office's name has a place and a title (three words or more
// before "Office"), and no deputy's or assistant's word comes before
// ("Assistant Richmond Commonwealth Attorney X" heads nothing).
func (d *doc) placeOfficeHeads(add func(*entity, string, *entity, int)) {
	type office struct {
		ent   *entity
		words []string
	}
	var offices []office
	for _, e := range d.ents {
		if e.typ != schema.Agency {
			continue
		}
		w := strings.Fields(unpossessive(fold(e.name) + " "))
		if len(w) >= 4 && w[len(w)-1] == "office" {
			offices = append(offices, office{e, w[:len(w)-1]})
		}
	}
	if len(offices) == 0 {
		return
	}
	sort.Slice(offices, func(i, j int) bool { return offices[i].ent.name < offices[j].ent.name }) // d.ents is a map: one order every run
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		for _, o := range offices {
			k, ok := d.wordsBefore(m.s, o.words)
			if !ok || k > 0 && d.toks[k-1].sent == d.toks[m.s].sent && slices.Contains(officeHeadLacks, d.toks[k-1].key) {
				continue
			}
			add(m.ent, "leads", o.ent, m.s)
			break
		}
	}
}

// wordsBefore reports whether the tokens right before token at, in its
// sentence and skipping possessive "'s", are words; it returns the first
// of them.
func (d *doc) wordsBefore(at int, words []string) (int, bool) {
	k := at - 1
	for n := len(words) - 1; n >= 0; n-- {
		if k >= 0 && d.toks[k].key == "'s" {
			k--
		}
		if k < 0 || d.toks[k].sent != d.toks[at].sent || d.toks[k].key != words[n] {
			return 0, false
		}
		k--
	}
	return k + 1, true
}
