// Bodies named for a public service only a state runs: a council,
// institute, fund, board or system of social security, of the judiciary,
// of agriculture, sport or transparency ("the Social Security Institute",
// "the Superior Council of the Judiciary", "the Ruritanian Sports
// Council") is a state's agency even when no state's name or "National"
// opens its name; and so are the "State Council" and the "Privy Council".

package extract

import "github.com/newsgraph/newsgraph/schema"

// publicServiceHeads end the name of a state's service body that would
// otherwise be read as an organisation.
var publicServiceHeads = lexWords.set("publicServiceHeads")

// publicServiceWords, anywhere in such a body's name, name a service only
// a state runs; "social" counts before "security".
var publicServiceWords = lexWords.set("publicServiceWords")

// stateCouncilMods, right before "Council", name a state's own council.
var stateCouncilMods = lexWords.set("stateCouncilMods")

// publicServiceType makes the organisation named from s to e, whose head
// is at token i, an agency when its name holds a public service's word
// and no international word.
func (d *doc) publicServiceType(typ schema.EntityType, s, i, e int) schema.EntityType {
	if typ != schema.Organization || !publicServiceHeads[d.toks[i].key] || s >= i && e <= i+1 {
		return typ
	}
	for k := s; k < i; k++ {
		if internationalBodyMods[d.toks[k].key] {
			return typ // "Inter-American Institute for Cooperation on Agriculture": several states'
		}
	}
	if i == s+1 && d.toks[i].key == "council" && stateCouncilMods[d.toks[s].key] {
		return schema.Agency // "the State Council", "the Privy Council"
	}
	for k := s; k < e; k++ {
		key := d.toks[k].key
		if publicServiceWords[key] || key == "social" && k+1 < e && d.toks[k+1].key == "security" {
			return schema.Agency
		}
	}
	return typ
}

// serviceBoard reports whether the capitalised "Board" at token i closes
// the name of a state's service board: a public service's words right
// before it ("the Social Security Board", "the Ruritanian Sports Board").
// "Board" is no head word otherwise: a board of directors, a surname.
func (d *doc) serviceBoard(i int) bool {
	if d.toks[i].key != "board" || !d.toks[i].cap || i == 0 || !d.capWord(i-1) || d.toks[i].brk {
		return false
	}
	p := d.toks[i-1].key
	return publicServiceWords[p] || p == "security" && i >= 2 && d.toks[i-2].key == "social" && d.toks[i-2].cap
}
