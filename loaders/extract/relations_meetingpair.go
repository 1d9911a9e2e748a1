package extract

// pairSubjects open a sentence whose subject is the two who met, named
// again as a pair: "The two committed to …", "The leaders agreed …",
// "They pledged …", "Both sides …".
var pairSubjects = [][]string{{"the", "two"}, {"both"}, {"the", "leaders"}, {"they"}, {"the", "officials"}, {"the", "ministers"}}

// pairSentenceAfter finds, among the few sentences after a meeting read
// at token at (in its paragraph or the next), one whose subject is the
// pair who met and which speaks of cooperation or partnership: "X met Y
// … The two committed to closer cooperation", "… met with Y.
// The leaders agreed to work together". It returns the token of that
// word, or -1.
func (d *doc) pairSentenceAfter(at int) int {
	sent, para, paras := d.toks[at].sent, d.toks[at].para, 0
	_, last := d.sentenceSpan(at)
	for k := last + 1; k < len(d.toks) && d.toks[k].sent <= sent+4; {
		if d.toks[k].para != para {
			if paras++; paras > 1 {
				break // the meeting's paragraph and the next only
			}
			para = d.toks[k].para
		}
		a, b := d.sentenceSpan(k)
		if d.phraseAt(a, pairSubjects) > 0 {
			for j := a; j <= b; j++ {
				if partnershipWords[d.toks[j].key] && !d.inQuote[j] && !d.discussedGerund(j) {
					return j
				}
			}
		}
		k = b + 1
	}
	return -1
}
