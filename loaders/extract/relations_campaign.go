package extract

import "github.com/newsgraph/newsgraph/schema"

// effortNouns govern an infinitive that states an ongoing campaign: "the
// DEA's work to dismantle the X cartel", "their efforts to disrupt Y".
var effortNouns = set("work", "efforts", "effort", "campaign", "operation", "operations", "fight", "mission")

// effortTo reports whether the infinitive of group g, a campaign against
// a group or work with a partner, is governed by an effort noun: the
// campaign or the cooperation is under way ("our efforts to work with
// Mexico").
func (d *doc) effortTo(pred string, g verbGroup) bool {
	return (pred == "deployedAgainst" || pred == "cooperatesWith") && effortNouns[g.governor]
}

// welcomeForms welcome a guest or back a thing: "welcomed the pact",
// "welcomes the Colombian government's decision" support it (its author);
// "welcome my friend, the President of Mexico" greets a person.
var welcomeForms = set("welcome", "welcomes", "welcomed", "welcoming")

// welcomedThings drops the persons from the objects of a welcome verb at
// token v: a welcomed person is greeted, not supported.
func (d *doc) welcomedThings(v int, objs []*entity) []*entity {
	if !welcomeForms[d.toks[v].key] {
		return objs
	}
	var out []*entity
	for _, o := range objs {
		if o.typ != schema.Person {
			out = append(out, o)
		}
	}
	return out
}
