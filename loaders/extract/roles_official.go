package extract

import "strings"

// anyOfficial reports whether a title is only "official" with modifiers
// ("U.S. official", "a senior official"): it says someone works for a
// body, not which post the person holds there.
func anyOfficial(title string) bool {
	w := strings.Fields(fold(title))
	return len(w) > 0 && (w[len(w)-1] == "official" || w[len(w)-1] == "officials")
}
