// A bare office in a list of officials whose other posts are all in one
// government: "The delegation includes Assistant Secretary of State A,
// National Security Council Senior Director B, and National Intelligence
// Manager for the Region C": C's office, which names no government, is in
// the government the list mates serve.

package extract

import "github.com/newsgraph/newsgraph/schema"

// listMatesGov is the one government in which every other person named in
// the sentence of token at (outside quotations) holds a current post, read
// from the post's body: a government, or an agency of a known state (the
// National Security Council is the United States'). It is the government
// of p's office only when p's title (from token title[0]) is a later item
// of a list of officials, right after another one's name. A list mate with
// no post read yet does not count. nil when p's office is no list item,
// when a list mate holds a post at a body of no known state, when they
// serve different governments, when fewer than two hold posts, or when p's
// name opens with a field of government ("Intelligence X"): a title's last
// word split off into the name.
func (d *doc) listMatesGov(p *entity, title []int, at int) *entity {
	if len(title) == 0 || !d.afterListedPerson(title[0]) {
		return nil
	}
	if len(p.toks) > 1 && domainWords[p.toks[0]] && d.g.given[p.toks[0]] == 0 {
		return nil // "Director of National Intelligence X" read as "Intelligence X": the title's last word, no name's
	}
	sent := d.toks[at].sent
	gov, n := "", 0
	for k := d.sentStart(at); k < len(d.toks) && d.toks[k].sent == sent; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person || m.ent == p || d.inQuote[k] {
			continue
		}
		k = m.e - 1
		g, ok := d.postGov(m.ent)
		if !ok || gov != "" && g != "" && g != gov {
			return nil
		}
		if g == "" {
			continue // a list mate whose post is read later
		}
		gov = g
		n++
	}
	if n < 2 {
		return nil
	}
	if e := d.govNamed(gov); e != nil {
		return e
	}
	return &entity{name: gov, typ: schema.Government, first: at} // unlisted, as a US office's (roles_infer.go)
}

// postGov is the government of every current post of p the article gives
// so far: the post's government, or the state of the agency it is at; ""
// when p holds none. ok is false when p holds one at a body of no known
// state, or posts in two governments.
func (d *doc) postGov(p *entity) (gov string, ok bool) {
	for _, r := range d.roles {
		if r.Person != p.name || r.Former {
			continue
		}
		g := ""
		switch e := d.orgNamed(r.Org); {
		case e == nil && d.g.countries[r.Org] != nil:
			g = r.Org // a government the article does not list ("United States")
		case e == nil:
			return "", false
		case e.typ == schema.Government:
			g = e.name
		case e.typ == schema.Agency:
			if a := e.upward(hasCountry); a != nil {
				g = a.country
			}
		}
		if g == "" || gov != "" && g != gov {
			return "", false
		}
		gov = g
	}
	return gov, true
}

// afterListedPerson reports whether the words from token i follow, past
// only a comma, semicolon or "and", another person's name: a later item
// of a list of officials ("A, Deputy Secretary of X B, and Manager C").
func (d *doc) afterListedPerson(i int) bool {
	k := i - 1
	for k > 0 && d.toks[k].sent == d.toks[i].sent && (d.toks[k].key == "," || d.toks[k].key == ";" || d.toks[k].key == "and") {
		k--
	}
	if k == i-1 || k < 0 || d.toks[k].sent != d.toks[i].sent {
		return false
	}
	m := d.mentionAt(k)
	return m != nil && m.e == k+1 && m.ent != nil && m.ent.typ == schema.Person
}
