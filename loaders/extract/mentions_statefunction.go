package extract

import "github.com/newsgraph/newsgraph/schema"

// stateFunctionWords maps the head of a body's name to the words that,
// written before it in the name, say the body does what only a state
// does: gathering intelligence or fighting smuggling and terrorism (a
// centre or group), policing trade, securities or competition (a
// commission). "Southwest Intelligence Group", "Ruritown Fusion Center",
// "Human Smuggling Center", "Ruritanian Trade Commission" are agencies; a
// "World Trade Center" or a "Wilson Center" is not read here.
var stateFunctionWords = map[string]map[string]bool{
	"center":     securityWorkWords,
	"centre":     securityWorkWords,
	"group":      securityWorkWords,
	"commission": set("securities", "trade", "competition"),
}

// securityWorkWords name the security work a state's centre or group
// does: intelligence, fusion, counterterrorism, fighting smuggling and
// trafficking.
var securityWorkWords = set("intelligence", "fusion", "counterterrorism", "smuggling", "trafficking")

// stateHeadModifiers map a body's head to the word that, right before
// it, makes the body a state's: a "Central Bank" ("the Central Bank of
// Ruritania", "the Ruritanian Central Bank"), not the "Central Ruritanian
// Bank for Integration".
var stateHeadModifiers = map[string]string{"bank": "central"}

// stateFunctionType makes the organisation named from s to its head at i
// an agency when a word of its name before the head names a state's
// function (stateFunctionWords), or the word right before the head makes
// it a state's (stateHeadModifiers).
func (d *doc) stateFunctionType(typ schema.EntityType, s, i int) schema.EntityType {
	if typ != schema.Organization {
		return typ
	}
	if m, ok := stateHeadModifiers[d.toks[i].key]; ok && i > s && d.toks[i-1].key == m {
		return schema.Agency
	}
	words := stateFunctionWords[d.toks[i].key]
	for k := s; k < i; k++ {
		if words[d.toks[k].key] {
			return schema.Agency
		}
	}
	return typ
}
