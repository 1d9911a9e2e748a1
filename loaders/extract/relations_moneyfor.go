// Money set aside for a recipient: "the bill includes $300 million for
// Merida Initiative implementation in Mexico, as well as $105 million for
// its implementation in A, B and C", "signed an agreement for $12 million
// in funding for counter-narcotics projects in Mexico", "the bill
// provides $450 million, including $350 million for Mexico". The state
// (or body) that gives it supports each state, body or organisation the
// money is for ("USAID provided $3 million to the World Food Programme").

package extract

import "github.com/newsgraph/newsgraph/schema"

// moneyUnits end a sum of money written in words ("$12 million").
var moneyUnits = set("million", "billion", "thousand")

// moneyRecipientPreps introduce who a sum is for.
var moneyRecipientPreps = set("for", "to", "toward", "towards")

// moneyActivityNouns name what a sum pays for in a place: "for
// counter-narcotics projects in Mexico", "for its implementation in B".
var moneyActivityNouns = lexWords.set("moneyActivityNouns")

// lawNouns name a law whose money the text's own government gives: "the
// appropriations bill provides $450 million for X".
var lawNouns = set("bill", "law", "budget", "act", "appropriations", "appropriation")

// moneyAt returns the token after a sum of money starting at token k
// ("$12 million", "US$1,300 million", "$45,000"), or -1.
func (d *doc) moneyAt(k int) int {
	if k+1 >= len(d.toks) || d.toks[k].key != "$" || d.toks[k+1].key == "" || !isDigitByte(d.toks[k+1].key[0]) {
		return -1
	}
	j := k + 2
	if j < len(d.toks) && moneyUnits[d.toks[j].key] {
		j++
	}
	return j
}

// activityIn returns the token after "in" when plain words from token k
// end in an activity noun and "in" ("counter-narcotics projects in",
// "its implementation in"), or -1; a reward ("for information leading
// to …") or a name before them is none.
func (d *doc) activityIn(k, sent int) int {
	for j := k; j+1 < len(d.toks) && j < k+5 && d.toks[j].sent == sent; j++ {
		t := d.toks[j]
		if moneyActivityNouns[t.key] && d.toks[j+1].key == "in" {
			return j + 2
		}
		if t.key == "information" || d.mentionAt(j) != nil || t.kind != tWord && t.key != "-" || t.cap {
			return -1
		}
	}
	return -1
}

// moneyRecipients reads who the sum ending at token j is for: the states
// and bodies named after "for" or "to" within a few words ("$12 million
// in funding for …", "$105 million for its implementation in A, B and
// C"), or nil. A reward "for information" is for no one; a recipient
// names a state, a body or an organisation, not a person or a group.
func (d *doc) moneyRecipients(j, sent int) []*entity {
	k := j
	for n := 0; n < 5 && k < len(d.toks) && d.toks[k].sent == sent && !moneyRecipientPreps[d.toks[k].key]; n++ {
		if t := d.toks[k]; t.kind != tWord || t.cap || d.mentionAt(k) != nil || t.key == "worth" {
			return nil // "$12 million in funding this year for": plain words only; "$50 million worth of cocaine" is no gift
		}
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !moneyRecipientPreps[d.toks[k].key] || d.infinitiveAt(k+1) {
		return nil // "$20 million to support X": a purpose, read by the verb
	}
	k++
	// "for counter-narcotics projects in Mexico", "for its implementation in B"
	if a := d.activityIn(k, sent); a > 0 {
		k = a
	} else {
		for k < len(d.toks) && (determiners[d.toks[k].key] || d.toks[k].key == "its" || d.toks[k].key == "their") {
			k++
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Agreement {
			if a := d.activityIn(m.e, sent); a == m.e+2 {
				k = a // "for Merida Initiative implementation in Mexico"
			}
		}
	}
	if m := d.mentionAt(k); m == nil || m.s != k {
		return nil // "$200 million … to save the Amazon": no recipient right after
	}
	var out []*entity
	for _, e := range d.actorsRight(k, sent, "supports", sideObj) {
		if e.typ == schema.Government || e.typ == schema.Agency || e.typ == schema.Organization {
			out = append(out, e)
		}
	}
	return out
}

// moneyGiver is who gives the sum starting at token k: the actor named
// before it in its clause, a person standing for their state ("President
// X signed into law a bill which includes $5 million for Y": X's state);
// with none, and a law's noun before the sum ("the bill provides"), the
// text's own government.
func (d *doc) moneyGiver(k, sent int) []*entity {
	var out []*entity
	for _, e := range d.actorsLeft(k, sent, "supports", sideSubj) {
		if e.typ == schema.Person {
			if g := d.personGov(e); g != nil {
				out = append(out, g)
			}
			continue
		}
		if e.typ == schema.Government || e.typ == schema.Agency {
			out = append(out, e)
		}
	}
	if len(out) > 0 {
		return out
	}
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == sent; j-- {
		if lawNouns[d.toks[j].key] {
			if g := d.authorGov(); g != nil {
				return []*entity{g}
			}
			return nil
		}
	}
	return nil
}

// moneyFor reads every sum of money set aside for a state or a body:
// its giver supports each. A negated, hypothetical or planned clause
// ("would provide", "seeks $5 million") states none.
func (d *doc) moneyFor(add func(*entity, string, *entity, int)) {
	for k := 0; k < len(d.toks); k++ {
		j := d.moneyAt(k)
		if j < 0 || d.inQuote[k] {
			continue
		}
		sent := d.toks[k].sent
		recipients := d.moneyRecipients(j, sent)
		if len(recipients) == 0 || d.moneyUnstated(k, sent) {
			continue
		}
		for _, a := range d.moneyGiver(d.moneyClauseStart(k, sent), sent) {
			for _, b := range recipients {
				add(a, "supports", b, k)
			}
		}
	}
}

// moneyClauseStart is where the giver of the sum at token k is looked
// for: before "including" or "as well as" that adds one sum to another
// ("provides $450 million for X, including $350 million for Y"), at the
// first sum; else at the sum itself.
func (d *doc) moneyClauseStart(k, sent int) int {
	start := k
	for j := k - 1; j >= 0 && j > k-30 && d.toks[j].sent == sent; j-- {
		if d.moneyAt(j) > 0 {
			start = j
		}
		if actorStop[d.toks[j].key] {
			break
		}
	}
	return start
}

// moneyUnstated reports whether the verb governing the sum at token k is
// negated, modal or planned ("would provide $5 million", "requested $5
// million").
func (d *doc) moneyUnstated(k, sent int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == sent; j-- {
		key := d.toks[j].key
		if relNegs[key] || d.isModal(j) || relBlockers[key] || key == "requested" || key == "requests" || key == "seeks" {
			return true
		}
	}
	return false
}
