// Criminal groups the gazetteer does not know: "the Los X", "Clan Y", "a
// gang called Z".

package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// prefixGroupHeads open a criminal group's name: "Clan Isaza", "Frente
// Primero", "Comando Norte".
var prefixGroupHeads = set("clan", "frente", "comando", "comandos", "banda", "mara", "cartel", "autodefensas", "bloque")

// lowerGroupHeads follow a group's capitalised name in lower case: "the Los
// Fantasmas gang".
var lowerGroupHeads = set("gang", "cartel", "clan", "militia", "mafia", "syndicate", "gangs")

// groupCands finds criminal groups the gazetteer does not know: "the Los
// Fantasmas gang", "Clan Isaza".
func (d *doc) groupCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord || d.titlecase[t.para] {
			continue
		}
		// a capitalised name, then a lower-case head
		hend := i + 1
		if n := d.orgCrimeHead(i); n > 0 {
			hend = i + n // "the Lorenzana drug trafficking organization"
		}
		if !t.cap && (lowerGroupHeads[t.key] || hend > i+1) && i > 0 && !d.toks[i].brk {
			s, hy := i, 0
			for s > 0 && !d.toks[s].brk && d.toks[s-1].sent == t.sent && (d.capWord(s-1) ||
				particles[d.toks[s-1].key] && s-2 >= 0 && d.capWord(s-2) || d.hyphenInName(s-1)) {
				if d.toks[s-1].key == "-" {
					hy++ // "the Ruiz-Lagos cartel": one name across the hyphen
				}
				s--
			}
			if s == i || s+4+hy < i || d.gazCover[s] || d.toks[s].brk && !d.toks[s].cap {
				continue
			}
			if _, n := d.g.lookup(d.toks, s); n > 0 && !d.placeNamedCartel(s, i) {
				continue // a country, demonym, place or known name
			}
			if d.g.given[d.toks[s].key] != 0 && !d.placeNamedCartel(s, i) || !d.nameWords(s, i) || d.describedGroup(s, i) || d.openingAdjective(s, i) {
				continue
			}
			m := &mention{s: s, e: hend, typ: schema.Cartel, name: d.surface(s, i), prio: 1}
			m.aliases = append(m.aliases, d.surface(s, hend))
			out = append(out, m)
			i = hend - 1
			continue
		}
		// "Los Fantasmas, a gang of", "a network known as Los Tiburones":
		// a Spanish article and a name that the sentence calls a group
		if t.cap && spanishArticles[t.key] && i+1 < len(d.toks) && d.capWord(i+1) && !d.toks[i+1].brk && !d.gazCover[i] {
			e := d.nameRunEnd(i + 1)
			if e-i <= 5 && d.nameWords(i+1, e) && d.calledGroup(i, e) {
				if _, n := d.g.lookup(d.toks, i); n == 0 {
					out = append(out, &mention{s: i, e: e, typ: schema.Cartel, name: d.surface(i, e), prio: 1})
					continue
				}
			}
		}
		// "Centro de Estudios Fronterizos", "Universidad del Rosario": a
		// Spanish or Portuguese organisation head, then the name
		if t.cap && prefixOrgHeads[t.key] && i+1 < len(d.toks) && !d.gazCover[i] {
			if e := d.prefixOrgRunEnd(i); e > i+1 && e <= i+10 && d.nameWords(i+1, e) && !d.facility(i-1, e) {
				s := d.outletArticleStart(i) // "El Diario de Hoy": the article is the outlet's name
				out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 1})
				continue
			}
		}
		// a capitalised head, then the name
		if t.cap && prefixGroupHeads[t.key] && i+1 < len(d.toks) {
			e := i + 1
			if !d.toks[e].brk {
				e = d.nameRunEnd(e) // "de la Frontera" included
			}
			if e == i+1 || e > i+8 || d.gazCover[i] {
				continue
			}
			if !d.nameWords(i+1, e) {
				continue
			}
			if d.g.given[t.key] != 0 && !d.calledGroup(i, e) {
				continue // "Mara Quintero": a given name that also heads gangs' names, unless the sentence calls it a group
			}
			if peopleOfGroup[d.toks[e-1].key] {
				continue // "29 Cartel Members", "Gang Leaders": people described by their group, not its name
			}
			if eventHeads[d.toks[e-1].key] {
				continue // "the Americas Counter Cartel Conference": an event about groups, none of them
			}
			out = append(out, &mention{s: i, e: e, typ: schema.Cartel, name: d.surface(i, e), prio: 1})
		}
	}
	return out
}

