package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Gratitude for a partnership states it: "I want to thank President X
// for her patience and partnership", "we're truly grateful for Y's
// partnership", "we are truly appreciative of the partnership with Z".
// The one who thanks cooperates with the one thanked. Thanks written as a
// noun given to someone work alike: "the Department extends its gratitude
// to the government of X for its cooperation", "the Department is
// grateful to Y for its assistance".
var (
	gratitudeNouns = set("partnership", "cooperation", "collaboration")
	// thankedForNouns are what a partner is thanked for: a partnership,
	// or the assistance it gave
	thankedForNouns = set("partnership", "cooperation", "collaboration", "assistance")
	// thanksGivingVerbs give thanks written as a noun: "extends its gratitude"
	thanksGivingVerbs = set("extend", "extends", "extended", "express", "expresses", "expressed", "convey", "conveys",
		"conveyed", "offer", "offers", "offered", "reiterate", "reiterates", "reiterated")
	gratefulAdjs = set("grateful", "appreciative", "thankful")
	// gratitudeLead may stand between the subject and the word of thanks
	gratitudeLead = set("very", "deeply", "so", "truly", "really", "most", "extremely", "especially", "particularly",
		"also", "always", "again", "personally", "just", "to", "want", "wants", "wanted", "like", "wish", "re", "'")
)

// partnershipGratitude reads thanks for a partnership: the thanker (a
// named actor, "we" as the speaker's government, "I" as the text's own
// speaker) cooperates with the partner thanked.
func (d *doc) partnershipGratitude(add func(*entity, string, *entity, int)) {
	for v := 1; v+3 < len(d.toks); v++ {
		if d.inQuote[v] {
			continue
		}
		var partners []*entity
		switch key := d.toks[v].key; {
		case thankForms[key]:
			partners = d.thankedPartners(v)
		case gratefulAdjs[key] && d.toks[v+1].key == "to":
			partners = d.thankedPartners(v + 1) // "is grateful to X for its assistance"
		case gratefulAdjs[key]:
			partners = d.gratefulPartners(v)
		case creditNouns[key]:
			if to := d.thanksTo(v); to > 0 {
				partners = d.thankedPartners(to)
			}
		}
		if len(partners) == 0 {
			continue
		}
		s := d.gratitudeSubject(v)
		if s == nil && !gratefulAdjs[d.toks[v].key] && !thankForms[d.toks[v].key] {
			s = d.thanksGiver(v)
		}
		if s == nil {
			continue
		}
		for _, p := range partners {
			if s.typ == schema.Person && p.typ == schema.Government {
				if g := d.personGov(s); g != nil && g != p {
					add(g, "cooperatesWith", p, v) // "the Attorney General thanked the Mexican government": his government
					continue
				}
			}
			add(s, "cooperatesWith", p, v)
		}
	}
}

// thankedPartners are the actors thanked at token v ("thank X for her
// partnership") when what they are thanked for is a partnership.
func (d *doc) thankedPartners(v int) []*entity {
	sent := d.toks[v].sent
	for f := v + 1; f < len(d.toks) && f < v+12 && d.toks[f].sent == sent; f++ {
		if d.toks[f].key != "for" {
			continue
		}
		if !d.gratitudeNounAfter(f+1, sent) {
			return nil
		}
		if m := d.mentionAt(f - 1); m == nil {
			return nil // the one thanked is named right before "for"
		}
		return d.actorsRight(v+1, sent, "cooperatesWith", sideObj)
	}
	return nil
}

// thanksTo is the "to" after thanks written as a noun at token v ("its
// gratitude and appreciation to"), or 0.
func (d *doc) thanksTo(v int) int {
	sent := d.toks[v].sent
	for j := v + 1; j < len(d.toks) && j < v+4 && d.toks[j].sent == sent; j++ {
		switch k := d.toks[j].key; {
		case k == "to":
			return j
		case k != "and" && !creditNouns[k] && k != "thanks":
			return 0
		}
	}
	return 0
}

