package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A title phrase is the small grammar every office or affiliation is
// written in, whatever its words:
//
//	[det] [ORG|DEMONYM|noun 's]* [modifier]* HEAD+ [(of|for|at|with|in|to) [the] [portfolio words] [ORG ['s ORG]]]
//
// "the group's founder", "Saint Lucia's minister for home affairs", "a
// former inspector for SENAE", "The Commander General of the Bolivian
// Police", "The CIPES director", "head of the police's anti-narcotics
// unit". genericRoles reads such phrases around a person's name wherever
// the older, more specific patterns found no post for that person.

type titlePhrase struct {
	s, e  int   // token range [s, e)
	title []int // title tokens (modifiers, heads, portfolio words)
	head  bool
	org   *entity // body after a preposition, else the possessor/ORG before the head
}

// phraseDets may open a title phrase.
var phraseDets = lexWords.set("phraseDets")

// portfolioPreps join a title head to its portfolio or body.
var portfolioPreps = lexWords.set("portfolioPreps")

// titlePhraseAt parses a title phrase starting at token i.
func (d *doc) titlePhraseAt(i int) titlePhrase {
	tp := titlePhrase{s: i, e: i}
	if i >= len(d.toks) {
		return tp
	}
	sent := d.toks[i].sent
	k, before := d.titlePhraseHead(&tp, i, sent)
	if !tp.head {
		return tp
	}
	tp.e = k
	tp.org = before
	d.titlePhrasePortfolio(&tp, k, sent)
	return tp
}

// titlePhraseHead reads a title phrase's words up to and including its
// head from token i (sentence sent) into tp: a determiner, bodies and
// possessors before the head ("the group's founder", "Saint Lucia's
// minister"), modifiers, hyphenated compounds ("co-founder"). It returns
// the token after them and the body or possessor read before the head.
func (d *doc) titlePhraseHead(tp *titlePhrase, i, sent int) (int, *entity) {
	k := i
	if phraseDets[d.toks[k].key] && d.at[k] == 0 {
		k++
	}
	var before *entity // ORG or possessor before the head
	lim := i + 16
	for k < len(d.toks) && k < lim && d.toks[k].sent == sent && !d.inQuote[k] {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil {
			if tp.head {
				break
			}
			if m.ent != nil && m.ent.typ != schema.Person && m.ent.typ != schema.Agreement && m.ent.typ != "" {
				before = m.ent
				k = m.e
				continue
			}
			if m.class == mIgnore && !tp.head {
				k = m.e // "Americas director", "Caribbean coordinator": a remit
				continue
			}
			if m.ent == nil && m.class == mEntity && m.typ != "" && m.typ != schema.Person && m.typ != schema.Agreement {
				k = m.e // before resolution (person evidence): a body, no entity yet
				continue
			}
			if m.class == mDemonym && m.country != "" {
				if ge := d.govNamed(m.country); ge != nil {
					before = ge
				} else {
					before = d.entity(schema.Government, m.country, m.s)
				}
				k = m.e
				continue
			}
			break
		}
		if t.key == "'s" {
			// "the president's special envoy": the government of the
			// president the text means
			if k > i && d.at[k-1] == 0 && headOfState[d.toks[k-1].key] && !d.toks[k-1].cap && !tp.head && k >= 2 && d.toks[k-2].key == "the" {
				if g := d.presidentGovernment(k - 1); g != nil {
					before = g
				}
			}
			// "the group's founder": the actor the noun refers to
			if k > i && d.at[k-1] == 0 && refNouns[d.toks[k-1].key] != 0 && !tp.head {
				if ref := d.nounReferent(k-1, refNouns[d.toks[k-1].key]); ref != nil {
					before = ref
				} else if refNouns[d.toks[k-1].key] == 'g' && d.toks[k-1].key != "state" {
					// "the government's chief negotiator": the country the
					// article is about when no government was named just before
					if c := d.contextCountry(k, false); c != "" {
						if ge := d.govNamed(c); ge != nil {
							before = ge
						}
					}
				}
			}
			k++
			continue
		}
		if t.kind != tWord {
			break
		}
		// "co-founder", "ex-minister", "director-general": a hyphenated
		// compound whose last part is a title head
		if k+2 < len(d.toks) && d.toks[k+1].key == "-" && !d.toks[k+1].space && !d.toks[k+2].space && d.at[k+2] == 0 &&
			(titleHeads[d.toks[k+2].key] || titleHeads[t.key] && titleMods[d.toks[k+2].key]) {
			if tp.head && !titleHeads[d.toks[k+2].key] {
				break
			}
			tp.head = true
			tp.title = append(tp.title, k, k+1, k+2)
			k += 3
			continue
		}
		if titleHeads[t.key] && !(t.key == "member" && tp.head) || rankingHead(d.toks, k) && !tp.head {
			tp.head = true
			tp.title = append(tp.title, k)
			k++
			continue
		}
		if tp.head && !((titleMods[t.key] || d.isTitleTok(k)) && d.headWithin(k+1, 3)) {
			break // "deputy foreign minister": a head may be a modifier of the next
		}
		if titleMods[t.key] || d.isTitleTok(k) {
			tp.title = append(tp.title, k)
			k++
			continue
		}
		// a hyphenated lower-case modifier before the head:
		// "a drug-trafficking expert", "a counter-narcotics adviser"
		if !t.cap && !tp.head && k+3 < len(d.toks) && d.toks[k+1].key == "-" && !d.toks[k+1].space && !d.toks[k+2].space &&
			d.toks[k+2].kind == tWord && !d.toks[k+2].cap && d.at[k+1] == 0 && d.at[k+2] == 0 && d.headWithin(k+3, 2) {
			tp.title = append(tp.title, k, k+1, k+2)
			k += 3
			continue
		}
		// a lower-case portfolio or possessed noun before the head:
		// "public safety minister", "the group's founder"
		if !t.cap && (k+1 < len(d.toks) && d.toks[k+1].key == "'s" || d.headWithin(k+1, 2)) {
			if d.toks[k+1].key != "'s" {
				tp.title = append(tp.title, k)
			}
			k++
			continue
		}
		break
	}
	return k, before
}

