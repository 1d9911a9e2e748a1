package extract

import "strings"

// kinCounts may stand between a possessive and a plural relative noun:
// "her two sons", "his three brothers", "their other daughters".
var kinCounts = set("two", "three", "four", "five", "six", "other", "older", "younger", "eldest", "oldest")

// kinListBefore reports whether a possessive and a plural relative noun,
// set off by a comma, open a list that starts with the name at s: "her two
// sons, X and Y", "his brothers, X, Y and Z", "their siblings, X and Y",
// "her children, X and Y"; and the gender the noun
// gives. The list's later names join X by the rule for listed names.
func (d *doc) kinListBefore(s int) (byte, bool) {
	if s < 3 || d.toks[s-1].key != "," || d.toks[s-2].sent != d.toks[s].sent {
		return 0, false
	}
	noun := d.toks[s-2].key
	if noun == "children" {
		noun = "childs" // the one relative noun with an irregular plural
	}
	if !strings.HasSuffix(noun, "s") {
		return 0, false
	}
	g, ok := kinNouns[strings.TrimSuffix(noun, "s")]
	if !ok {
		return 0, false
	}
	k := s - 3
	for n := 0; n < 2 && k > 0 && kinCounts[d.toks[k].key]; n++ {
		k--
	}
	if p := d.toks[k].key; possGender[p] != 0 || p == "their" || p == "'s" || p == "his" || p == "her" {
		return g, true
	}
	return 0, false
}
