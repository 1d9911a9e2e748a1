// Organisations named by what they are ("the newspaper X"), by
// capitalised words joined with "&" ("X & Y"), and political parties
// ("the ruling X party"): candidates found apart from the names that end
// in an organisation's head word (mentions_orgs.go).

package extract

import "github.com/newsgraph/newsgraph/schema"

// nounNamedCands finds organisations introduced by what they are: "the
// consultancy Lantia Consultores", "the newspaper La Hora".
func (d *doc) nounNamedCands(out []*mention) []*mention {
	out = d.ampersandCands(out)
	out = d.partyCands(out)
	out = d.outletSuffixCands(out) // "the Andes Hoy news outlet" (mentions_outletsuffix.go)
	for i := 1; i+1 < len(d.toks); i++ {
		t := d.toks[i]
		if t.cap && !(t.key == "ngo" && t.upper) || !orgNouns[t.key] && !d.pressAgencyNoun(i) || t.key == "party" && !(politicalAdjs[d.toks[i-1].key] || d.toks[i-1].key == "political") {
			continue // "the party X" alone may be a title's ("the party Secretary X"); "the political party X" names it
		}
		p := d.toks[i-1].key
		if i > 1 && !d.toks[i-1].cap && d.toks[i-1].kind == tWord && d.at[i-1] == 0 && (d.toks[i-2].key == "the" || d.toks[i-2].key == "a" || d.toks[i-2].key == "an") &&
			!orgNouns[p] && p != "same" && p != "other" {
			p = d.toks[i-2].key // "the consulting firm X", "the Mexican-owned company X"
		} else if t.key == "ngo" && i > 2 && d.lowerWords(i-2, i) && (d.toks[i-3].key == "the" || d.toks[i-3].key == "a" || d.toks[i-3].key == "an") {
			p = d.toks[i-3].key // "the human rights NGO X", "the prisoner advocacy NGO X"
		} else if d.twoModifiersBefore(i) {
			p = d.toks[i-3].key // "the independent press agency X", "the private energy company X"
		}
		if p != "the" && p != "a" && p != "an" {
			continue
		}
		s := i + 1
		e := s
		for e < len(d.toks) && !d.toks[e].brk && (d.capWord(e) || e > s && particles[d.toks[e].key] && e+1 < len(d.toks) && d.capWord(e+1)) {
			e++
		}
		if e > s && e < len(d.toks) && mediaNouns[t.key] && d.toks[e].kind == tWord && d.toks[e].letters == 0 && !d.toks[e].brk &&
			d.toks[e].sent == d.toks[s].sent && len(d.toks[e].key) <= 3 {
			e++ // "the newspaper Página 12", "the channel Canal 13": a number ends the outlet's name
		}
		if e == s || e-s > 5 || d.gazCover[s] || d.g.given[d.toks[s].key] != 0 {
			continue
		}
		if t.key == "ngo" && d.lowerConnectorThenCap(e) && d.toks[e].sent == d.toks[s].sent {
			continue // "the NGO Consultancy for Human Rights", "the NGO Madres de la Plaza": a longer name, read by its head word
		}
		if ps, n := d.g.lookup(d.toks, s); n > 0 && ps[0].kind != kEntity {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 1})
	}
	return out
}

// mediaNouns introduce a news outlet, whose name may end in a number
// ("the newspaper Página 12").
var mediaNouns = set("newspaper", "daily", "outlet", "broadcaster", "network")

// ampersandCands finds firms named by capitalised words joined with "&":
// "Ibarra & Castle", "Montoya Ruiz & Asociados", outside a title-case
// headline.
func (d *doc) ampersandCands(out []*mention) []*mention {
	for i := 1; i+1 < len(d.toks); i++ {
		if d.toks[i].key != "&" || !d.capWord(i-1) || !d.capWord(i+1) || d.toks[i].brk || d.toks[i+1].brk {
			continue
		}
		if d.toks[i].para == 0 && d.titlecase[0] {
			// "Sens. Ana Ruiz & Ole Vik Introduce Bill", "Crime & Violence
			// Prevention": a headline capitalises every word, so "&" there
			// joins people or topics as often as a firm's names
			continue
		}
		s := i - 1
		for s > 0 && s > i-4 && !d.toks[s].brk && d.capWord(s-1) && !funcWords[d.toks[s-1].key] && !titleHeads[d.toks[s-1].key] &&
			d.toks[s-1].sent == d.toks[i].sent {
			s--
		}
		if funcWords[d.toks[s].key] {
			s++
		}
		e := i + 1
		for e < len(d.toks) && e < i+5 && !d.toks[e].brk && (d.capWord(e) || corpSuffix[d.toks[e].key]) {
			e++
		}
		if s >= i || d.gazCover[s] || d.gazCover[i+1] || s > 0 && titleHeads[d.toks[s-1].key] || d.titleInside(i+1, e) {
			continue // "President Trump & El Salvador President Bukele": two people
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 2})
	}
	return out
}

// titleInside reports whether a title word is among tokens [s, e).
func (d *doc) titleInside(s, e int) bool {
	for k := s; k < e; k++ {
		if titleHeads[d.toks[k].key] {
			return true
		}
	}
	return false
}

// partyCands finds political parties written "the Morena party": a
// capitalised name before a lower-case "party".
func (d *doc) partyCands(out []*mention) []*mention {
	for i := 2; i < len(d.toks); i++ {
		if t := d.toks[i]; t.key != "party" && t.key != "movement" || t.cap {
			continue
		}
		e := i
		s := e
		for s > 0 && s > e-4 && d.capWord(s-1) && !d.toks[s].brk && d.toks[s-1].sent == d.toks[i].sent {
			s--
		}
		// "the governing Morena party", "the opposition X movement"
		b := s - 1
		for b > 0 && b > s-3 && politicalAdjs[d.toks[b].key] && !d.toks[b].cap {
			b--
		}
		if s == e || s == 0 || b < 0 || d.toks[b].key != "the" && d.toks[b].key != "its" && d.toks[b].key != "his" && d.toks[b].key != "her" || d.gazCover[s] {
			continue
		}
		if ps, n := d.g.lookup(d.toks, s); n > 0 && ps[0].kind != kEntity {
			continue
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Organization, name: d.surface(s, e), prio: 1})
	}
	return out
}

// politicalAdjs may stand between "the" and a party's name: "the ruling
// X party".
var politicalAdjs = set("governing", "ruling", "opposition", "leftist", "rightist", "left-wing", "right-wing",
	"conservative", "liberal", "centrist", "populist", "main", "former", "small", "far-right", "far-left",
	"socialist", "nationalist", "incumbent", "defunct", "new", "largest", "biggest", "once-dominant", "dominant",
	"center-right", "centre-right", "center-left", "centre-left", "progressive", "evangelical", "indigenous")

// lowerConnectorThenCap reports whether one or two lower-case words from
// token e lead on to a capitalised word ("for Human Rights", "de la Plaza"):
// the name before e goes on past them.
func (d *doc) lowerConnectorThenCap(e int) bool {
	for k := e; k < e+2 && k+1 < len(d.toks); k++ {
		if t := d.toks[k]; t.kind != tWord || t.cap {
			return false
		}
		if d.capWord(k + 1) {
			return true
		}
	}
	return false
}

// lowerWords reports whether the tokens from i to e (exclusive) are
// lower-case words no mention covers.
func (d *doc) lowerWords(i, e int) bool {
	for k := i; k < e; k++ {
		if t := d.toks[k]; t.kind != tWord || t.cap || d.at[k] != 0 {
			return false
		}
	}
	return true
}
