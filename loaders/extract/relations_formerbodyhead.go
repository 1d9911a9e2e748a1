// A past head of a named agency or institution stated as fact: "X, the
// former director of the Y Institute", "former Z Bank director X".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// formerHeadTitles are the bare titles of a body's head that, past, still
// tie the holder to the body: the reports that name "the former director
// of the institute" tell of what he did while he ran it.
var formerHeadTitles = set("director", "director general", "head", "president", "governor")

// formerBodyHead reports whether former role r is the bare head's title
// of a named agency or organisation: "former director", "former director
// general", or the title after the body's own name ("former Postal Bank
// director"); not a qualified or lower post ("former regional director",
// "former deputy head", "former commander"); not at a national agency
// the gazetteer names, whose former chief is an official who has left.
func (d *doc) formerBodyHead(r schema.Role) bool {
	var org *entity
	for _, t := range []schema.EntityType{schema.Agency, schema.Organization} {
		if e := d.ents[string(t)+"|"+fold(r.Org)]; e != nil && e.typ == t {
			org = e
			break
		}
	}
	if org == nil || d.gazetteerBody(org) {
		return false // a national agency's former director is an official who left: no tie (the gold's convention)
	}
	name := " " + fold(org.name) + " "
	var rest []string
	for _, w := range strings.Fields(fold(formerlessTitle(r.Title))) {
		if !strings.Contains(name, " "+w+" ") {
			rest = append(rest, w) // "former Postal Bank director": the body's name is no qualifier
		}
	}
	return formerHeadTitles[strings.Join(rest, " ")]
}
