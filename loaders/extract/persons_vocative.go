package extract

// vocative reports whether the one-word run [s, e) is a known given name
// by which a transcript's speaker addresses someone: set off by a comma or
// a full stop at the start of a turn or a sentence, or between commas
// ("Q Ana, on Peru …", "MODERATOR: Sure. Ana.", "as you know, Ana, is").
func (d *doc) vocative(s, e int) bool {
	if e-s != 1 || d.g.given[d.toks[s].key] == 0 || e >= len(d.toks) || !d.transcript() {
		return false
	}
	switch d.toks[e].key {
	case ",", ".", "?":
	default:
		return false
	}
	if d.opensName(d.toks[s].key) {
		return false // "BRIEFING BY ANA RUIZ … Q Ana, …": the first name of someone named in full
	}
	if s == 0 || d.toks[s].brk || d.toks[s-1].sent != d.toks[s].sent {
		return true
	}
	p := d.toks[s-1]
	if p.key == "," && d.toks[e].key == "," {
		return s < 2 || !d.capWord(s-2) // not "Secretary Ruiz, Ana, who …": a list of guests
	}
	return questionLabels[p.key] && (p.brk || s >= 2 && d.toks[s-2].key == ":")
}

// transcript reports whether two or more paragraphs open with a speaker's
// label ("MR. RUIZ:", "Q:") or a bare "Q"; read once per text.
func (d *doc) transcript() bool {
	if d.isTranscript == 0 {
		d.isTranscript = 1
		if d.countLabelledParas() {
			d.isTranscript = 2
		}
	}
	return d.isTranscript == 2
}

// countLabelledParas reports whether two or more paragraphs open with a
// speaker's label or a bare "Q" (transcript).
func (d *doc) countLabelledParas() bool {
	n := 0
	for i := 0; i < len(d.toks) && n < 2; i++ {
		if i > 0 && d.toks[i].para == d.toks[i-1].para {
			continue
		}
		if d.paraLabel(i) >= 0 || d.toks[i].key == "q" && d.toks[i].upper {
			n++
		}
	}
	return n >= 2
}

// opensName reports whether a capitalised word follows the word key on its
// line somewhere in the text, as a surname follows a given name; the keys
// are gathered once per text.
func (d *doc) opensName(key string) bool {
	if d.namesOpened == nil {
		d.namesOpened = map[string]bool{}
		for k := 0; k+1 < len(d.toks); k++ {
			if d.capWord(k+1) && !d.toks[k+1].brk {
				d.namesOpened[d.toks[k].key] = true
			}
		}
	}
	return d.namesOpened[key]
}
