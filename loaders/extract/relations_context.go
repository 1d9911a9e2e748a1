// The context around a relation cue: the group, delegation, court, trip or
// list a verb's words point to, read before its actors are taken.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// groupHeads are the nouns of a group that a body's name may modify.
var groupHeads = set("delegation", "delegations", "team", "teams", "mission", "visit", "trip", "effort", "operation",
	"task", "panel", "working", "group")

// modifiesGroup reports whether the actors right after token end modify a
// group noun: "a joint A and B delegation".
func (d *doc) modifiesGroup(end, sent int) bool {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+16; k++ {
		if m := d.mentionAt(k); m != nil {
			k = m.e - 1
			continue
		}
		key := d.toks[k].key
		if groupHeads[key] {
			return d.mentionAt(k-1) != nil
		}
		if key != "a" && key != "an" && key != "the" && key != "joint" && key != "and" && key != "," {
			return false
		}
	}
	return false
}

// delegationLeaders are the people who lead a delegation named right
// after token end ("a U.S. delegation led by A, B and C"), or nil.
func (d *doc) delegationLeaders(end, sent int) []*entity {
	for k := end; k+2 < len(d.toks) && d.toks[k].sent == sent && k < end+6; k++ {
		key := d.toks[k].key
		if key != "delegation" && key != "delegations" {
			continue
		}
		// "a delegation of senior officials from X led by A"
		for j := k + 1; j+1 < len(d.toks) && d.toks[j].sent == sent && j < k+10; j++ {
			if n := d.toks[j].key; (n == "led" || n == "headed") && d.toks[j+1].key == "by" {
				return d.actorsRight(j+2, sent, "metWith", sideObj)
			}
			if actorStop[d.toks[j].key] || d.toks[j].key == "," || relCues[d.toks[j].key] != nil {
				return nil
			}
		}
		return nil
	}
	return nil
}

// directObject reports whether an actor follows token end at once: a
// mention (after "the"), or a person after title words ("President X");
// with person, only a person.
func (d *doc) directObject(end, sent int, person bool) bool {
	k := end
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent {
		return false
	}
	if !person && k+2 < len(d.toks) && d.toks[k].key == "people" && d.toks[k+1].key == "of" {
		if m := d.mentionAt(k + 2); m != nil && m.ent != nil && m.ent.typ == schema.Government {
			return true // "commends the people of Peru": the state
		}
	}
	if m := d.mentionAt(k); m != nil && m.ent != nil && (!person || m.ent.typ == schema.Person) {
		return true
	}
	if !person && k == end && k+1 < len(d.toks) && anaphorDets[d.toks[k].key] && d.toks[k].key != "the" && d.mentionAt(k+1) == nil &&
		d.headAnaphor(k+1) != nil {
		return true // "welcomes this agreement": the agreement named before
	}
	return d.personAfter(k, sent) != nil
}

// usDesignation reads a designation under United States law after token
// end: "as (a) Foreign Terrorist Organization(s)", "as Specially
// Designated Global Terrorists", or one under its drug kingpin law: "as a
// Significant Foreign Narcotics Trafficker", "as Specially Designated
// Narcotics Traffickers", "as a Tier II Kingpin" (kingpinCategory). It
// returns the United States when the article names it, and the token
// after "such as" or "including" when a list of the designated follows
// (else -1).
func (d *doc) usDesignation(end, sent int) (*entity, int) {
	if end >= len(d.toks) || d.toks[end].key != "as" {
		return nil, -1
	}
	found := false
	k := end + 1
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < end+16; k++ {
		key := d.toks[k].key
		if (key == "foreign" || key == "global") && k+1 < len(d.toks) && strings.HasPrefix(d.toks[k+1].key, "terrorist") {
			found = true
		}
		if d.kingpinCategory(end+1, k) {
			found = true
		}
		if key == "such" && k+1 < len(d.toks) && d.toks[k+1].key == "as" {
			k += 2
			break
		}
		if key == "including" {
			k++
			break
		}
		if actorStop[key] {
			k = -1
			break
		}
	}
	if !found {
		return nil, -1
	}
	us := d.govNamed("United States")
	if k >= len(d.toks) || k < 0 || d.toks[k-1].key != "as" && d.toks[k-1].key != "including" {
		k = -1
	}
	return us, k
}

