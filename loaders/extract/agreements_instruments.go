// Open instruments: a charter or a pledge named with capitals is an
// agreement that any number of states adhere to.

package extract

import "strings"

// openInstrumentHeads end the name of an instrument states adhere to one
// by one ("the Regional Democratic Charter", "the Clean Seas Pledge"),
// not one concluded between the states an article names.
var openInstrumentHeads = lexWords.set("openInstrumentHeads")

// openInstrument reports whether an agreement's name ends in an open
// instrument's head: the governments named around it are not thereby its
// parties, and only the parties the text states are kept ("Peru and
// Chile signed the X Pledge"). A "Universal" instrument ("the Universal
// Declaration of …") is open to every state by its name.
func openInstrument(name string) bool {
	w := strings.Fields(fold(name))
	return len(w) > 1 && (openInstrumentHeads[w[len(w)-1]] || w[0] == "universal")
}

// bodyCharter reports whether the capitalised "Charter" at token i is a
// known body's founding document, its name nothing but the body's ("the
// UN Charter", "the OAS Charter"): the body's constitution, cited for a
// provision, not an agreement the article's states take part in.
func (d *doc) bodyCharter(i int) bool {
	if d.toks[i].key != "charter" || i == 0 {
		return false
	}
	s := d.orgNameStart(i)
	if s == i {
		return false
	}
	for k := s; k < i; k++ {
		if !d.gazCover[k] {
			return false
		}
	}
	return true
}

// repeatedAgreementHead reports whether the "and" at token k stands
// between two agreements' names ending in the same capitalised head: "the
// Clean Seas Pledge and Clean Seas Pledge Fund", "the Reef Initiative and
// Coast Initiative". The head before "and" closes a name of its own.
func (d *doc) repeatedAgreementHead(k int) bool {
	prev := d.toks[k-1]
	if !prev.cap || !agreementHeads[prev.key] {
		return false
	}
	sent := d.toks[k].sent
	for j := k + 1; j < len(d.toks) && j <= k+6 && d.toks[j].sent == sent && d.capWord(j); j++ {
		if d.toks[j].key == prev.key {
			return true
		}
	}
	return false
}

// agreementAct reports whether pred is an act on an agreement (signing,
// ratifying, leaving it), whose patient is a text, not a group that a
// list after "including" names.
func agreementAct(pred string) bool {
	return pred == "signed" || pred == "ratified" || pred == "withdrewFrom"
}
