package extract

import "github.com/newsgraph/newsgraph/schema"

// greetingListState is the state of the speaker whose own words hold token
// at, when at stands in a list whose items a semicolon parts: a host who
// greets a visit's officials name by name ("Mr. A, Secretary of State of
// the X; Mr. B, minister of labor; Ms. C, minister of fisheries; …") in
// his own turn ("PRESIDENT X: …") states the foreign guests' country and
// leaves his own officials' unstated. "" when the speaker holds no office of a state.
func (d *doc) greetingListState(at int) string {
	p0 := d.paraStart(at)
	lab := d.paraLabel(p0)
	if lab < 0 || lab >= at || d.inQuote[at] {
		return ""
	}
	first, _ := d.sentenceSpan(at)
	semi := false
	for k := max(first, lab); k < at; k++ {
		if d.toks[k].key == ";" {
			semi = true
			break
		}
	}
	if !semi {
		return ""
	}
	sp := d.labelledPerson(p0, lab)
	if sp == nil {
		return ""
	}
	for _, r := range d.roles {
		if fold(r.Person) == fold(sp.name) && d.g.countries[r.Org] != nil {
			return r.Org
		}
	}
	return ""
}

// labelledPerson is the person already known whom the speaker label
// [s, e) of a turn names ("PRESIDENT X:", "Minister X:"), or nil.
func (d *doc) labelledPerson(s, e int) *entity {
	if m := d.mentionAt(e - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person {
		return m.ent
	}
	keys := d.labelKeys(s, e)
	if len(keys) == 0 {
		return nil
	}
	for _, en := range d.entList {
		if en.typ == schema.Person && len(en.toks) >= len(keys) && suffix(en.toks, keys) {
			return en
		}
	}
	return nil
}
