package extract

// ministerTitle reports whether a title's head is a minister's ("Vice
// Minister of Security", "Interior Minister"): the United States has no
// ministers, so a US government guessed for such a title is wrong. A
// diplomat's rank ("Minister-Counselor for Political Affairs") is not one.
func (d *doc) ministerTitle(title []int) bool {
	minister := false
	for _, k := range title {
		switch d.toks[k].key {
		case "minister", "vice-minister", "viceminister", "ministers":
			minister = true
		case "counselor", "counsellor", "minister-counselor", "minister-counsellor":
			return false
		}
	}
	return minister
}
