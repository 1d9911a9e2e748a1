// Parties read from context when the sentence names fewer than two: "the
// two countries", the speaker's government, the article's other dominant
// government, member-state blocs.

package extract

import (
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// groupPlurals and govPlurals are the nouns of "between the two gangs"
// and "between the two countries".
var groupPlurals = lexWords.set("groupPlurals")

var govPlurals = lexWords.set("govPlurals")

// twoSides reads "the two [main] gangs" or "the two countries" at token k:
// the two armed groups, or the two governments, the article names most.
func (d *doc) twoSides(k int) []*entity {
	if k+2 >= len(d.toks) || d.toks[k].key != "the" || d.toks[k+1].key != "two" {
		return nil
	}
	j := k + 2
	for j < len(d.toks) && j < k+5 && d.toks[j].kind == tWord && !d.toks[j].cap && !groupPlurals[d.toks[j].key] && !govPlurals[d.toks[j].key] {
		j++
	}
	if j >= len(d.toks) {
		return nil
	}
	count := map[*entity]int{}
	switch {
	case groupPlurals[d.toks[j].key]:
		for _, m := range d.ments {
			if m.ent != nil && m.ent.typ == schema.Cartel {
				count[m.ent]++
			}
		}
	case govPlurals[d.toks[j].key]:
		for _, c := range d.countries {
			if ge := d.govNamed(c.country); ge != nil {
				count[ge]++
			}
		}
	default:
		return nil
	}
	return topTwo(count)
}

// goodsDemonym reports whether a demonym at token i qualifies a thing,
// not an actor ("Chinese steel", "Mexican avocados"): such a country is
// no party to an agreement of its sentence.
func (d *doc) goodsDemonym(i int) bool {
	ps, n := d.g.lookup(d.toks, i)
	if len(ps) == 0 || ps[0].kind != kDemonym || i+n >= len(d.toks) {
		return false
	}
	k := i + n
	// "Mexican and Canadian partners": the noun after the coordinated demonyms
	for k+1 < len(d.toks) && (d.toks[k].key == "and" || d.toks[k].key == ",") {
		if ps, n := d.g.lookup(d.toks, k+1); len(ps) > 0 && ps[0].kind == kDemonym {
			k += 1 + n
			continue
		}
		break
	}
	if k >= len(d.toks) {
		return false
	}
	nx := d.toks[k]
	return nx.kind == tWord && !nx.cap && !govWords[nx.key] && !actorNouns[nx.key]
}

// actorNouns after a demonym make it an actor ("Mexican troops").
var actorNouns = lexWords.set("actorNouns")

// firstPartyIn is the first government or armed group named in sentence
// sent before token end, other than not.
func (d *doc) firstPartyIn(sent, end int, not *entity) *entity {
	for k := end - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if k == 0 || d.toks[k-1].sent != sent {
			for j := k; j < end; j++ {
				if m := d.mentionAt(j); m != nil {
					if p := d.partyEnt(m); p != nil && p != not {
						return p
					}
					j = m.e - 1
				}
			}
			break
		}
	}
	return nil
}

// otherDominant is the government the article names most other than not.
func (d *doc) otherDominant(not *entity) *entity {
	count := map[string]int{}
	best, n := "", 0
	for _, c := range d.countries {
		if not != nil && c.country == not.name {
			continue
		}
		count[c.country]++
		if count[c.country] > n {
			best, n = c.country, count[c.country]
		}
	}
	if best == "" {
		return nil
	}
	return d.govNamed(best)
}

// speakerGovernment is the government of the person speaking at token i:
// the last person named before it whose role is in a government or one of
// its agencies.
func (d *doc) speakerGovernment(i int) *entity {
	for k := i - 1; k >= 0 && k > i-400; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, r := range d.roles {
			if r.Person != m.ent.name {
				continue
			}
			if ge := d.govNamed(r.Org); ge != nil {
				return ge
			}
			if ae := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; ae != nil && ae.country != "" {
				if ge := d.govNamed(ae.country); ge != nil {
					return ge
				}
				return d.entity(schema.Government, ae.country, k)
			}
		}
		k = m.s
	}
	return nil
}

// nearTwoGovs reads "the two countries" of a clause at token i from the
// discourse: the two governments named last before i, in its sentence or
// the two before it, counting an agency's or an official's government.
func (d *doc) nearTwoGovs(i int) []*entity {
	var out []*entity
	if i <= 0 || i > len(d.toks) {
		return nil
	}
	sent := d.toks[i-1].sent
	for k := i - 1; k >= 0 && d.toks[k].sent >= sent-2 && len(out) < 2; k-- {
		m := d.mentionAt(k)
		if m == nil {
			continue
		}
		var g *entity
		switch {
		case m.ent != nil && m.ent.typ == schema.Government:
			g = m.ent
		case m.ent != nil && m.ent.typ == schema.Agency && m.ent.country != "":
			g = d.govNamed(m.ent.country)
		case m.ent != nil && m.ent.typ == schema.Person:
			g = d.personGov(m.ent)
		case m.country != "":
			g = d.govNamed(m.country)
		}
		if g != nil && !containsEnt(out, g) {
			out = append(out, g)
		}
		if m.s < k {
			k = m.s
		}
	}
	return out
}

// memberStatesBloc reads "the [N] member states" at token k: the regional
// bloc (a known organisation) named last before it, else nil.
func (d *doc) memberStatesBloc(k int) *entity {
	if k+2 >= len(d.toks) || d.toks[k].key != "the" {
		return nil
	}
	j := k + 1
	if unicode.IsDigit(firstRune(d.toks[j].key)) || blocCounts[d.toks[j].key] {
		j++
	}
	if j+1 >= len(d.toks) || d.toks[j].key != "member" || !govPlurals[d.toks[j+1].key] {
		return nil
	}
	for i := k - 1; i >= 0 && i > k-400; i-- {
		if m := d.mentionAt(i); m != nil && m.ent != nil && m.ent.typ == schema.Organization && m.gaz != nil {
			return m.ent
		}
	}
	return nil
}

// blocCounts may count a bloc's members: "the twelve member states".
var blocCounts = lexWords.set("blocCounts")

// forPartyTo returns the body an agreement engages to act: "signed an
// agreement for the Army Corps of Engineers to provide expertise" binds
// the corps as written, not its government.
func (d *doc) forPartyTo(k int) *entity {
	if k+1 >= len(d.toks) || d.toks[k].key != "for" {
		return nil
	}
	m := d.mentionFrom(k + 1)
	if m == nil || m.ent == nil || m.e >= len(d.toks) || d.toks[m.e].key != "to" {
		return nil
	}
	switch m.ent.typ {
	case schema.Agency, schema.Government, schema.Organization:
		return m.ent
	}
	return nil
}
