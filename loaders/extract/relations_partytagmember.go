package extract

// partyTagged reports whether a US party tag in parentheses ends right
// before the comma at k ("Sen. X (D-Ohio), a member of …") and the title
// noun at i is no ranking member's ("(R-Idaho), ranking member of"): the
// apposition after the tag describes the legislator named before it.
func (d *doc) partyTagged(k, i int) bool {
	if i >= 1 && d.toks[i-1].key == "ranking" {
		return false
	}
	return d.beforePartyTag(k) != k-1
}
