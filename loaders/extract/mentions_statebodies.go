// State bodies named by a head word that a state uses more often than a
// private body ("Commission", "Authority", "Tribunal"): the name makes an
// agency unless an international word opens it.

package extract

import "strings"

// stateBodyHeads end the name of a body a state sets up more often than a
// private one: "the National Housing Commission", "the Ports Authority".
var stateBodyHeads = lexWords.set("stateBodyHeads")

// internationalBodyMods open the name of a body of several states or of a
// church: "the Inter-American Commission on …", "the UN Commission on …".
var internationalBodyMods = lexWords.set("internationalBodyMods")

// nonStateBodyMods in lower case before a body's name say the state does
// not run it: "the private X Council", "the quasi-governmental X Council".
var nonStateBodyMods = lexWords.set("nonStateBodyMods")

// stateBodyHead reports whether token i heads a state body's name: a
// stateBodyHeads word whose capitalised words before it, in its sentence,
// hold no international word ("the Binational Commission" is no agency).
func (d *doc) stateBodyHead(i int) bool {
	if !stateBodyHeads[d.toks[i].key] || (d.toks[i].key == "authority" || d.toks[i].key == "council") && (i == 0 || !d.capWord(i-1) || d.toks[i-1].sent != d.toks[i].sent) {
		return false // "Authority of the …" opening a sentence: the power, no body
	}
	if d.toks[i].key == "authority" && d.headingName(i) {
		return false // "Section 2. Emergency Authority.": a law's heading names a power
	}
	for k := i - 1; k >= 0 && k >= i-8 && d.toks[k].sent == d.toks[i].sent; k-- {
		t := d.toks[k]
		if internationalBodyMods[t.key] || t.key == "'" {
			return false
		}
		if t.kind == tWord && !t.cap && t.key != "and" && t.key != "of" && t.key != "for" && t.key != "on" && t.key != "the" {
			quasi := k >= 2 && d.toks[k-1].key == "-" && d.toks[k-2].key == "quasi"
			return !nonStateBodyMods[t.key] && !quasi // "the quasi-governmental National Water Council": no state's agency
		}
		if t.kind != tWord && t.key != "-" && t.key != "." {
			break
		}
	}
	return true
}

// overseerName reports whether a body's name ends in a stateBodyHeads word:
// "the Police Standards Commission" oversees the police and is not the force
// a bare "commissioner of police" belongs to.
func overseerName(name string) bool {
	f := strings.Fields(fold(name))
	return len(f) > 1 && stateBodyHeads[f[len(f)-1]]
}

// headingName reports whether the capitalised words ending at token i make
// a sentence of their own: "Section 2. Emergency Authority."
func (d *doc) headingName(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].key != "." {
		return false
	}
	k := i
	for k > 0 && d.toks[k-1].sent == d.toks[i].sent && d.capWord(k-1) {
		k--
	}
	return k == 0 || d.toks[k-1].sent != d.toks[i].sent
}
