// A list apposed to a lower-case plural noun names people: "two police
// officers, A and B, were sentenced": A, whose given name no list knows,
// is a person as B is, the first item of the list the noun opens.

package extract

import "strings"

// pluralApposedBefore reports whether a lower-case plural noun and a comma
// stand right before token s: "two police officers, A and B": the list
// that follows is the noun's apposition, its first item no later one.
func (d *doc) pluralApposedBefore(s int) bool {
	if s < 2 || d.toks[s-1].key != "," || d.toks[s-2].sent != d.toks[s].sent {
		return false
	}
	t := d.toks[s-2]
	return t.kind == tWord && !t.cap && t.letters >= 4 && strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss") && d.at[s-2] == 0
}
