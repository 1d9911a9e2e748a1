// Relatives named together by their shared surname: "A and B Ruiz-Vega …
// the Ruiz-Vega brothers are charged".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// siblingNouns name relatives by a shared surname before them.
var siblingNouns = set("brothers", "sisters", "siblings")

// familyPlural returns the people "the SURNAME brothers" ending at the
// plural noun at token k names: every person the article names whose
// name ends in that surname, when at least two do; else nil. s is the
// phrase's first token ("the").
func (d *doc) familyPlural(k int) (people []*entity, s int) {
	if !siblingNouns[d.toks[k].key] {
		return nil, -1
	}
	j := k - 1
	for j >= 0 && j > k-6 && (d.toks[j].kind == tWord && d.toks[j].cap || d.toks[j].key == "-") && d.toks[j].key != "the" && d.toks[j].sent == d.toks[k].sent {
		j--
	}
	if j < 0 || j == k-1 || d.toks[j].key != "the" {
		return nil, -1
	}
	surname := fold(d.surface(j+1, k))
	words := strings.Fields(surname)
	for _, e := range d.entList {
		if e.typ == schema.Person && strings.HasSuffix(" "+fold(e.name), " "+surname) && len(strings.Fields(e.name)) > len(words) {
			people = append(people, e)
		}
	}
	if len(people) < 2 {
		return nil, -1
	}
	return people, j
}
