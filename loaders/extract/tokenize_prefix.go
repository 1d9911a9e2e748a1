package extract

import "strings"

// boundPrefixes are Latin and Greek prefixes that are no words of their
// own: a capitalised word they open with a second capital is one word
// written without its hyphen ("InterAmerican", "AntiCrime"), not two
// glued words.
var boundPrefixes = set("inter", "intra", "anti", "trans", "multi", "counter", "supra", "extra", "ibero", "afro")

// boundPrefixAt reports whether w's first k bytes are a bound prefix.
func boundPrefixAt(w string, k int) bool {
	return k > 0 && k <= len(w) && boundPrefixes[strings.ToLower(w[:k])]
}
