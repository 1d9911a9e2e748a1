// A page's header may name its speaker on a labelled line of its own under
// the headline: "President: Ana Ruiz", "Secretary of State: Ana Ruiz". The
// label is a title; what fills the rest of the line is the person's name,
// whose given name need not be one the gazetteer knows.

package extract

// labelLineParas is how far down a page a labelled header line may stand.
const labelLineParas = 4

// labelLineName reports whether the name run [s, e) fills one of a page's
// first lines after a title and a colon: "President: Ana Ruiz".
func (d *doc) labelLineName(s, e int) bool {
	return d.labelLineStart(s, e) >= 0
}

// labelLineStart returns the first token of the title label before the
// name run [s, e) on a labelled header line, or -1.
func (d *doc) labelLineStart(s, e int) int {
	if s < 2 || d.toks[s-1].key != ":" || d.toks[s].para > labelLineParas || d.toks[s].brk {
		return -1
	}
	if e < len(d.toks) && d.toks[e].para == d.toks[s].para && !d.toks[e].brk {
		return -1 // "President: Ana Ruiz said …": a sentence, not a header line
	}
	l := s - 2
	if !titleHeads[d.toks[l].key] || !d.toks[l].cap || d.toks[l].upper {
		return -1 // "THE PRESIDENT:" is a turn label; "Contact: Ana Ruiz" no title
	}
	for l > 0 && !d.toks[l].brk && s-2-l < 5 {
		t := d.toks[l-1]
		if t.kind != tWord || !t.cap && !titleLineWords[t.key] {
			return -1
		}
		l--
	}
	if !d.toks[l].brk {
		return -1
	}
	return l
}
