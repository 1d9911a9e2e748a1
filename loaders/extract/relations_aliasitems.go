// Items of a list that carry a nickname written without quotes: "X, aka
// A; and Y, aka B, both leaders of Z". A writer whose items hold commas
// separates them with semicolons.

package extract

// bareAliasBefore returns the token before the comma of a nickname
// written without quotes that ends at token p ("X, aka El Gato", "X,
// also known as Gordo"), or p when none ends there.
func (d *doc) bareAliasBefore(p int) int {
	k, n := p, 0
	for k >= 0 && n < 4 && d.toks[k].kind == tWord && d.toks[k].cap && !aliasWords[d.toks[k].key] {
		k--
		n++
	}
	if n == 0 || k < 1 {
		return p
	}
	k = d.joinedAliasBefore(k)  // "also known as Taco and Jonathan": both names are the item's
	s := d.aliasMarkerBefore(k) // "aka", "also known as"
	if s < 0 {
		return p
	}
	k = s - 1
	if k < 1 || d.toks[k].key != "," || d.toks[k].sent != d.toks[p].sent {
		return p
	}
	return k - 1
}

// aliasListItem steps back from token j, the separator before the next
// item of a list ("and", or "; and"), over a nickname of the item before
// it: it returns the token that ends the name of that item, and false
// when no nickname ends there (the separator is then left as it is).
func (d *doc) aliasListItem(j int) (int, bool) {
	if j < 2 || d.toks[j].key != "and" {
		return j, false
	}
	k := j - 1
	if d.toks[k].key == "," || d.toks[k].key == ";" {
		k--
	}
	p := d.skipAliases(k)
	if p == k {
		return j, false
	}
	return p, true
}

// skipAliases steps back from token k over the nicknames that end there,
// however many the writer chains ("X, aka Toto, aka Tito"): it returns
// the token that ends the name before them, or k when none ends there.
func (d *doc) skipAliases(k int) int {
	for n := 0; n < 8; n++ {
		p := d.skipAlias(k)
		if p == k || p < 0 {
			return k
		}
		k = p
	}
	return k
}

// aliasItemName is the mention of the name whose chained nicknames hold
// mention m ("Ana Ruiz, aka Lulu, aka Julia and aka Mora": Julia, a given
// name, is a mention of Ana Ruiz): the name itself, so that the items of
// a list before it are read from there; m when it is no such nickname.
func (d *doc) aliasItemName(m *mention) *mention {
	if m.s < 1 || !aliasWords[d.toks[m.s-1].key] {
		return m
	}
	p := d.skipAliases(m.e - 1)
	if p == m.e-1 || p < 0 {
		return m
	}
	if pm := d.mentionAt(p); pm != nil && pm.ent == m.ent {
		return pm
	}
	return m
}

// joinedAliasBefore steps back from token k, an "and" or "or" before the
// last of a person's other names, over the names joined to it ("aka Taco
// and Jonathan", "also known as Chino or Saul"): it returns the token
// before those names, or k when none is joined there. Only a run that an
// alias marker opens is read so: bareAliasBefore checks the marker.
func (d *doc) joinedAliasBefore(k int) int {
	if key := d.toks[k].key; key != "and" && key != "or" {
		return k
	}
	j, n := k-1, 0
	for j >= 0 && n < 4 && d.toks[j].kind == tWord && d.toks[j].cap && !aliasWords[d.toks[j].key] && d.toks[j].sent == d.toks[k].sent {
		j--
		n++
	}
	if n == 0 || j < 1 {
		return k
	}
	return j
}
