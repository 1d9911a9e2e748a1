// Parts of a government named generically ("the Mexican navy") and
// governments named through their officials or places.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// genericTroops, written in lower case after a country, are people of its
// forces rather than a body the article names.
var genericTroops = set("security forces", "troops", "soldiers")

// agencyKindsByFirst lists, for each first word of an agency kind's
// phrase, the kinds it opens in the lexicon's order, so that agencyCands
// tries at a token only the phrases that can start there.
var agencyKindsByFirst = func() map[string][]int {
	by := map[string][]int{}
	for i, k := range agencyKinds {
		by[k.words[0]] = append(by[k.words[0]], i)
	}
	return by
}()

// agencyCands finds generic phrases for parts of a government: "the
// foreign ministry", "US military forces", "the Colombian military".
func (d *doc) agencyCands(out []*mention) []*mention {
	for i := range d.toks {
		for _, ki := range agencyKindsByFirst[d.toks[i].key] {
			k := agencyKinds[ki]
			n := len(k.words)
			if i+n > len(d.toks) {
				continue
			}
			ok := true
			for j, w := range k.words {
				if d.toks[i+j].key != w || (j > 0 && d.toks[i+j].brk) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if k.kind == "military" && n == 1 && d.toks[i].key == "military" && d.militaryAdjective(i+1) {
				continue // "US military aid", "a U.S. military officer": an adjective, not the institution
			}
			if k.kind == "military" && !d.toks[i+n-1].cap && genericTroops[strings.Join(k.words, " ")] {
				continue // "Mexican security forces", "U.S. troops": people, not a named body ("Ecuadorian Forces" is one)
			}
			s := i
			country, qs := d.qualifier(i)
			if country != "" {
				s = qs
			} else if k.qual {
				continue
			}
			e := i + n
			m := &mention{s: s, e: e, typ: schema.Agency, agencyK: k.kind, name: k.core, country: country, prio: 2, coreS: i}
			m.needCtx = country == ""
			if k.kind == "embassy" || k.kind == "consulate" {
				if tail, e2 := d.postSeatAfter(e); tail != "" {
					m.name = k.core + tail
					m.aliases = append(m.aliases, d.surface(s, i+n))
					if d.toks[e].key != "in" && d.toks[e].key != "general" {
						m.aliases = append(m.aliases, d.surface(s, e2), m.name) // "U.S. Embassy Haiti" as written; "Embassy in Haiti" tells its seat
					}
					e = e2
					m.e = e
				}
			}
			if country != "" && qs < i {
				m.aliases = append(m.aliases, d.surface(qs, i)+" "+k.core)
			}
			out = append(out, m)
		}
	}
	return out
}

// qualifier returns the country named just before token i ("Mexican",
// "US", "Mexico's") and where that naming starts; a country ending the
// line or sentence before ("… in Guatemala" over "Army Gen. X") qualifies
// nothing.
func (d *doc) qualifier(i int) (string, int) {
	if i < len(d.toks) && i > 0 && (d.toks[i].brk || d.toks[i].sent != d.toks[i-1].sent) {
		return "", i
	}
	j := i - 1
	if j >= 0 && (d.toks[j].key == "the") {
		return "", i
	}
	if j >= 0 && d.toks[j].key == "'s" {
		j--
	}
	if j < 0 {
		return "", i
	}
	// find a gazetteer country phrase ending at j
	for s := j; s >= 0 && s > j-5; s-- {
		ps, n := d.g.lookup(d.toks, s)
		if n == j-s+1 {
			for _, p := range ps {
				if (p.kind == kEntity && p.entry.typ == schema.Government) || p.kind == kDemonym {
					return p.entry.country, s
				}
			}
		}
	}
	return "", i
}

// govQualifier is qualifier for a word that stands for a government, over
// the modifiers that may come between it and the country ("Venezuelan
// interim authorities", "Mexican security officials").
func (d *doc) govQualifier(i int) (string, int) {
	if c, qs := d.qualifier(i); c != "" {
		return c, qs
	}
	for k := i - 1; k > 0 && k >= i-2 && govWordMods[d.toks[k].key] && !d.toks[k].cap && d.toks[k].sent == d.toks[i].sent; k-- {
		if c, qs := d.qualifier(k); c != "" {
			return c, qs
		}
	}
	return "", i
}

// govWordMods may stand between a country and a word for its government:
// "Venezuelan interim authorities".
var govWordMods = lexWords.set("govWordMods")

// countryAt returns the country whose name starts at token i and its length.
func (d *doc) countryAt(i int) (string, int) {
	ps, n := d.g.lookup(d.toks, i)
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ == schema.Government {
			return p.entry.country, n
		}
	}
	return "", 0
}

// govPrefixAt is countryAt, or the country whose seat of government the
// gazetteer knows at token i ("White House"), and its length in tokens.
func (d *doc) govPrefixAt(i int) (string, int) {
	if c, n := d.countryAt(i); c != "" {
		return c, n
	}
	ps, n := d.g.lookup(d.toks, i)
	for _, p := range ps {
		if p.kind == kMetonym && p.entry.country != "" {
			return p.entry.country, n
		}
	}
	return "", 0
}

