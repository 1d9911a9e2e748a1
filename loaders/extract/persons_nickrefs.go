// A person's nickname given in quotation marks where the person is first
// named stands for that person later in the copy: "Ana Ruiz Vidal, known
// as “La Jefa,” was extradited … La Jefa ran the plaza for years".

package extract

import "github.com/newsgraph/newsgraph/schema"

// nicknameIntros open a quoted nickname right after a person's name:
// "X, known as “N”", "X (also known by the alias “N”)", "X (“N”)": the
// alias markers (akaMarkers), and "known by the alias" before them.
var nicknameIntros = append([][]string{{"also", "known", "by", "the", "alias"}, {"known", "by", "the", "alias"}}, akaMarkers...)

// quotedNickname returns the end [s, e) of the capitalised words of a
// quoted nickname introduced right after a person mention ending at k
// (before any opening comma or parenthesis), or s == e when none is.
func (d *doc) quotedNickname(k int) (int, int) {
	if k < len(d.toks) && (d.toks[k].key == "," || d.toks[k].key == "(") {
		k++
	}
	k += d.phraseAt(k, nicknameIntros)
	if k >= len(d.toks) || d.toks[k].kind != tQuote {
		return k, k
	}
	s := k + 1
	e, _, ok := d.quotedCaps(s, 4, true, true) // "“El Gato,”": the comma inside the closing mark
	if !ok {
		return s, s
	}
	for i := s; i < e; i++ {
		if m := d.mentionAt(i); m != nil && m.ent != nil && m.ent.typ != schema.Person {
			return s, s // "X (“Los Zetas”)": a group's name, no nickname
		}
	}
	return s, e
}

// nicknameRefs makes a person's quoted nickname (quotedNickname, or one
// written inside the name: Ana “La Jefa” Ruiz) an alias of the person,
// and every later bare use of it (“La Jefa was arrested”) a mention of
// that person: the words of an unclaimed run, or a person found under the
// nickname alone, whose mentions move to the one it names.
func (d *doc) nicknameRefs() {
	type nick struct {
		keys []string
		name string
		at   int
	}
	var nicks []nick
	owner := map[string]*entity{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] {
			continue
		}
		s, e := d.innerNickname(m)
		if s == e {
			s, e = d.quotedNickname(m.e)
		}
		if s == e {
			continue
		}
		var keys []string
		for i := s; i < e; i++ {
			keys = append(keys, d.toks[i].key)
		}
		f := fold(d.surface(s, e))
		if o, ok := owner[f]; ok && o != m.ent {
			owner[f] = nil // two people share it: it names neither
			continue
		}
		owner[f] = m.ent
		nicks = append(nicks, nick{keys, d.surface(s, e), e})
	}
	for _, n := range nicks {
		if o := owner[fold(n.name)]; o != nil {
			d.nicknameUses(n.keys, n.name, o, n.at)
		}
	}
}

// nicknameUses points every use of the nickname (its token keys and
// name) after token from at
// the person p: an unclaimed run of capitalised words becomes a mention
// of p, and a person of its own named just so is merged into p.
func (d *doc) nicknameUses(keys []string, name string, p *entity, from int) {
	p.alias(name)
	for i := from; i+len(keys) <= len(d.toks); i++ {
		match := true
		for j, k := range keys {
			if t := d.toks[i+j]; t.key != k || !t.cap {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].cap && d.at[i-1] == 0 {
			continue // a longer name: "Ana La Jefa …"
		}
		if e := i + len(keys); e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].cap && d.toks[e].sent == d.toks[i].sent {
			continue // "La Jefa Ruiz" and other longer names are read elsewhere
		}
		if m := d.mentionAt(i); m != nil {
			if m.s == i && m.e == i+len(keys) && m.ent != nil && m.ent != p && m.ent.typ == schema.Person && fold(m.ent.name) == fold(name) {
				other := m.ent
				d.repoint(other, p)
				other.typ = "" // dropped: the nickname's own person
			}
			continue
		}
		if !d.free(i, i+len(keys)) {
			continue
		}
		p.mentions++
		d.take(&mention{s: i, e: i + len(keys), ent: p, typ: schema.Person, quoted: d.inQuote[i], rule: "entity/person:nickname-use"})
	}
}

// innerNickname returns the words [s, e) of a quoted nickname written
// inside a person mention (Ana “La Jefa” Ruiz), or s == e when none is.
func (d *doc) innerNickname(m *mention) (int, int) {
	for i := m.s + 1; i+2 < m.e; i++ {
		if d.toks[i].kind != tQuote {
			continue
		}
		e := i + 1
		for e < m.e && d.toks[e].kind == tWord && d.toks[e].cap {
			e++
		}
		if e > i+1 && e < m.e && d.toks[e].kind == tQuote {
			return i + 1, e
		}
		break
	}
	return m.s, m.s
}
