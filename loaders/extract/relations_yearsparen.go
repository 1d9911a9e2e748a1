// A span of years in parentheses after a name ("former President X
// (2004-09) was arrested") dates the person's term; it stands between the
// subject and its verb and names no actor.

package extract

// yearsParenOpen is the index of the "(" that opens a parenthesis closed
// at k holding only numbers and dashes ("(2004-09)", "(1982 - 1983)"), in
// sentence sent; else -1.
func (d *doc) yearsParenOpen(k, sent int) int {
	if d.toks[k].key != ")" {
		return -1
	}
	digits := false
	for j := k - 1; j >= 0 && j >= k-6 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		switch {
		case t.key == "(":
			if digits {
				return j
			}
			return -1
		case t.key == "-":
		case t.kind == tWord && allDigits(t.key):
			digits = true
		default:
			return -1
		}
	}
	return -1
}