// prosecutor is the government that brought the case of a conviction read
// after token end: "in a case brought by X", "prosecuted by X", else the
// United States for a federal or U.S. court ("in federal court in Miami")
// when the article names it.
func (d *doc) prosecutor(end, sent int, pred string) []*entity {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+20; k++ {
		key := d.toks[k].key
		if key == "by" && k > 0 && (d.toks[k-1].key == "brought" || d.toks[k-1].key == "prosecuted" || d.toks[k-1].key == "filed") {
			return d.actorsRight(k+1, sent, pred, sideSubj)
		}
		if (key == "federal" || key == "u.s.") && k+2 < len(d.toks) {
			for j := k + 1; j <= k+6 && j < len(d.toks) && d.toks[j].sent == sent; j++ {
				// "in federal court"; "on federal charges of …", "to federal
				// narcotics trafficking charges": a case of the United States
				// "for violation of U.S. drug laws", "under federal law": the
				// law broken is the United States'
				if n := d.toks[j].key; (n == "court" || n == "judge" || n == "jury") && j <= k+2 || (federalCharges[n] || n == "law" || n == "laws") && d.chargeWordsBetween(k+1, j) {
					if us := d.govNamed("United States"); us != nil {
						return []*entity{us}
					}
					return nil
				}
			}
		}
		if actorStop[key] {
			break
		}
	}
	return nil
}

// federalCharges are the nouns for what a federal case tries a person on.
var federalCharges = set("charge", "charges", "count", "counts", "crimes", "offenses", "offences", "indictment", "indictments")

// chargeWordsBetween reports whether the tokens [from, to) are only words
// describing a charge ("narcotics trafficking", "drug", "money laundering
// and"), no name and no punctuation.
func (d *doc) chargeWordsBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if t := d.toks[j]; t.kind != tWord || t.cap || d.mentionAt(j) != nil {
			return false
		}
	}
	return true
}

// ingPreps may govern an -ing verb whose actor is named before: "by
// backing X", "after meeting Y".
var ingPreps = set("by", "in", "for", "of", "to", "from", "with", "on", "at", "after", "before", "while", "without",
	"through", "and", "or", "also", "as", "when", "since", "keep", "keeps", "kept", "began", "begun", "start",
	"started", "stop", "stopped", "resumed")

// unresolvedSubjects are subject pronouns this reader does not resolve:
// the verb after one has no actor named before it.
var unresolvedSubjects = set("i", "we", "you", "they")

// objectOfVerb reports whether the mention of e nearest before token i
// follows a verb of the lexicon ("visited A"), over "the".
func (d *doc) objectOfVerb(e *entity, i, sent int) bool {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent && k > i-30; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent != e {
			continue
		}
		p := m.s - 1
		if p >= 0 && d.toks[p].key == "the" {
			p--
		}
		return p >= 0 && hasVerbCue(d.toks[p].key)
	}
	return false
}

// continuing are the governors of an infinitive that states the act:
// "continue to support", "helped to arrest".
var continuing = set("continue", "continues", "continued", "continuing", "help", "helped", "helps", "helping")

// objectFollows reports whether an actor of pred follows soon after end.
func (d *doc) objectFollows(end, sent int, pred string) bool {
	return len(d.actorsRight(end, sent, pred, sideObj)) > 0
}

// tripVerbs report a journey whose purpose, an infinitive after it, was
// carried out: "X traveled to Haiti on Monday to meet with Y" reports a
// meeting.
var tripVerbs = lexWords.set("tripVerbs")

// tripBefore returns the start of the verb group of a past, affirmative
// trip verb governing the infinitive whose "to" is at token to, or -1.
func (d *doc) tripBefore(to int) int {
	sent := d.toks[to].sent
	if s := d.delegationTrip(to); s >= 0 {
		return s // "A led a delegation of X officials to meet with B"
	}
	for k := to - 1; k >= 0 && k >= to-14 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if tripVerbs[key] {
			if g := d.verbGroup(k); !g.neg && !g.modal && !g.infinitive {
				return g.start
			}
			return -1
		}
		if actorStop[key] || key == "and" || key == "who" || key == "which" || relCues[key] != nil {
			return -1
		}
	}
	return -1
}

