package extract

import "github.com/newsgraph/newsgraph/schema"

// agenciesState is the government of the state whose agencies the article
// names, when they are all one foreign state's: in a release of a visit
// to the host country by another state's officials ("SOUTHCOM's commander
// and Ambassador X met the president"), an ambassador whose country goes
// unstated, and no other state named, is that state's. It returns nil when
// the agencies belong to the host or to more than one state.
func (d *doc) agenciesState() *entity {
	host := d.dateline
	if host == "" {
		host = d.dominant(false)
	}
	c := ""
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 || e.country == "" {
			continue
		}
		if e.country == host || c != "" && c != e.country {
			return nil
		}
		c = e.country
	}
	if c == "" {
		return nil
	}
	if g := d.govNamed(c); g != nil {
		return g
	}
	return &entity{name: c, typ: schema.Government} // the state, though not listed
}
