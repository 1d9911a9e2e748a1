// The office of a local or national prosecutor named for its holder's
// title after a place: "State Attorney X" at the "Anne Arundel State's
// Attorney Office", "Commonwealth Attorney X" at the "Richmond
// Commonwealth Attorney's Office", "Attorney General X" at the "Colombian
// Attorney General's Office".

package extract

import (
	"slices"
	"strings"
)

// placeTitledOffice reports whether office name n (folded, no leading
// "the") is a place's office named for title t (folded): the name ends
// with the title and "office", possessives aside ("state's attorney's
// office" for "state attorney"). The title has two words or more: a bare
// "attorney" is a lawyer's trade, not the office's head.
func placeTitledOffice(t, n string) bool {
	tw := strings.Fields(unpossessive(t))
	nw := strings.Fields(unpossessive(n))
	if len(tw) < 2 || len(nw) < len(tw)+2 || nw[len(nw)-1] != "office" {
		return false // a place before the title: "richmond commonwealth attorney office"
	}
	return slices.Equal(nw[len(nw)-1-len(tw):len(nw)-1], tw)
}

// unpossessive drops the possessive "'s" from the words of folded s.
func unpossessive(s string) string {
	return strings.ReplaceAll(s, "'s ", " ")
}
