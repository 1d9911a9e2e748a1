// The person a state sends "to face charges": "Colombia has extradited the
// head of its biggest cartel to face murder charges in the United States".

package extract

import "github.com/newsgraph/newsgraph/schema"

// sendVerbs send a person somewhere, whose purpose may be "to face
// charges": the person is their object.
var sendVerbs = set("extradited", "extradite", "extradites", "sent", "send", "sends", "returned", "deported",
	"removed", "transferred", "handed", "turned", "brought")

// sentToFace is the person the active send verb governing the infinitive
// "to face" at token to sends ("A extradited X to face charges", "A turned
// him over to Y to face charges"): the verb's object; nil when no such
// verb comes first in the clause, it is passive (its subject is the
// person), or its object is no person.
func (d *doc) sentToFace(to, sent int) *entity {
	for k := to - 1; k >= 0 && k >= to-16 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if actorStop[key] || key == "who" || key == "which" || key == "that" {
			return nil
		}
		if !sendVerbs[key] {
			continue
		}
		if g := d.verbGroup(k); g.passive || d.unstated(k, g) {
			return nil
		}
		if objs := d.actorsRight(k+1, sent, "extradited", sideObj); len(objs) > 0 && objs[0].typ == schema.Person {
			return objs[0]
		}
		return nil
	}
	return nil
}
