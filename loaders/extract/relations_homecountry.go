package extract

import "github.com/newsgraph/newsgraph/schema"

// A removal notice often opens on a description rather than a name: "A
// Salvadoran fugitive wanted for murder in his home country was removed
// Thursday …", "ICE returned a Mexican fugitive wanted for a homicide in
// his home country." The home country is the state of the description's
// demonym, and the description is the person the notice then names at the
// head of a sentence ("Victor Ortega Paz, 27, was flown …"): that state
// charged that person.

// wantedWords state that a person is sought by a state's justice.
var wantedWords = set("wanted", "sought")

// homeWords before "country" make it the person's own: "his home
// country", "her native country".
var homeWords = set("home", "native")

// homeCountryWanted reads "a <demonym> <description> (who is) wanted …
// in his home country": the demonym's state charged the person named
// next, when that name opens its sentence (personNamedNext). A negated, modal or
// hypothetical status states nothing; a description with no demonym, or
// no person named after it, gives nothing.
func (d *doc) homeCountryWanted(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if !wantedWords[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) {
			continue
		}
		sent := d.toks[v].sent
		if !d.homeCountryAfter(v+1, sent) {
			continue
		}
		gov := d.describedNational(g.start, sent)
		if gov == nil {
			continue
		}
		if p := d.personNamedNext(v, sent); p != nil {
			add(gov, "charged", p, v)
		}
	}
}

// homeCountryAfter reports whether "his/her home/native country" follows
// token k within ten words of its sentence.
func (d *doc) homeCountryAfter(k, sent int) bool {
	for j := k; j+2 < len(d.toks) && j < k+10 && d.toks[j].sent == sent; j++ {
		if key := d.toks[j].key; key == "." || key == ";" {
			return false
		}
		if personalPossessives[d.toks[j].key] && homeWords[d.toks[j+1].key] && d.toks[j+2].key == "country" {
			return true
		}
	}
	return false
}

// describedNational is the state of the demonym in the indefinite
// description that ends before token start ("A Salvadoran MS-13 gang
// member … who is", "a 24-year-old Guatemalan man"): the nearest demonym
// mention that an "a" or "an" opens, within two words before it; nil when
// there is none.
func (d *doc) describedNational(start, sent int) *entity {
	for k := start - 1; k >= 0 && k >= start-20 && d.toks[k].sent == sent; k-- {
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		k = m.s
		if m.ent != nil || m.class != mDemonym {
			continue
		}
		for j := m.s - 1; j >= 0 && j >= m.s-3 && d.toks[j].sent == sent; j-- {
			if key := d.toks[j].key; key == "a" || key == "an" {
				return d.govOf(m)
			}
		}
		return nil
	}
	return nil
}

// personNamedNext is the first person named after sentence sent (which
// token v is in), within three sentences, when that name opens its
// sentence as its subject ("Victor Ortega Paz, 27, was flown …"); nil when
// the first name comes elsewhere ("officers transferred X to …": an
// object may be anyone the notice names) or none comes.
func (d *doc) personNamedNext(v, sent int) *entity {
	for k := v + 1; k < len(d.toks) && d.toks[k].sent <= sent+3; k++ {
		if d.toks[k].sent <= sent {
			continue
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		if m.s == k && d.toks[k].sent != d.toks[k-1].sent {
			return m.ent
		}
		return nil
	}
	return nil
}
