// An armed group's campaign against another actor is an attack: "the ELN
// launched an offensive against the 33rd Front", "the Zetas began a war
// against the Gulf Cartel". deployedAgainst is a state's act (its forces
// and operations against a group); the same words with a group as their
// actor state that the group attacked.

package extract

import "github.com/newsgraph/newsgraph/schema"

// groupOffensive turns a deployment against an actor whose subject is an
// armed group into an attack.
func groupOffensive(pred string, s, o *entity) string {
	if pred != "deployedAgainst" || s.typ != schema.Cartel {
		return pred
	}
	return "attacked"
}
