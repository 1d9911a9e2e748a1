package extract

import "strings"

// possessiveMark reports whether token k marks its preceding name as a
// possessor before a noun cue: the "'s" of "Peru's support", or the bare
// apostrophe English writes after a name ending in s ("the United
// States’ partnership with X", "Honduras’ cooperation with Y"). The bare
// apostrophe counts only glued to a name that ends in s and followed,
// after a space, by a lower-case word, so a closing single quote
// ("the 'Los Lobos' gang") is not read as one.
func (d *doc) possessiveMark(k int) bool {
	if k < 1 || k+1 >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	if t.key == "'s" {
		return true
	}
	if t.key != "'" || t.space {
		return false
	}
	prev, next := d.toks[k-1], d.toks[k+1]
	if prev.kind != tWord || !prev.cap || !strings.HasSuffix(prev.key, "s") || d.mentionAt(k-1) == nil {
		return false
	}
	return next.kind == tWord && next.space && !next.cap && next.sent == t.sent
}

// namedPossessor reports whether the noun at token v is owned by a name
// written before it, over up to three lower-case modifiers: "Chile's
// close partnership", "the United States’ strategic partnership". Such a
// noun names its own party, so a quotation holding it needs no speaker's
// body to say who cooperates.
func (d *doc) namedPossessor(v int) bool {
	sent := d.toks[v].sent
	k := v - 1
	for n := 0; n < 3 && k > 0 && d.toks[k].sent == sent && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil &&
		!trueDeterminers[d.toks[k].key] && !possessorStops[d.toks[k].key]; n++ {
		k--
	}
	if k < 1 || d.toks[k].sent != sent || !d.possessiveMark(k) {
		return false
	}
	m := d.mentionAt(k - 1)
	return m != nil && m.ent != nil && d.inQuote[k-1] == d.inQuote[v]
}

// unnamedOwner reports whether the "its" at token k, in the object of a
// verb ("the regime has increased its cooperation with X"), belongs to
// that verb's subject and the subject is a common noun phrase opened by
// a determiner: no name owns the noun, so an actor named earlier in the
// sentence ("… its war in Ukraine, the regime has increased its …") is
// not its owner.
func (d *doc) unnamedOwner(k int) bool {
	v := k - 1
	if v < 1 || d.toks[v].kind != tWord || d.toks[v].cap || d.mentionAt(v) != nil || possessorStops[d.toks[v].key] ||
		relCues[d.toks[v].key] == nil && !strings.HasSuffix(d.toks[v].key, "ed") {
		return false
	}
	s := d.verbGroup(v).start - 1
	sent := d.toks[k].sent
	if s < 1 || d.toks[s].sent != sent || d.toks[s].kind != tWord || d.toks[s].cap || d.mentionAt(s) != nil {
		return false
	}
	for j := s - 1; j >= 0 && j >= s-4 && d.toks[j].sent == sent; j-- {
		if key := d.toks[j].key; key == "the" || key == "this" || key == "that" {
			return true
		}
		if t := d.toks[j]; t.kind != tWord && t.key != "-" {
			return false
		}
	}
	return false
}
