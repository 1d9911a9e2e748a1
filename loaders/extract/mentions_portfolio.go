package extract

import "github.com/newsgraph/newsgraph/schema"

// portfolioOnly are the agencies the text names only as the portfolio of
// a secretary's title ("the Secretary of the Treasury", "Treasury
// Secretary Ana Ruiz"): the title names the post, not the department, so
// a department never otherwise named, and in no role or relation, is no
// entity of the article.
func (d *doc) portfolioOnly() map[*entity]bool {
	only, other := map[*entity]bool{}, map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency {
			continue
		}
		if d.secretaryPortfolio(m) {
			only[m.ent] = true
		} else {
			other[m.ent] = true
		}
	}
	for e := range only {
		if other[e] {
			delete(only, e)
		}
	}
	if len(only) == 0 {
		return nil
	}
	named := map[string]bool{}
	for _, r := range d.roles {
		named[fold(r.Org)] = true
	}
	for _, r := range d.rels {
		named[fold(r.Subject)], named[fold(r.Object)] = true, true
	}
	for e := range only {
		if named[fold(e.name)] {
			delete(only, e)
		}
	}
	return only
}

// secretaryPortfolio reports whether the mention m is the portfolio of a
// capitalised "Secretary": after "Secretary of [the]" or right before
// "Secretary" ("Treasury Secretary"), and named by its field, not by the
// department's own name or acronym ("Secretary of the Department of X",
// "the DHS Secretary" name the department).
func (d *doc) secretaryPortfolio(m *mention) bool {
	if t := d.toks[m.s]; t.upper || ministryHeads[t.key] || t.key == "department" {
		return false
	}
	if m.e < len(d.toks) && d.toks[m.e].key == "secretary" && d.toks[m.e].cap && d.toks[m.e].sent == d.toks[m.s].sent {
		return true
	}
	j := m.s - 1
	if j >= 0 && d.toks[j].key == "the" && !d.toks[j].cap {
		j--
	}
	return j >= 1 && d.toks[j].key == "of" && d.toks[j-1].key == "secretary" && d.toks[j-1].cap && d.toks[j-1].sent == d.toks[m.s].sent
}
