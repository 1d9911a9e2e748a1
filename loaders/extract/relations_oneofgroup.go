// A person described as one of a criminal group's people: "X, one of the
// X Cartel's top lieutenants", "investigators called him one of the
// gang's most trusted members".

package extract

import "github.com/newsgraph/newsgraph/schema"

// groupLeaderPlurals make "one of the group's …" a lead of it.
var groupLeaderPlurals = set("leaders", "founders", "co-founders", "bosses", "heads", "kingpins", "chiefs", "commanders")

// oneOfGroup reads "one of" a criminal group's people said of a person:
// in apposition ("X, one of the cartel's top lieutenants", "X, a national
// of Y and one of the MS-13 gang's original members"), after a copula ("X
// is one of …") or after an object of calling ("called him one of the
// gang's most trusted members"). The group is a named cartel, or "the
// gang"/"the cartel" referring back to one; the tie is memberOf, or leads
// when the people are its leaders or founders.
func (d *doc) oneOfGroup(add func(*entity, string, *entity, int)) {
	for i := 1; i+4 < len(d.toks); i++ {
		if d.toks[i].key != "one" || d.toks[i+1].key != "of" || d.inQuote[i] {
			continue
		}
		sent := d.toks[i].sent
		groups, e := d.possessorGroups(i+2, sent)
		if len(groups) == 0 {
			continue
		}
		pred := "memberOf"
		for k := e; k < len(d.toks) && k < e+4 && d.toks[k].sent == sent; k++ {
			if groupLeaderPlurals[d.toks[k].key] {
				pred = "leads"
				break
			}
			if !d.plainAdjective(k) {
				break
			}
		}
		p := d.oneOfHolder(i, sent)
		if p == nil {
			continue
		}
		for _, g := range groups {
			add(p, pred, g, i)
		}
	}
}

// possessorGroups reads a criminal group in the possessive from token k
// ("the Gulf Cartel's", "the MS-13 gang's", "the gang's" for the group
// named before) and returns it with the token after "'s", or nil.
func (d *doc) possessorGroups(k, sent int) ([]*entity, int) {
	if k >= len(d.toks) {
		return nil, k
	}
	if m := d.mentionAt(k); m == nil && d.toks[k].key == "the" {
		if k+2 < len(d.toks) && cartelNouns[d.toks[k+1].key] && d.toks[k+2].key == "'s" {
			if refs := d.groupAnaphor(k, sent, "memberOf"); len(refs) == 1 {
				return refs, k + 3 // "the gang's": the one named before
			}
			return nil, k
		}
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Cartel {
		return nil, k
	}
	e := m.e
	if e < len(d.toks) && groupKindNouns[d.toks[e].key] {
		e++ // "the MS-13 gang's"
	}
	if e >= len(d.toks) || d.toks[e].key != "'s" {
		return nil, k
	}
	return []*entity{m.ent}, e + 1
}

// oneOfHolder is the person "one of" at token i describes: the person in
// apposition before it ("X, one of", "X, a Salvadoran national and one
// of"), the subject of a copula ("X is one of") or the object of a verb of
// calling ("called him one of", "called X one of"); or nil.
func (d *doc) oneOfHolder(i, sent int) *entity {
	j := i - 1
	if g, ok := objectPronouns[d.toks[j].key]; ok {
		if d.unnamedPersonBefore(j) {
			return nil
		}
		return d.resolvePronoun(j, g) // "called him one of"
	}
	if m := d.mentionAt(j); m != nil && m.e == i && m.ent != nil && m.ent.typ == schema.Person {
		return m.ent // "called X one of"
	}
	if k := d.toks[j].key; (k == "is" || k == "was") && j > 0 {
		if m := d.mentionAt(j - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent // "X is one of"
		}
		return nil
	}
	if d.toks[j].key == "and" {
		// "X, a Salvadoran national and one of": back over the first description
		for j--; j > 0 && j > i-8 && d.toks[j].sent == sent && d.toks[j].key != ","; j-- {
			if t := d.toks[j]; t.kind != tWord || d.mentionAt(j) != nil && d.mentionAt(j).class != mDemonym || relConj[t.key] || hasVerbCue(t.key) {
				return nil
			}
		}
	}
	if d.toks[j].key != "," || j < 1 {
		return nil
	}
	if m := d.mentionAt(j - 1); m != nil && m.e == j && m.ent != nil && m.ent.typ == schema.Person {
		return m.ent
	}
	return nil
}