// spanishArticles open many criminal groups' names ("Los Choneros").
var spanishArticles = set("los", "las", "el", "la")

// groupCallers introduce a group's name: "a clan known as X", "the network
// the agency calls X".
var groupCallers = set("as", "called", "calls", "named", "dubbed", "nicknamed", "like", "including")

// calledGroup reports whether the sentence calls the name at tokens [s, e)
// a criminal group: ", a gang of …" after it, or a group noun and "known
// as", "calls", "such as" before it.
func (d *doc) calledGroup(s, e int) bool {
	if e+2 < len(d.toks) && d.toks[e].key == "," {
		for k := e + 1; k < len(d.toks) && k <= e+5; k++ {
			key := d.toks[k].key
			if crimeGroupNouns[key] {
				return true
			}
			if d.toks[k].kind != tWord || d.toks[k].cap {
				break
			}
		}
	}
	if s == 0 || !groupCallers[d.toks[s-1].key] {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-10 && d.toks[k].sent == d.toks[s].sent; k-- {
		if crimeGroupNouns[d.toks[k].key] {
			return !d.headOfGroup(k)
		}
	}
	return false
}

// headOfGroup reports whether the group noun at token k completes a title
// ("the former head of the Cartel, known as X"): then the name is the
// title holder's, not the group's.
func (d *doc) headOfGroup(k int) bool {
	j := k - 1
	if j >= 0 && d.toks[j].key == "the" {
		j--
	}
	return j >= 1 && d.toks[j].key == "of" && titleHeads[d.toks[j-1].key]
}

// crimeGroupNouns name a criminal group in lower case.
var crimeGroupNouns = set("gang", "gangs", "group", "groups", "network", "networks", "cartel", "cartels",
	"clan", "clans", "faction", "factions", "crew", "crews", "militia", "militias", "organization",
	"organisation", "mafia", "band", "outfit", "syndicate")

// groupAllianceNouns head a phrase whose named modifier is a group ("the
// X gang coalition"), beside the criminal group nouns.
var groupAllianceNouns = set("coalition", "alliance", "federation", "umbrella", "confederation")

// crimeOrgHeads are the lower-case multi-word heads of a criminal group's
// name: "the Lorenzana drug trafficking organization", "the Sinaloa drug
// organization".
var crimeOrgHeads = [][]string{{"drug", "trafficking", "organization"}, {"drug", "trafficking", "organisation"},
	{"drug", "organization"}, {"drug", "organisation"}, {"trafficking", "organization"}, {"criminal", "organization"},
	{"criminal", "organisation"}, {"drug", "cartel"}, {"drug", "trafficking", "network"}}

// orgCrimeHead returns the length of a crimeOrgHeads phrase written in
// lower case at token i, or 0.
func (d *doc) orgCrimeHead(i int) int {
	n := d.phraseAt(i, crimeOrgHeads)
	for k := i; k < i+n; k++ {
		if d.toks[k].cap {
			return 0
		}
	}
	return n
}

// describedGroup reports whether the one capitalised word at s before the
// group head at i only opens its sentence ("Dangerous gangs like …",
// "“Criminal gangs such as …"): a plural head or a word the article also
// writes in lower case describes groups, it does not name one.
func (d *doc) describedGroup(s, i int) bool {
	if i != s+1 || s > 0 && d.toks[s-1].kind == tWord && d.toks[s-1].sent == d.toks[s].sent {
		return false
	}
	if d.toks[i].key == "gangs" {
		return true
	}
	return d.writtenLower(d.toks[s].key)
}

// nameRunsOn reports whether capitalised words of the same name follow
// the head word at i, so that it is not the name's last word.
func (d *doc) nameRunsOn(i int) bool {
	return i+1 < len(d.toks) && !d.toks[i+1].brk && d.toks[i+1].sent == d.toks[i].sent && d.capWord(i+1)
}

// hyphenInName reports whether token k is a hyphen written without spaces
// between two capitalised words: "Ruiz-Lagos".
func (d *doc) hyphenInName(k int) bool {
	return k > 0 && k+1 < len(d.toks) && d.toks[k].key == "-" && !d.toks[k].space && !d.toks[k+1].space &&
		d.capWord(k-1) && d.capWord(k+1)
}
