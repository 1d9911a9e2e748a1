package extract

import "github.com/newsgraph/newsgraph/schema"

// headlineMeeter is the person a headline names before the phrase that
// opens its meeting noun at n, "X at Top of Working Lunch with Y", "X
// Before Meeting with Y" (a page's remarks at or around a meeting), with
// the persons coordinated with X; nil elsewhere.
func (d *doc) headlineMeeter(n, sent int, pred string) []*entity {
	if pred != "metWith" || d.toks[n].para != 0 {
		return nil
	}
	j := n - 1
	for j >= 0 && j >= n-5 && d.toks[j].sent == sent && !frontPhrasePreps[d.toks[j].key] {
		if t := d.toks[j]; t.kind != tWord || d.mentionAt(j) != nil || !t.cap && !titleLineWords[t.key] && !determiners[t.key] {
			return nil // "Top of Working", "the", "a": no more than the phrase's words
		}
		j--
	}
	if j < 1 || d.toks[j].sent != sent || !frontPhrasePreps[d.toks[j].key] {
		return nil
	}
	m := d.mentionAt(j - 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != j {
		return nil
	}
	return append([]*entity{m.ent}, d.conjLeft(m, pred, sideSubj)...)
}

// personsOnly keeps the persons of es.
func personsOnly(es []*entity) []*entity {
	return ofType(es, schema.Person)
}

// ofType keeps the entities of es of type t.
func ofType(es []*entity, t schema.EntityType) []*entity {
	var out []*entity
	for _, e := range es {
		if e.typ == t {
			out = append(out, e)
		}
	}
	return out
}
