// A bare "the Senate" in a text that names a member of the US Congress is
// the US Senate, however much the text talks about another country: "Sen.
// X (R-Ore.) visited Bogotá … she will raise it in the Senate". (A bare
// "Congress" is left to bareBodyCountry: there the data gave no clean
// signal.)

package extract

// legislatorAbbrevs are the abbreviated titles of members of the US
// Congress, US usage wherever they stand ("Sen. X", "Reps. X and Y").
var legislatorAbbrevs = set("sen.", "sens.", "rep.", "reps.")

// homeChamber reports whether the bare "Senate" surf, the gazetteer's
// chamber of home, is home's own: home is the United States and the text
// names a member of its Congress by an abbreviated title or a
// party-and-state tag ("Sen. X", "X (R-Fla.)").
func (d *doc) homeChamber(surf, home string) bool {
	if home != "United States" || fold(surf) != "senate" {
		return false
	}
	return d.namesUSLegislator()
}

// namesUSLegislator reports whether the text names a member of the US
// Congress: an abbreviated title before a capitalised word, or a US
// party-and-state tag after one. Read once per text.
func (d *doc) namesUSLegislator() bool {
	if d.usLegislator == 0 {
		d.usLegislator = 1
		for k, t := range d.toks {
			if t.cap && legislatorAbbrevs[t.key] && k+1 < len(d.toks) && d.toks[k+1].cap && d.toks[k+1].kind == tWord ||
				k > 0 && d.toks[k-1].cap && d.toks[k-1].kind == tWord && d.partyTag(k) {
				d.usLegislator = 2
				break
			}
		}
	}
	return d.usLegislator == 2
}
