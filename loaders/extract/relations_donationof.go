// Donations named as a noun with their gift: "the United States announced
// the donation of two million doses to X", "Chile's donation of 12 boats
// to X", "a donation made by Y of 40 trucks to X".

package extract

import "github.com/newsgraph/newsgraph/schema"

// donationNouns name a gift given.
var donationNouns = set("donation", "donations")

// donationVerbs take a donation as their object and make their subject
// its donor: "announced the donation of …", "made a donation of …"; a
// verb that only talks of it ("highlighted the donation") names no donor.
var donationVerbs = set("announced", "announces", "made", "makes", "completed", "completes", "delivered",
	"delivers", "finalized", "finalised")

// donationsOf reads a donation noun whose gift is named before its
// recipient ("the donation of X to B"): the donor supports B. The donor
// is the agent of "by" between the noun and the recipient, the name or
// possessor right before the noun (over a few plain words: "Chile's
// $5 million donation"), "our" for the speaker's government, or the
// subject of a stated donationVerb whose object the donation is. A
// donation "to" right after the noun is the lexicon's "donation to".
func (d *doc) donationsOf(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		if !donationNouns[d.toks[v].key] || d.inQuote[v] || d.toks[v+1].key == "to" {
			continue
		}
		sent := d.toks[v].sent
		to, by := -1, -1
		for k := v + 1; k < len(d.toks) && d.toks[k].sent == sent && k < v+20; k++ {
			key := d.toks[k].key
			if actorStop[key] || key == "," || key == "which" || key == "who" {
				break
			}
			if key == "by" && by < 0 {
				by = k
			}
			if key == "to" {
				to = k
				break
			}
		}
		if to < 0 || d.infinitiveAt(to+1) {
			continue
		}
		recipients := d.actorsRight(to+1, sent, "supports", sideObj)
		if len(recipients) == 0 {
			continue
		}
		var donors []*entity
		if by >= 0 {
			donors = d.actorsRight(by+1, sent, "supports", sideSubj)
		} else {
			donors = d.donorBefore(v, sent)
		}
		for _, s := range donors {
			for _, o := range recipients {
				add(s, "supports", o, v)
			}
		}
	}
}

// donorBefore is the donor of the donation noun at v named before it: a
// name or possessor ending right before the noun over up to three plain
// words ("the United States donation", "Chile's $5 million donation"),
// "our" (the speaker's government), or the subject of a stated
// donationVerb right before the noun's article.
func (d *doc) donorBefore(v, sent int) []*entity {
	k := v - 1
	for k > 0 && k >= v-4 && d.toks[k].sent == sent && d.mentionAt(k) == nil && !determiners[d.toks[k].key] &&
		d.toks[k].key != "our" && !actorStop[d.toks[k].key] && d.toks[k].key != "," {
		k--
	}
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	if d.toks[k].key == "'s" || d.toks[k].key == "'" {
		k--
	}
	if m := d.mentionAt(k); m != nil && m.e == k+1 || m != nil && m.e == k+2 {
		if m.ent != nil && m.ent.typ != schema.Agreement && typeOK("supports", sideSubj, m.ent.typ) {
			return []*entity{m.ent}
		}
		return nil
	}
	if d.toks[k].key == "our" {
		if g := d.weGov(k); g != nil {
			return []*entity{g}
		}
		return nil
	}
	if (d.toks[k].key == "the" || d.toks[k].key == "a") && k > 0 && donationVerbs[d.toks[k-1].key] {
		g := d.verbGroup(k - 1)
		if d.unstated(k-1, g) {
			return nil // "will announce the donation", "did not make a donation"
		}
		return d.actorsLeft(g.start, sent, "supports", sideSubj)
	}
	return nil
}
