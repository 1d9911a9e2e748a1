package extract

// demonymSurnameNext are the words after which a demonym that follows a
// given name ends that person's name rather than qualifying a noun:
// "Mark Irish of the Fraud Section", "Dana French and …".
var demonymSurnameNext = map[string]bool{
	"of": true, "and": true, "or": true, "who": true, "said": true, "says": true,
	"is": true, "was": true, "has": true, "had": true, "will": true,
}

// surnameDemonym reports whether the demonym at i, one word long, is a
// person's surname: it follows a capitalised given name in the same
// sentence that is not itself after another capitalised word or at the
// sentence's start, and it is followed by punctuation, the end of the
// text or a function word, not by a noun it would qualify ("Trial
// Attorney Mark Irish and …" but not "Will Mexican officials …").
func (d *doc) surnameDemonym(i int, best *phrase) bool {
	if best.kind != kDemonym || i < 2 || d.toks[i].brk {
		return false
	}
	g := d.toks[i-1]
	if !g.cap || g.kind != tWord || d.g.given[g.key] == 0 || g.sent != d.toks[i].sent || g.brk {
		return false
	}
	if d.toks[i-2].sent != g.sent {
		return false // a given name opening the sentence may be a verb or a word: "Will French troops …"
	}
	if i+1 >= len(d.toks) || d.toks[i+1].brk {
		return true
	}
	n := d.toks[i+1]
	return n.kind == tPunct && n.key != "-" || n.kind == tWord && !n.cap && demonymSurnameNext[n.key]
}
