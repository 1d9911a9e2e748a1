// Membership stated last in a person's apposition, after other
// descriptions: "X, 26, from El Salvador, and a member of the gang known
// as MS-13", "X, a Salvadoran national and an associate of Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// andMemberAppositions reads "and a (confirmed) member of Y" closing the
// apposition of the person it follows: the person named right before the
// apposition's first comma is Y's member. Only descriptions may stand
// between (numbers, lower-case words, a state or a demonym: "26, from El
// Salvador,"); nothing between ("arrested X, and a member of Y was …")
// or another name or clause gives no tie.
func (d *doc) andMemberAppositions(add func(*entity, string, *entity, int)) {
	for i := 2; i+2 < len(d.toks); i++ {
		if !copulaMemberNouns[d.toks[i].key] || d.toks[i+1].key != "of" && d.toks[i+1].key != "for" || d.inQuote[i] {
			continue
		}
		j := i - 1
		for j > 0 && memberMods[d.toks[j].key] {
			j--
		}
		if d.toks[j].key != "and" || d.toks[j+1].key == "another" {
			continue
		}
		sent := d.toks[i].sent
		p := d.appositionHead(j, sent)
		if p == nil {
			continue
		}
		for _, o := range d.memberBodies(i+2, sent) {
			add(p, "memberOf", o, i)
		}
	}
}

// appositionHead is the person whose apposition runs from the comma after
// the name to token j: only descriptions between (numbers, lower-case
// words, commas, a state or a demonym), at least one word; nil otherwise.
func (d *doc) appositionHead(j, sent int) *entity {
	words := 0
	for k := j - 1; k > 0 && k >= j-14 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				if m.e < len(d.toks) && d.toks[m.e].key == "," && words > 0 {
					return m.ent
				}
				return nil
			}
			if m.ent == nil && m.country != "" || m.ent != nil && m.ent.typ == schema.Government {
				k, words = m.s, words+1 // "from El Salvador", "a Salvadoran national"
				continue
			}
			return nil
		}
		switch {
		case t.key == ",":
		case t.kind == tWord && !t.cap && relCues[t.key] == nil && !actorStop[t.key] && !relConj[t.key] && t.key != "who" && t.key != "which":
			words++
		default:
			return nil
		}
	}
	return nil
}

// knownAsGroup is the token that names the group in "the (criminal
// street) gang known as (the) “X”" or "a Transnational Criminal
// Organization (TCO) known as X" starting at token k, or k when the words
// at k are not such a phrase.
func (d *doc) knownAsGroup(k, sent int) int {
	j := k
	if j < len(d.toks) && (d.toks[j].key == "the" || d.toks[j].key == "a" || d.toks[j].key == "an") {
		j++
	}
	for n := 0; j+2 < len(d.toks) && n < 6 && d.toks[j].sent == sent; j, n = j+1, n+1 {
		if m := d.mentionAt(j); m != nil && m.s == j && (m.ent == nil || m.ent.typ != schema.Cartel) && groupKindNouns[d.toks[m.e-1].key] {
			j = m.e - 1 // "a Transnational Criminal Organization known as X": a kind of group read as a name
		} else if t := d.toks[j]; t.kind != tWord || m != nil {
			return k
		}
		after := j + 1
		if j+5 < len(d.toks) && d.toks[j+1].key == "(" && d.toks[j+3].key == ")" {
			after = j + 4 // "Organization (TCO) known as": the acronym in brackets
		}
		if groupKindNouns[d.toks[j].key] && after+1 < len(d.toks) && d.toks[after].key == "known" && d.toks[after+1].key == "as" {
			j = after + 2
			if j < len(d.toks) && d.toks[j].key == "the" {
				j++
			}
			if j < len(d.toks) && d.toks[j].kind == tQuote {
				j++
			}
			if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil && m.ent.typ == schema.Cartel {
				return j
			}
			return k
		}
	}
	return k
}
