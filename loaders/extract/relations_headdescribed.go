// A head's title the role reader kept with the generic words that
// describe the body it names: "leader of the country's powerful" (Gulf
// Cartel), "co-founder of the exile group" (a named alliance), "head of
// the police's anti-narcotics unit" (a named directorate). The words after
// "of the" restate the body, so the title is still its head's.

package extract

import "strings"

// describedBodyStops are the words after "of the" that name a part of the
// body or a function in it, not the body itself: the leader of its armed
// wing (groupPartWords) or the chief of its security is no head of the
// whole.
var describedBodyStops = union(groupPartWords, set(
	"security", "finance", "finances", "operations", "logistics", "communications", "intelligence",
	"regional", "chapter", "branch", "board", "council", "committee", "subcommittee", "caucus", "delegation",
	"office", "division", "department", "ministry", "section", "bureau", "service", "staff", "team"))

// describedHead reports whether a title's words after its head word are
// "of the" and a lowercase description of the role's body, no name of
// another body and no part of it: words w[i:] of a title whose words
// before i hold a head word. orig is the title as written, to tell a name
// from a description.
func describedHead(w []string, i int, orig string) bool {
	if i+2 >= len(w) || w[i] != "of" || w[i+1] != "the" {
		return false
	}
	for _, x := range strings.Fields(orig)[i+2:] {
		if x[0] >= 'A' && x[0] <= 'Z' {
			return false // a name: "director of the National Police", another body or the body's own
		}
		if describedBodyStops[strings.TrimSuffix(strings.ToLower(x), "'s")] {
			return false
		}
	}
	return true
}
