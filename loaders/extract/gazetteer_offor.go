package extract

import "strings"

// ofForHeads open agencies' names that are written with "of" or "for"
// alike: "Bureau of X" is also "Bureau for X", "Office of Y" "Office
// for Y".
var ofForHeads = set("bureau", "office")

// ofForVariant is an agency's name "Bureau of X" or "Office of X" written
// with "for" instead ("Bureau for X"), or "" for any other name.
func ofForVariant(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 || !ofForHeads[strings.ToLower(w[0])] || w[1] != "of" {
		return ""
	}
	return w[0] + " for " + strings.Join(w[2:], " ")
}
