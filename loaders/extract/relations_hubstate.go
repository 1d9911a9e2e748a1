package extract

import "github.com/newsgraph/newsgraph/schema"

// hubState is the one state of list that the text sets, in a hyphened
// compound, against a region or a bloc rather than another state
// ("Caribbean-United States Security Cooperation Dialogue", "the
// U.S.-CARICOM initiative"): the compound names two sides, and a
// framework among three or more parties runs between that state and each
// of the others. The compound may sit inside a longer name. Nil when no
// such compound names a state of list, or compounds name two different
// ones.
func (d *doc) hubState(list []*entity) *entity {
	in := map[*entity]bool{}
	for _, e := range list {
		in[e] = true
	}
	var hub *entity
	for i := 1; i+1 < len(d.toks); i++ {
		if k := d.toks[i].key; k != "-" && k != "–" || d.toks[i].space || d.toks[i+1].space {
			continue
		}
		l, lok := d.knownSide(i, -1)
		r, rok := d.knownSide(i, +1)
		var g *entity
		switch {
		case l != nil && r == nil && !rok && d.toks[i+1].cap:
			g = l // "U.S.-CARICOM", "US-Central America"
		case r != nil && l == nil && !lok && d.toks[i-1].cap:
			g = r // "Caribbean-United States"
		}
		if g == nil || !in[g] {
			continue
		}
		if hub != nil && hub != g {
			return nil
		}
		hub = g
	}
	return hub
}

// knownSide reads the name beside the hyphen at h (dir -1: the one
// ending before it, +1: the one starting after it) with the gazetteer:
// the government it names, and whether it names any state at all (a
// country's adjective too). A bloc or a region is no state.
func (d *doc) knownSide(h, dir int) (*entity, bool) {
	if dir > 0 {
		if h+1 >= len(d.toks) {
			return nil, false
		}
		ps, _ := d.g.lookup(d.toks, h+1)
		return d.statePhrase(ps)
	}
	for n := 3; n >= 1; n-- { // the longest name first: "Central America", not "America"
		if h-n < 0 {
			continue
		}
		if ps, m := d.g.lookup(d.toks, h-n); m == n && len(ps) > 0 {
			return d.statePhrase(ps)
		}
	}
	return nil, false
}

// statePhrase is the government one of the gazetteer phrases ps names,
// and whether any names a state (a country's adjective too).
func (d *doc) statePhrase(ps []*phrase) (*entity, bool) {
	for _, p := range ps {
		if p.entry.typ == schema.Government || p.kind == kDemonym {
			return d.govNamed(p.entry.name), true
		}
	}
	return nil, false
}
