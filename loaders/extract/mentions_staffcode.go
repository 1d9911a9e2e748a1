package extract

import "unicode"

// staffCodeStart is the start of a military staff code with a slash
// ending at token p ("J7/9", "J2/J3"), which opens the name of the staff
// directorate after it: "the J7/9 Exercises and Coalition Directorate".
// It returns -1 when no such code ends at p.
func (d *doc) staffCodeStart(p int) int {
	if p < 2 || d.toks[p].space || d.toks[p-1].key != "/" || d.toks[p-1].space || d.toks[p].brk || d.toks[p-1].brk {
		return -1
	}
	if !staffCodePart(d.toks[p].key, true) || !staffCodePart(d.toks[p-2].key, false) || !d.toks[p-2].upper {
		return -1
	}
	return p - 2
}

// staffCodePart reports whether key is a piece of a staff code: a letter
// and digits ("j7"), or after the slash digits alone ("9").
func staffCodePart(key string, bareDigits bool) bool {
	if key == "" || len(key) > 4 {
		return false
	}
	digits, letters := 0, 0
	for i, r := range key {
		switch {
		case unicode.IsDigit(r):
			digits++
		case i == 0 && unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	return digits > 0 && (letters == 1 || bareDigits && letters == 0)
}