// isModal reports whether token k is a modal verb ("May" capitalised
// inside a sentence is the month: "on May 3 to meet").
func (d *doc) isModal(k int) bool {
	t := d.toks[k]
	if len(t.key) > 3 && strings.HasSuffix(t.key, "'ll") {
		return true // "we'll", "they'll": a pronoun glued to "will"
	}
	return relModals[t.key] && !(t.key == "may" && t.cap && k > 0 && d.toks[k-1].sent == t.sent)
}

// courtCountry is the government whose court charged or convicted when
// no court or prosecutor is named: the country named by "in" after the
// verb ("was sentenced in Mexico"; a place of the United States: "was
// indicted in Miami", "in Laredo, Texas"), else the article's dateline country,
// else the government of the text's author ("Statement by X").
func (d *doc) courtCountry(end, sent int) []*entity {
	if g, ok := d.courtPlace(end, sent); ok {
		return g
	}
	if d.dateline != "" {
		if e := d.govNamed(d.dateline); e != nil {
			return []*entity{e}
		}
		return nil
	}
	if d.datelineUS {
		if us := d.govNamed("United States"); us != nil {
			return []*entity{us} // "FAIRFAX, Va. – … He was convicted of fraud": a court where the story is filed
		}
		return nil
	}
	if g := d.authorGov(); g != nil {
		return []*entity{g} // no dateline: "Statement by X"
	}
	if g := d.proclaimingGov(); g != nil {
		return []*entity{g} // "BY THE PRESIDENT OF THE UNITED STATES OF AMERICA"
	}
	return nil
}

// courtPlace is the government whose court a place named by "in" after
// the verb at end stands for ("was sentenced in Mexico", "indicted in
// Miami", "in the District of Columbia"), and whether the words name a
// place at all (one the extractor cannot place gives none).
func (d *doc) courtPlace(end, sent int) ([]*entity, bool) {
	for k := end; k+1 < len(d.toks) && d.toks[k].sent == sent && k < end+10; k++ {
		if _, month := monthNames[strings.TrimSuffix(d.toks[k+1].key, ".")]; d.toks[k].key == "in" && month {
			continue // "convicted in March 2014": a date, not a place
		}
		if d.toks[k].key == "in" && d.toks[k+1].key == "the" && k+2 < len(d.toks) && d.districtEnd(k+2) > 0 {
			if us := d.govNamed("United States"); us != nil {
				return []*entity{us}, true // "charges in the Southern District of Florida": a U.S. federal court's
			}
			return nil, true
		}
		if d.toks[k].key == "in" && d.toks[k+1].key == "the" && d.capitalDistrictAt(k+2) {
			if us := d.govNamed("United States"); us != nil {
				return []*entity{us}, true // "convicted in the District of Columbia": the federal court of the capital
			}
			return nil, true
		}
		if d.toks[k].key == "in" && d.toks[k+1].key == "the" && k+2 < len(d.toks) {
			m := d.mentionAt(k + 1)
			if m == nil {
				m = d.mentionAt(k + 2)
			}
			if m != nil && m.ent != nil && m.ent.typ == schema.Government {
				return []*entity{m.ent}, true // "charged in the United States"
			}
		}
		if d.toks[k].key == "in" && d.toks[k+1].cap {
			if m := d.mentionAt(k + 1); m != nil && m.ent != nil && m.ent.typ == schema.Government {
				return []*entity{m.ent}, true
			}
			for _, pl := range d.places {
				if pl.tok == k+1 && pl.country != "" {
					if e := d.govNamed(pl.country); e != nil {
						return []*entity{e}, true // "sentenced in New York"
					}
				}
			}
			if d.usPlaceAt(k + 1) {
				if us := d.govNamed("United States"); us != nil {
					return []*entity{us}, true // "indicted in Miami", "sentenced in Texas"
				}
			}
			return nil, true // a place the extractor cannot place
		}
	}
	return nil, false
}

// capitalDistrictAt reports whether "District of Columbia" starts at
// token k: the federal capital, whose court is a U.S. federal court.
func (d *doc) capitalDistrictAt(k int) bool {
	return k+2 < len(d.toks) && d.toks[k].key == "district" && d.toks[k].cap && d.toks[k+1].key == "of" && d.toks[k+2].key == "columbia"
}
