package extract

import "github.com/newsgraph/newsgraph/schema"

// Gratitude for a partnership states it: "I want to thank President X
// for her patience and partnership", "we're truly grateful for Y's
// partnership", "we are truly appreciative of the partnership with Z".
// The one who thanks cooperates with the one thanked.
var (
	gratitudeNouns = set("partnership", "cooperation", "collaboration")
	gratefulAdjs   = set("grateful", "appreciative", "thankful")
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
		case gratefulAdjs[key]:
			partners = d.gratefulPartners(v)
		}
		if len(partners) == 0 {
			continue
		}
		s := d.gratitudeSubject(v)
		if s == nil {
			continue
		}
		for _, p := range partners {
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

// gratitudeNounAfter reports whether a partnership noun follows token k
// within a few words ("her patience and partnership", "its strong
// partnership"), after at most a possessive pronoun.
func (d *doc) gratitudeNounAfter(k, sent int) bool {
	if k < len(d.toks) && possessives[d.toks[k].key] {
		k++
	}
	for j := k; j < len(d.toks) && j < k+4 && d.toks[j].sent == sent; j++ {
		t := d.toks[j]
		if gratitudeNouns[t.key] {
			return true
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
