package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// legislatureWords name a state's legislature ("U.S. Congress", "the
// Senate", "National Assembly", "Parliament").
var legislatureWords = set("congress", "senate", "parliament", "legislature", "assembly")

// ownLegislature reports whether one of a and b is the legislature of the
// other's own state: a department "working with Congress" on its budget
// is the state's law-making at work, not a cooperation between parties.
func ownLegislature(a, b *entity) bool {
	return legislatureOf(a, b) || legislatureOf(b, a)
}

// legislatureOf reports whether l is a legislature of the state x belongs
// to (x a body of that state or the state itself).
func legislatureOf(l, x *entity) bool {
	if l.typ != schema.Agency || l.country == "" {
		return false
	}
	named := false
	for _, w := range strings.Fields(strings.ToLower(l.name)) {
		if legislatureWords[w] {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	c := x.country
	if x.typ == schema.Government {
		c = x.name
	}
	return c != "" && fold(c) == fold(l.country)
}
