package extract

import "strings"

// A participle right after an unnamed plural noun phrase qualifies that
// phrase: in "… and comes as Ecuadorian criminal organizations backed by
// the X cartel continue to drive violence" the cartel backs the
// organizations, which the text does not name, not a group named earlier
// in the sentence. Only an indefinite plural counts ("criminal
// organizations", "local gangs"); "the gangs backed by X" may refer back
// to gangs named before, and "X, a gang backed by Y" describes X.

// unnamedPluralHead reports whether the words ending before token start
// are an indefinite plural noun phrase naming no one: a plural common
// noun after one or two modifiers (adjectives or a demonym) that follow
// no determiner.
func (d *doc) unnamedPluralHead(start, sent int) bool {
	h := start - 1
	if h < 1 || d.toks[h].sent != sent {
		return false
	}
	t := d.toks[h]
	if t.kind != tWord || t.cap || d.mentionAt(h) != nil || !strings.HasSuffix(t.key, "s") || strings.HasSuffix(t.key, "ss") ||
		relAux[t.key] || relConj[t.key] {
		return false
	}
	mods, j := 0, h-1
	for ; j >= 0 && mods < 2 && d.toks[j].sent == sent; j-- {
		tj := d.toks[j]
		if determiners[tj.key] || anaphorDets[tj.key] || tj.key == "," || tj.kind != tWord {
			return false
		}
		m := d.mentionAt(j)
		if m != nil && m.ent != nil && m.country == "" {
			return false // "X cartel members": a named group's people
		}
		if m == nil && (relCues[tj.key] != nil || relAux[tj.key] || relConj[tj.key] || tj.cap) {
			break
		}
		mods++
		if m != nil {
			j = m.s
		}
	}
	if mods == 0 || j >= 0 && d.toks[j].sent == sent && (determiners[d.toks[j].key] || anaphorDets[d.toks[j].key]) {
		return false
	}
	return true
}