// titlePhrasePortfolio reads what follows a title phrase's head at token k
// (sentence sent) into tp: "of/for/at … [the] [portfolio words] [ORG]", at
// most twice: the body ("director of the DEA's Houston Division"), a remit
// ("Mexico's ambassador to the United States"), or the portfolio
// ("minister for home affairs").
func (d *doc) titlePhrasePortfolio(tp *titlePhrase, k, sent int) {
	for hops := 0; hops < 2 && k < len(d.toks) && d.toks[k].sent == sent && portfolioPreps[d.toks[k].key]; hops++ {
		j := k + 1
		if j < len(d.toks) && d.toks[j].key == "the" {
			j++
		}
		if c := d.capsPortfolioBeforeBody(k, j); c > 0 {
			tp.title = append(tp.title, k, c-1) // "Chief of the Joint Staff, Y"
			tp.e = c
			break
		}
		var port []int
		var org *entity
		for j < len(d.toks) && j < k+9 && d.toks[j].sent == sent && !d.inQuote[j] {
			if m := d.mentionAt(j); m != nil {
				pk := d.toks[k].key
				if m.ent != nil && tp.org != nil && (pk == "to" || pk == "with" || pk == "for" && (m.ent.typ == schema.Government || m.ent.typ == schema.Cartel)) {
					// "Mexico's ambassador to the United States": a remit
					for x := m.s; x < m.e; x++ {
						port = append(port, x)
					}
					j = m.e
					continue
				}
				if m.ent != nil && m.ent.typ != schema.Person && m.ent.typ != schema.Agreement && m.ent.typ != "" {
					org = m.ent
					j = m.e
					// "the DEA's Houston Division": the unit
					if j+1 < len(d.toks) && d.toks[j].key == "'s" {
						if m2 := d.mentionAt(j + 1); m2 != nil && m2.s == j+1 && m2.ent != nil && m2.ent.typ != schema.Person && m2.ent.typ != schema.Agreement {
							org = m2.ent
							j = m2.e
						}
					}
					break
				}
				if m.class == mDemonym && m.country != "" && org == nil || m.class == mIgnore {
					// "director of the Mexican program", "official for the
					// Western Hemisphere": a remit, not the body
					for x := m.s; x < m.e; x++ {
						port = append(port, x)
					}
					j = m.e
					continue
				}
				break
			}
			t := d.toks[j]
			if t.kind == tWord && !t.cap && t.key != "who" && t.key != "which" && t.key != "that" && !speechVerbs[t.key] ||
				t.kind == tWord && t.cap && d.at[j] == 0 && (k+1 == j || len(port) > 0) && d.toks[k].key == "for" {
				port = append(port, j)
				j++
				continue
			}
			if t.key == "'s" || t.key == "-" && !t.space && len(port) > 0 {
				j++ // "the police's anti-narcotics unit"
				continue
			}
			break
		}
		if org != nil {
			tp.org = org
			tp.title = append(tp.title, port...)
			tp.e = j
			k = j
			continue
		}
		if len(port) > 0 && len(port) <= 5 && (d.toks[k].key == "for" || d.toks[k].key == "of" || d.toks[k].key == "on" || d.toks[k].key == "to") {
			// "minister for home affairs", "adviser on training"
			tp.title = append(tp.title, k)
			tp.title = append(tp.title, port...)
			tp.e = j
			k = j
			continue
		}
		break
	}
}

// headWithin reports whether a title head comes within n tokens from i,
// over lower-case words only.
func (d *doc) headWithin(i, n int) bool {
	for j := i; j < len(d.toks) && j < i+n; j++ {
		t := d.toks[j]
		if t.kind != tWord || d.at[j] != 0 {
			return false
		}
		if titleHeads[t.key] {
			return true
		}
		if t.cap && !titleMods[t.key] {
			return false
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rankingHead reports whether token k is the head of "ranking Democrat" or
// "ranking Republican", a committee's senior minority member.
func rankingHead(toks []token, k int) bool {
	return k > 0 && toks[k-1].key == "ranking" && (toks[k].key == "democrat" || toks[k].key == "republican" || toks[k].key == "member")
}

// headOfState nouns name the head of a government.
var headOfState = lexWords.set("headOfState")

// presidentGovernment is the government of "the president" at token i: the
// government of the last person before it with that title, else the
// government of the dateline.
func (d *doc) presidentGovernment(i int) *entity {
	noun := d.toks[i].key
	for k := i - 1; k >= 0; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, r := range d.roles {
			if r.Person == m.ent.name && !r.Former && strings.Contains(fold(r.Title), noun) {
				if ge := d.govNamed(r.Org); ge != nil {
					return ge
				}
			}
		}
		k = m.s
	}
	if d.dateline != "" {
		return d.govNamed(d.dateline)
	}
	return nil
}
