package extract

import "strings"

// agreementFamily reports whether an agreement's name, ending in the plural
// "Agreements" ("the Safe Third Country Agreements"), names a family of
// separate agreements, each between its own pair of states: the
// governments named around it are not the parties of one agreement, and
// only parties the text states are kept. ("Accords", as in "the Velden
// Accords", is the name of one instrument.)
func agreementFamily(name string) bool {
	return strings.HasSuffix(fold(name), " agreements")
}