// thanksGiver is the actor named as the subject of a verb giving thanks
// written as a noun at token v: "The Department expresses its sincere
// gratitude", "the ministry wishes to convey its appreciation".
func (d *doc) thanksGiver(v int) *entity {
	sent := d.toks[v].sent
	k := v - 1
	for n := 0; n < 2 && k >= 0 && d.toks[k].sent == sent && d.toks[k].kind == tWord && !d.toks[k].cap && !possessives[d.toks[k].key]; n++ {
		k-- // "its deep and sincere gratitude", "its grateful appreciation"
	}
	if k < 1 || !possessives[d.toks[k].key] || !thanksGivingVerbs[d.toks[k-1].key] {
		return nil
	}
	k -= 2
	if k >= 1 && d.toks[k].key == "to" && (d.toks[k-1].key == "wishes" || d.toks[k-1].key == "wants") {
		k -= 2
	}
	for k >= 0 && d.toks[k].sent == sent && gratitudeLead[d.toks[k].key] {
		k--
	}
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	if m := d.mentionAt(k); m != nil && m.e == k+1 && m.ent != nil && typeOK("cooperatesWith", sideSubj, m.ent.typ) {
		return m.ent
	}
	if k >= 1 && d.toks[k].key == "department" && d.toks[k-1].key == "the" {
		return d.departmentBefore(k - 1) // "The Department expresses its gratitude"
	}
	return nil
}

// departmentBefore is the department a bare "the Department" at token k
// stands for in a department's own release: of the agencies named before
// whose name holds the word "department", the one named most often (the
// first of equals), or nil. A department named in passing ("the
// Department of the Treasury's sanctions office") does not outweigh the
// one the release speaks for.
func (d *doc) departmentBefore(k int) *entity {
	var best *entity
	count := map[*entity]int{}
	for j := 0; j < k; j++ {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.e - 1
		if m.ent.typ != schema.Agency || !slices.Contains(strings.Fields(fold(m.ent.name)), "department") {
			continue
		}
		count[m.ent]++
		if best == nil || count[m.ent] > count[best] {
			best = m.ent
		}
	}
	return best
}

// gratefulPartners are the partners named after "grateful for" or
// "appreciative of" at token v: a state's possessive before a
// partnership ("for Peru's partnership"), or "the partnership with X".
func (d *doc) gratefulPartners(v int) []*entity {
	sent := d.toks[v].sent
	j := v + 1
	if k := d.toks[j].key; k != "for" && k != "of" {
		return nil
	}
	j++
	if m := d.mentionAt(j); m != nil && m.s == j && m.e < len(d.toks) && (d.toks[m.e].key == "'s" || d.toks[m.e].key == "'") {
		if g := d.govOf(m); g != nil && d.gratitudeNounAfter(m.e+1, sent) {
			return []*entity{g}
		}
		return nil
	}
	if j+3 < len(d.toks) && d.toks[j].key == "the" && gratitudeNouns[d.toks[j+1].key] && d.toks[j+2].key == "with" {
		return d.actorsRight(j+3, sent, "cooperatesWith", sideObj)
	}
	return nil
}

// gratitudeNounAfter reports whether a partnership noun (or assistance)
// follows token k within a few words ("her patience and partnership", "its
// strong partnership", "its steadfast commitment, collaboration and
// assistance"), after at most a possessive pronoun.
func (d *doc) gratitudeNounAfter(k, sent int) bool {
	if k < len(d.toks) && possessives[d.toks[k].key] {
		k++
	}
	for j := k; j < len(d.toks) && j < k+6 && d.toks[j].sent == sent; j++ {
		t := d.toks[j]
		if thankedForNouns[t.key] {
			return true
		}
		if t.key == "," && j > k {
			continue
		}
		if t.kind != tWord || t.cap || d.mentionAt(j) != nil {
			return false
		}
	}
	return false
}

// gratitudeSubject is who thanks at token v: the text's own speaker for
// "I", the speaker's government for "we" (in a transcript, the government
// of the turn's speaker), or an actor named right before.
func (d *doc) gratitudeSubject(v int) *entity {
	sent := d.toks[v].sent
	k := v - 1
	for k >= 0 && d.toks[k].sent == sent && (gratitudeLead[d.toks[k].key] || beForms[d.toks[k].key]) {
		k--
	}
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	switch d.toks[k].key {
	case "i":
		if sp := d.ownSpeaker(k); sp != nil && sp.typ == schema.Person {
			return sp
		}
		return nil
	case "we":
		if g := d.weGov(k); g != nil {
			return g
		}
		if d.turns != nil {
			if sp := d.ownSpeaker(k); sp != nil && sp.typ == schema.Person {
				return d.personGov(sp) // "SECRETARY X: … we're grateful for …": X's government
			}
		}
		return nil
	}
	if m := d.mentionAt(k); m != nil && m.e == k+1 && m.ent != nil && typeOK("cooperatesWith", sideSubj, m.ent.typ) {
		return m.ent
	}
	return nil
}
