package extract

// effortNouns govern an infinitive that states an ongoing campaign: "the
// DEA's work to dismantle the X cartel", "their efforts to disrupt Y".
var effortNouns = set("work", "efforts", "effort", "campaign", "operation", "operations", "fight", "mission")

// effortTo reports whether the infinitive of group g, a campaign against
// a group, is governed by an effort noun: the campaign is under way.
func (d *doc) effortTo(pred string, g verbGroup) bool {
	return pred == "deployedAgainst" && effortNouns[g.governor]
}
