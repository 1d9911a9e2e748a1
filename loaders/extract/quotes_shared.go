package extract

// A quotation inside the writer's sentence whose reporting clause comes
// later in that sentence, after other words: "The navy carried out a
// “bold and daring raid” that Minister X called “a model for the
// region.”", "The country has a “strong and lasting bond” with its
// neighbours, X said, but …", "It is “a regional issue” that affects
// the whole coast, the minister pointed out." The quotation has no frame
// of its own; the subject of the first verb of speech after it in its
// sentence said it.

// laterSpeaker returns the speaker of quotation qi when it has no frame of
// its own: the subject of the first verb of speech after it in its
// sentence, named right before that verb (a person, an institution, "he"
// or "she", or "the" and a role noun) after a comma or "that", with no
// other quotation in between. It is nil when a verb of speech stands before
// qi in its sentence (someone else's words: "Critics called it “…”, but X
// called it “…”"), or when the first verb of speech after it has no such
// subject ("…” that an officer said …").
func (d *doc) laterSpeaker(qi int) *entity {
	q := d.quotes[qi]
	if q.close < 0 {
		return nil
	}
	sent := d.toks[q.open].sent
	for k := q.open - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if d.speechVerbAt(k) || d.toks[k].kind == tQuote {
			return nil
		}
	}
	for k := q.close + 1; k < len(d.toks) && d.toks[k].sent == sent && !d.toks[k].brk; k++ {
		if d.toks[k].kind == tQuote {
			return nil
		}
		if d.speechVerbAt(k) {
			return d.clauseSubject(q.close+1, k)
		}
	}
	return nil
}

// clauseSubject is the speaker named right before the verb of speech at v
// (after token s), opening a clause of its own: after a comma or "that"
// (", X said", "that the minister called"). nil when there is none.
func (d *doc) clauseSubject(s, v int) *entity {
	j := v
	for j > s && speakerAdverbs[d.toks[j-1].key] {
		j--
	}
	if j <= s {
		return nil
	}
	var sp *entity
	start := j - 1
	if m := d.mentionAt(j - 1); m != nil && m.e == j && m.ent != nil && speakerType(m.ent.typ) && !m.quoted {
		sp, start = m.ent, m.s
	} else if g, ok := pronounGender[d.toks[j-1].key]; ok && (g == 'm' || g == 'f') {
		sp = d.resolvePronoun(j-1, g)
	} else if roleNouns[d.toks[j-1].key] && j-2 > s && d.toks[j-2].key == "the" {
		sp, start = d.resolveRoleNoun(j-1), j-2
	}
	if sp == nil || start <= s {
		return nil
	}
	for n := 0; n < 4 && start-1 > s && (d.isTitleTok(start-1) || titleHeads[d.toks[start-1].key] || titleMods[d.toks[start-1].key]); n++ {
		start-- // "that Minister X called", ", Deputy Minister X said"
	}
	if k := start - 1; k > s && d.toks[k].key == "the" {
		start = k // ", the ministry said"
	}
	switch d.toks[start-1].key {
	case ",", "that", "which":
		return sp
	}
	return nil
}

// nextParaQuote reports whether quotation q opens the paragraph right
// after the one where quotation p runs to its end: nothing but a line
// break, or a blank line, between them ("“… border.\n\n“We must …”").
func (d *doc) nextParaQuote(p, q quoteSpan) bool {
	return q.para > p.para && d.toks[q.open].brk && q.open == p.last+1
}
