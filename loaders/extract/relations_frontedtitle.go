package extract

// mentionAfterTitle reports whether a mention starts at token i, or after
// at most three capitalised words of a title there ("Mr. X", "Vice
// President X", "Deputy Secretary of Defense X" is read up to its name):
// the subject of the clause after a fronted phrase ("After talks with A,
// Deputy Minister B said").
func (d *doc) mentionAfterTitle(i, sent int) bool {
	for j := i; j < len(d.toks) && j < i+4 && d.toks[j].sent == sent; j++ {
		if d.mentionAt(j) != nil {
			return true
		}
		if t := d.toks[j]; t.kind != tWord || !t.cap {
			return false
		}
	}
	return false
}
