// "Members of Congress", "a Member of the Congress", "this Congress": a
// bare "Congress" counted by its members with a capital M, or pointed at
// with "this", is the chamber the speaker sits in or addresses, home's,
// however much the sentence around it talks about another country ("the
// Bahamian authorities … Several other Members of Congress got involved").

package extract

// memberWords name a seat in a chamber when capitalised before "of".
var memberWords = set("member", "members")

// homeMembersOf reports whether the bare chamber name at token i (surf,
// home's by the gazetteer) is written "Member(s) of (the) X" or "this X".
func (d *doc) homeMembersOf(i int, surf, home string) bool {
	if home != "United States" || fold(surf) != "congress" || i == 0 {
		return false
	}
	k := i - 1
	if d.toks[k].key == "this" {
		return true
	}
	if d.toks[k].key == "the" && k > 0 {
		k--
	}
	return d.toks[k].key == "of" && k > 0 && d.toks[k-1].cap && memberWords[d.toks[k-1].key]
}
