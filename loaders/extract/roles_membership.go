// Membership of a criminal group is no post: "X, a member of the Y gang"
// ties X to the group (memberOf) but names no office X holds.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// memberTitles are the last words of a title that only says someone
// belongs to a group.
var memberTitles = set("member", "members", "associate", "associates", "operative", "operatives")

// groupMembership reports whether role r only states membership of a
// criminal group ("member", "an alleged member", "a known associate"):
// the relations read it (memberOf), the roles leave it out.
func (d *doc) groupMembership(r schema.Role) bool {
	w := strings.Fields(fold(r.Title))
	if len(w) == 0 || !memberTitles[w[len(w)-1]] {
		return false
	}
	for _, t := range []schema.EntityType{schema.Cartel} {
		if e := d.ents[string(t)+"|"+fold(r.Org)]; e != nil && e.typ == t {
			return true
		}
	}
	return false
}
