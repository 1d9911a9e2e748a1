package extract

// A title may hold "and" between two of its capitalised words: "Minister
// of Justice and Law", "Deputy Secretary of State for Management and
// Resources". In a list of office holders that "and" joins the words of one
// title, not two actors: "A, B, and Deputy Secretary for Management and
// Resources C met with D" lists A, B and C; "hosted Minister of Defense
// X, and Minister of Justice and Law, Y" lists X and Y.

// titleWordAt reports whether token k is a capitalised word of a title
// that names no actor: a plain capitalised word, or a capitalised mention
// that resolved to no entity ("Law" in "Minister of Justice and Law").
func (d *doc) titleWordAt(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	if t.kind != tWord || !t.cap || relConj[t.key] || stopCaps[t.key] {
		return false
	}
	if m := d.mentionAt(k); m != nil {
		return m.ent == nil && d.capsOnly(m)
	}
	return true
}

// capsOnly reports whether every word of mention m is capitalised: a
// name-like phrase, not a date ("February 28").
func (d *doc) capsOnly(m *mention) bool {
	for k := m.s; k < m.e; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.cap {
			return false
		}
	}
	return true
}

// titleInnerAnd reports whether token j is an "and" inside a title: both
// of its neighbours are capitalised title words of one sentence that name
// no actor.
func (d *doc) titleInnerAnd(j int) bool {
	if j < 1 || j+1 >= len(d.toks) || d.toks[j].key != "and" {
		return false
	}
	sent := d.toks[j].sent
	return d.toks[j-1].sent == sent && d.toks[j+1].sent == sent && d.titleWordAt(j-1) && (d.titleWordAt(j+1) || d.titleOpenerAt(j+1))
}

// titleOpenerAt reports whether token k is a capitalised modifier that
// opens a second title of one holder, though it may open a sentence too:
// "Director of Public Engagement and Senior Advisor A".
func (d *doc) titleOpenerAt(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && t.cap && titleMods[t.key] && d.mentionAt(k) == nil
}
