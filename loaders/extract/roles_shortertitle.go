// A role read twice, or read once with a title cut short: the output keeps
// one, with the longer title.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// longerTitleAt reports whether another role gives the same person at the
// same org a longer title that ends in this one's ("Acting U.S. Attorney"
// beside "Attorney"): the shorter is the same post, read short.
func (d *doc) longerTitleAt(r schema.Role) bool {
	for _, o := range d.roles {
		if o.Person == r.Person && o.Org == r.Org && strings.HasSuffix(o.Title, " "+r.Title) {
			return true
		}
	}
	return false
}
