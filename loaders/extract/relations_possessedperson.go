// A person named only as the possessor of the one a law-enforcement act
// falls on: "police arrested X's brother", "charged the lawyer of X",
// "sanctioned X's companies". X is not the object. (Support for "X's
// efforts" is support for X: those acts are not read so.)

package extract

import "github.com/newsgraph/newsgraph/schema"

// relativeOfNouns name a person or thing by its tie to the person after
// "of": "the brother of X", "an associate of X".
var relativeOfNouns = set("associate", "associates", "lawyer", "lawyers", "attorney", "bodyguard", "bodyguards",
	"relative", "relatives", "lieutenant", "lieutenants", "driver", "accountant", "girlfriend", "boyfriend", "wife",
	"husband", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "father", "mother",
	"nephew", "nephews", "niece", "cousin", "cousins", "uncle", "widow", "family", "spouse", "spouses", "child", "children", "partner", "partners", "companies", "company",
	"businesses", "assets", "property", "properties", "network", "operations")

// custodyActs are the law-enforcement acts (arrest, charge, extradition,
// conviction, sanction, designation), which fall on the person named and no
// one else, and whose unnamed plural object a list may expand
// (relations_listedpatients.go).
var custodyActs = set("arrested", "charged", "extradited", "convicted", "sanctioned", "designated")

// possessorOnly reports whether the person mention m is the possessor
// of what a verb acts on rather than its object: it is followed by "'s"
// and a lower-case word ("X's brother", "X's top lieutenant"), or
// follows "the brother of", "an associate of".
func (d *doc) possessorOnly(m *mention) bool {
	if m.ent == nil || m.ent.typ != schema.Person {
		return false
	}
	if m.e+1 < len(d.toks) && d.toks[m.e].key == "'s" && d.toks[m.e+1].kind == tWord && !d.toks[m.e+1].cap && d.mentionAt(m.e+1) == nil {
		return true
	}
	if m.s >= 2 && d.toks[m.s-1].key == "of" && relativeOfNouns[d.toks[m.s-2].key] && !d.toks[m.s-2].cap {
		return true
	}
	return false
}
