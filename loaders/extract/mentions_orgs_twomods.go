// Organisations introduced by a described noun with two modifiers: "the
// independent press agency X", "the private energy company X".

package extract

// pressAgencyNoun reports whether "agency" at token i is a news outlet's
// ("press agency", "news agency"): a government agency is never named
// this way, so only the press's is read as an organisation noun.
func (d *doc) pressAgencyNoun(i int) bool {
	if i < 1 || d.toks[i].key != "agency" || d.toks[i].cap {
		return false
	}
	p := d.toks[i-1].key
	return (p == "press" || p == "news") && !d.toks[i-1].cap
}

// twoModifiersBefore reports whether the organisation noun at token i
// follows an article and two lower-case plain words that are no mention
// and no criminal descriptor: "the independent press agency", "a
// state-owned oil company". A trafficking or criminal organisation is a
// group's description, read elsewhere.
func (d *doc) twoModifiersBefore(i int) bool {
	if i < 3 {
		return false
	}
	switch d.toks[i-3].key {
	case "the", "a", "an":
	default:
		return false
	}
	for k := i - 2; k < i; k++ {
		t := d.toks[k]
		if t.cap || t.kind != tWord || d.at[k] != 0 || criminalModifiers[t.key] || orgNouns[t.key] || t.key == "same" || t.key == "other" {
			return false
		}
	}
	return true
}

// criminalModifiers describe a criminal group's organisation ("drug
// trafficking organization"), never a named outlet or firm.
var criminalModifiers = set("trafficking", "criminal", "drug", "smuggling", "terrorist", "armed")

// describesNounAhead reports whether the plain lower-case word at token k
// modifies an organisation noun one or two words on: "independent" in
// "of the independent press agency X", "private" in "of the private
// energy company X".
func (d *doc) describesNounAhead(k int) bool {
	t := d.toks[k]
	if t.cap || t.kind != tWord || criminalModifiers[t.key] || d.at[k] != 0 {
		return false
	}
	for j := k + 1; j <= k+2 && j < len(d.toks); j++ {
		if orgNouns[d.toks[j].key] && !d.toks[j].cap || d.pressAgencyNoun(j) {
			return true
		}
		if d.toks[j].cap || d.toks[j].kind != tWord || d.at[j] != 0 {
			return false
		}
	}
	return false
}
