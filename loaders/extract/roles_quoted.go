// Roles read inside quotations: a quotation's wording is the speaker's,
// but a known office holder's title and an apposition that names the
// body are facts.

package extract

// quotedRoles reads the roles of the person mention m inside a quotation.
func (d *doc) quotedRoles(m *mention, add func(*entity, string, *entity, int)) {
	d.knownOfficeInQuote(m, add)
	d.quotedApposition(m, add)
	d.quotedBodyTitle(m, add)
}

// knownOfficeInQuote reads the role of a person the gazetteer knows, named
// inside a quotation after the title of the office the gazetteer gives
// ("As President Trump has made clear"): a quotation's other wording is
// the speaker's, but a known office holder's title is a fact.
func (d *doc) knownOfficeInQuote(m *mention, add func(*entity, string, *entity, int)) {
	gp := d.g.people[fold(m.ent.name)]
	if gp == nil || gp.title == "" || gp.country == "" || !d.titleFits(m.s, gp.title) {
		return
	}
	if g := d.govNamed(gp.country); g != nil {
		d.ruled("role/known-office-in-quote", m.s, m.e)
		add(m.ent, gp.title, g, m.s)
	}
}

// quotedApposition reads an apposition after a name inside a quotation
// ("“X, the former head of the Y cartel, arrived …”") when it names the
// post's body after the name in the sentence; a body only guessed from
// the title is the speaker's wording, not kept.
func (d *doc) quotedApposition(m *mention, add func(*entity, string, *entity, int)) {
	if m.e+1 >= len(d.toks) || d.toks[m.e].key != "," {
		return
	}
	stated := func(p *entity, title string, org *entity, at int) {
		if org == nil {
			return
		}
		for k := m.e; k < len(d.toks) && d.toks[k].sent == d.toks[m.s].sent; k++ {
			if om := d.mentionAt(k); om != nil && om.ent == org {
				add(p, title, org, at)
				return
			}
		}
	}
	d.ruled("role/apposition-in-quote", 0, 0)
	d.apposition(m.ent, m, nil, stated)
}
