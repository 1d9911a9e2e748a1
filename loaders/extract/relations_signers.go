package extract

import "github.com/newsgraph/newsgraph/schema"

// An official who signs, ratifies or leaves an agreement does so for the
// body they serve: "The two ministers signed a memorandum" is signed by
// their governments, and "the agreement between the Navy and the Coast
// Guard was signed by Admiral X and Captain Y" by the two services.

// signerFor returns the body official p signs agreement agr for: the one
// of agr's stated parties that p serves (the body of p's role, or its
// government), else, when agr states no parties, p's government; nil when
// p serves none of them or holds no known office. A body that is not a
// stated party signs for its government when that is one; any other
// signer is itself.
func (d *doc) signerFor(p, agr *entity) *entity {
	if p.typ == schema.Agency && p.country != "" && !agr.hasParty(p.name) {
		if g := d.govNamed(p.country); g != nil && agr.hasParty(g.name) {
			return g // "the foreign ministry signed the agreement between A and B": A
		}
	}
	if p.typ != schema.Person {
		return p
	}
	var serves []*entity
	if p.country != "" {
		if g := d.govNamed(p.country); g != nil {
			serves = append(serves, g)
		}
	}
	for _, r := range d.roles {
		if r.Person != p.name || r.Former {
			continue
		}
		for _, t := range []schema.EntityType{schema.Government, schema.Agency} {
			if e := d.ents[string(t)+"|"+fold(r.Org)]; e != nil && e.typ == t {
				serves = append(serves, e)
				if t == schema.Agency && e.country != "" {
					if g := d.govNamed(e.country); g != nil {
						serves = append(serves, g)
					}
				}
			}
		}
	}
	if len(agr.parties) > 0 {
		for _, e := range serves {
			if agr.hasParty(e.name) {
				return e
			}
		}
		for _, e := range serves {
			if e.typ == schema.Government && d.agencyPartyOf(agr, e) {
				return e // "a memorandum between the Ruritanian X Center and the Y Center", signed by ministers: their states
			}
		}
		return nil
	}
	for _, e := range serves {
		if e.typ == schema.Government {
			return e
		}
	}
	return nil
}

// hasParty reports whether name is one of agreement a's parties.
func (a *entity) hasParty(name string) bool {
	for _, p := range a.parties {
		if p == name {
			return true
		}
	}
	return false
}

// agencyPartyOf reports whether one of agr's stated parties is an agency
// of government g: one the gazetteer places there, or one whose name
// opens with g's demonym.
func (d *doc) agencyPartyOf(agr, g *entity) bool {
	for _, n := range agr.parties {
		e := d.ents[string(schema.Agency)+"|"+fold(n)]
		if e == nil {
			continue
		}
		if e.country == g.name {
			return true
		}
		if ps, k := d.g.lookup(d.toks, e.first); k > 0 && len(ps) > 0 && ps[0].kind == kDemonym && (ps[0].entry.name == g.name || ps[0].entry.country == g.name) {
			return true // "the Ruritanian X Center": named by its state's demonym
		}
	}
	return false
}