// govPhraseCands finds a government named through its officials: "the
// Mexican government", "government of El Salvador", "Trump administration".
func (d *doc) govPhraseCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		if t.key == "governments" {
			out = d.coordinatedGovs(out, i) // "the Peruvian and Chilean governments"
			continue
		}
		if t.kind != tWord || !govWords[t.key] {
			continue
		}
		if c, qs := d.govQualifier(i); c != "" && qs < i {
			m := &mention{s: qs, e: i + 1, typ: schema.Government, name: c, country: c, prio: 2}
			if t.key == "government" || t.key == "administration" || t.key == "regime" {
				m.aliases = append(m.aliases, d.surface(qs, i+1))
			}
			out = append(out, m)
			continue
		}
		if t.key == "government" && i+2 < len(d.toks) && d.toks[i+1].key == "of" {
			if c, n := d.countryAt(i + 2); c != "" {
				s := i
				m := &mention{s: s, e: i + 2 + n, typ: schema.Government, name: c, country: c, prio: 2}
				m.aliases = append(m.aliases, d.surface(s, i+2+n))
				out = append(out, m)
			}
			continue
		}
		// "Boluarte's government": a known leader's government
		if (t.key == "government" || t.key == "administration") && i >= 2 && d.toks[i-1].key == "'s" && d.toks[i-2].cap && d.toks[i-2].kind == tWord {
			if p := d.g.people["|"+d.toks[i-2].key]; p != nil && p.country != "" {
				m := &mention{s: i - 2, e: i + 1, typ: schema.Government, name: p.country, country: p.country, prio: 2}
				out = append(out, m)
				continue
			}
		}
		if t.key == "administration" && i > 0 && d.toks[i-1].cap && d.toks[i-1].kind == tWord && !funcWords[d.toks[i-1].key] {
			if ps, n := d.g.lookup(d.toks, i-1); n > 0 && ps[0].kind != kIgnore {
				continue
			}
			c := "United States"
			if p := d.g.people["|"+d.toks[i-1].key]; p != nil && p.country != "" {
				c = p.country
			}
			s := i - 1
			// "Biden-Harris Administration", "Peña Nieto Administration":
			// a run of names; one the gazetteer knows gives the country
			for s >= 2 && (d.toks[s-1].key == "-" && !d.toks[s-1].space && !d.toks[s].space || d.toks[s-1].cap && d.toks[s-1].kind == tWord && d.toks[s-1].sent == t.sent && !funcWords[d.toks[s-1].key] && !d.toks[s].brk) {
				if d.toks[s-1].key == "-" {
					s -= 2
				} else {
					s--
				}
			}
			if s < i-1 {
				c = ""
				for k := s; k < i && c == ""; k++ {
					// a known surname, alone or of several words ("Peña Nieto")
					for j := i; j > k && c == ""; j-- {
						var words []string
						for n := k; n < j; n++ {
							if d.toks[n].key != "-" {
								words = append(words, d.toks[n].key)
							}
						}
						key := strings.Join(words, " ")
						for _, p := range []*person{d.g.people["|"+key], d.g.people[key]} {
							if p != nil && p.country != "" {
								c = p.country
								break
							}
						}
					}
				}
				if c == "" {
					continue // a president the gazetteer does not know: no country
				}
			}
			m := &mention{s: s, e: i + 1, typ: schema.Government, name: c, country: c, prio: 2}
			m.aliases = append(m.aliases, d.surface(s, i+1))
			out = append(out, m)
		}
	}
	return out
}

// placeAt returns the country or capital named at token i, as written for
// a capital, and its length in tokens: one the gazetteer knows
// (knownPlaceAt), else a short capitalised run.
func (d *doc) placeAt(i int) (string, int) {
	if c, n := d.knownPlaceAt(i); c != "" {
		return c, n
	}
	// a capitalised place the gazetteer does not know: "San José"
	e := i
	for e < len(d.toks) && e < i+3 && d.toks[e].cap && d.toks[e].kind == tWord && !d.toks[e].brk {
		e++
	}
	if e > i {
		return d.surface(i, e), e - i
	}
	return "", 0
}

// coordinatedGovs reads "the Peruvian and Chilean governments", "the U.S.,
// Mexican and Canadian governments" before the plural at token i: each
// country qualifying the plural names its government.
func (d *doc) coordinatedGovs(out []*mention, i int) []*mention {
	c, qs := d.qualifier(i)
	if c == "" || qs >= i || qs < 2 || d.toks[qs-1].key != "and" && d.toks[qs-1].key != "," {
		return out
	}
	found := []*mention{{s: qs, e: i + 1, typ: schema.Government, name: c, country: c, prio: 2}}
	for k := qs - 1; k > 0 && (d.toks[k].key == "and" || d.toks[k].key == ","); {
		if d.toks[k].key == "and" && d.toks[k-1].key == "," {
			k--
		}
		c, q := d.qualifier(k)
		if c == "" || q >= k {
			break
		}
		found = append(found, &mention{s: q, e: k, typ: schema.Government, name: c, country: c, prio: 4}) // over the bare demonym
		k = q - 1
	}
	if len(found) < 2 {
		return out
	}
	return append(out, found...)
}
