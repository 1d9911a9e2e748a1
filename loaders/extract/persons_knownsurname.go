package extract

import "github.com/newsgraph/newsgraph/schema"

// knownSurnameRuns reads the name runs persons left unsure (runs) whose
// last words are the whole name of a person the text names elsewhere by
// surname alone: "Baudilio Vivero-Cardenas" where "Vivero-Cardenas was
// sentenced" made a person of the compound surname. The run is that
// person's full name; mergePeople then folds the surname into it. The
// given names before the surname are one or two capitalised words the
// gazetteer and the lexicon do not know as anything else.
func (d *doc) knownSurnameRuns(runs []nameRun) {
	for _, r := range runs {
		if r.e-r.s < 2 || !d.free(r.s, r.e) {
			continue
		}
		keys := d.nameKeys(r.s, r.e)
		var short *entity // the longest person whose name ends the run
		for _, e := range d.entList {
			if e.typ == schema.Person && len(e.toks) > 0 && len(e.toks) < len(keys) && suffix(keys, e.toks) &&
				(short == nil || len(e.toks) > len(short.toks)) {
				short = e
			}
		}
		if short == nil || fold(short.name) != fold(d.surface(r.e-len(short.toks), r.e)) || d.g.given[short.toks[0]] != 0 {
			continue // a person named in full elsewhere, not by surname alone: "Dictator Ana Ruiz"
		}
		if !d.givenWords(r.s, r.e-len(short.toks)) {
			continue
		}
		name := d.surface(r.s, r.e)
		ent := d.entity(schema.Person, name, r.s)
		ent.alias(name)
		ent.toks = keys
		d.take(&mention{s: r.s, e: r.e, ent: ent, typ: schema.Person, rule: "entity/person:known-surname"})
	}
}

// givenWords reports whether the words [s, e) are one or two capitalised
// words that could be given names: no title, no word the text writes in
// lower case elsewhere ("Defendants", "Holding"), no word of a body's or
// a place's name the gazetteer knows; an unknown word opening its
// sentence may be any word and is not taken.
func (d *doc) givenWords(s, e int) bool {
	if e-s < 1 || e-s > 2 {
		return false
	}
	d.bodyWords()
	if first := d.toks[s]; d.g.given[first.key] == 0 && (s == 0 || first.brk || d.toks[s-1].sent != first.sent) {
		return false
	}
	if p := d.toks[max(s-1, 0)]; s > 0 && p.kind == tWord && p.cap && p.sent == d.toks[s].sent {
		return false // "Cuban Dictator Ana Ruiz": the run began inside a longer capitalised phrase
	}
	for k := s; k < e; k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.cap || t.upper && t.letters > 1 || titleHeads[t.key] || titleMods[t.key] || stopCaps[t.key] || d.bodyLower[t.key] {
			return false
		}
		if _, gn := d.g.lookup(d.toks, k); gn != 0 && d.g.given[t.key] == 0 {
			return false
		}
	}
	return true
}

// bodyWords fills, once, the words the body writes capitalised inside a
// sentence (bodyCaps) and in lower case (bodyLower), title-case lines left
// out.
func (d *doc) bodyWords() {
	if d.bodyCaps != nil {
		return
	}
	d.bodyCaps, d.bodyLower = map[string]bool{}, map[string]bool{}
	for k := 1; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.kind != tWord || d.titlecase[t.para] {
			continue
		}
		if !t.cap {
			d.bodyLower[t.key] = true
		} else if d.toks[k-1].sent == t.sent && !t.brk {
			d.bodyCaps[t.key] = true
		}
	}
}
