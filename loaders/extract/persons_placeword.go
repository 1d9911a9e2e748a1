package extract

import "github.com/newsgraph/newsgraph/schema"

// placeWordAt reports whether the capitalised word at j is part of a
// place or nationality the text names there: a country, a demonym, or a
// region or state the gazetteer lists as no entity ("a Texas nursing
// student", "a Honduran national").
func (d *doc) placeWordAt(j int) bool {
	m := d.mentionAt(j)
	if m == nil {
		return false
	}
	switch m.class {
	case mDemonym, mIgnore:
		return true
	}
	return m.ent != nil && m.ent.typ == schema.Government || m.gaz != nil && m.gaz.typ == schema.Government
}
