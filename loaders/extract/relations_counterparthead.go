package extract

// counterpartHeadBack is the "and" before the head of a counterpart
// apposition whose comma is at j ("A and his Mexican counterpart, B"),
// so that B is coordinated with A; -1 when none.
func (d *doc) counterpartHeadBack(j, sent int) int {
	if j < 3 || d.toks[j].key != "," || !counterpartNouns[d.toks[j-1].key] {
		return -1
	}
	for k := j - 2; k >= 1 && k >= j-5 && d.toks[k].sent == sent; k-- {
		switch key := d.toks[k].key; {
		case key == "his" || key == "her" || key == "their":
			if d.toks[k-1].key == "and" {
				return k - 1
			}
			return -1
		case d.toks[k].kind != tWord:
			return -1
		}
	}
	return -1
}
