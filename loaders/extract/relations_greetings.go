package extract

import "github.com/newsgraph/newsgraph/schema"

// In the remarks of a meeting the speaker greets the other side by name:
// "We are honored to have Minister A and Minister B in Lima", "Minister
// C, what a privilege to meet you". The speaker of that
// turn (or the author of a text headed "Remarks by X") has met the
// persons greeted.

// greetNouns and greetAdjectives open a greeting before "to" and its verb:
// "a pleasure to meet", "an honor to have", "pleased to welcome".
var greetNouns = set("pleasure", "honor", "honour", "privilege")
var greetAdjectives = set("pleased", "glad", "delighted", "happy", "honored", "honoured")

// greetVerbs follow the greeting's "to": the guest is their object.
var greetVerbs = set("meet", "have", "welcome", "host", "receive", "see")

// greetHedges make a greeting one still to come: "it would be a pleasure
// to meet", "I will be honored to host".
var greetHedges = set("would", "will", "forward", "hope", "hopes", "if", "future", "next")

// turnGreetings reads the greetings of a speaker's own words (not a
// quotation inside them): the persons named right after the greeting verb
// (a name or a title, not "the support of X"), or,
// for "you", the persons the sentence addresses by name.
func (d *doc) turnGreetings(add func(*entity, string, *entity, int)) {
	for k := 0; k+2 < len(d.toks); k++ {
		t := d.toks[k]
		if !greetNouns[t.key] && !greetAdjectives[t.key] || d.inQuote[k] || d.toks[k+1].key != "to" || !greetVerbs[d.toks[k+2].key] {
			continue
		}
		sent := t.sent
		first, last := d.sentenceSpan(k)
		if d.hedgedBefore(first, k) {
			continue
		}
		sp := d.ownSpeaker(k)
		if sp == nil || sp.typ != schema.Person {
			continue
		}
		o := k + 3
		if o < len(d.toks) && d.toks[o].key == "with" {
			o++ // "to meet with you"
		}
		if o >= len(d.toks) || d.toks[o].sent != sent {
			continue
		}
		var guests []*entity
		if d.toks[o].key == "you" {
			guests = d.addresseesIn(first, last+1) // whom "you" addresses: "Minister X, it was a pleasure to meet with you"
		} else if d.toks[o].cap {
			guests = personsOnly(d.actorsRight(o, sent, "metWith", sideObj))
		}
		for _, g := range guests {
			if g != sp {
				add(sp, "metWith", g, k)
			}
		}
	}
}

// hedgedBefore reports whether a word between tokens first and k makes
// the greeting one still to come.
func (d *doc) hedgedBefore(first, k int) bool {
	for j := first; j < k; j++ {
		if greetHedges[d.toks[j].key] {
			return true
		}
	}
	return false
}

// ownSpeaker is the person whose own words token k is in: the speaker of
// the labelled transcript turn it belongs to ("MINISTER X: …"), or, in a
// text without turns, its author ("Remarks by X"); nil for a host's or an
// unnamed questioner's turn.
func (d *doc) ownSpeaker(k int) *entity {
	if d.turns == nil {
		return d.textSpeaker()
	}
	for j := k - 1; j >= 0; j-- {
		if d.toks[j].key != ":" {
			continue
		}
		if sp, ok := d.turns[j]; ok {
			return sp
		}
	}
	return nil
}

// hostingThanks are the gerunds after "for" that thank a host: "I thank
// Minister X for hosting us", "thanks to President Y for receiving me".
var hostingThanks = set("hosting", "receiving", "welcoming")

// hostThanks reads a speaker's own thanks to the persons named between
// "thank" and "for hosting" in one sentence: the speaker met them.
func (d *doc) hostThanks(add func(*entity, string, *entity, int)) {
	for k := 1; k+1 < len(d.toks); k++ {
		if d.toks[k].key != "for" || !hostingThanks[d.toks[k+1].key] || d.inQuote[k] {
			continue
		}
		first, _ := d.sentenceSpan(k)
		th := -1
		for j := k - 1; j >= first && j > k-25; j-- {
			if key := d.toks[j].key; key == "thank" || key == "thanks" {
				th = j
				break
			}
		}
		if th < 0 {
			continue
		}
		sp := d.ownSpeaker(k)
		if sp == nil || sp.typ != schema.Person {
			continue
		}
		for _, g := range d.personsIn(th+1, k, nil) {
			if g != sp {
				add(sp, "metWith", g, k)
			}
		}
	}
}

// addresseesIn are the persons named in [s, e) who may be addressed:
// not one apposed to a relative noun, who is described ("the hospitality
// you showed my wife, Ana,").
func (d *doc) addresseesIn(s, e int) []*entity {
	var out []*entity
	for _, p := range d.personsIn(s, e, nil) {
		described := false
		for j := s; j < e; j++ {
			if m := d.mentionAt(j); m != nil && m.ent == p && m.s == j {
				_, described = d.kinApposition(m.s, m.e)
				if !described {
					break
				}
			}
		}
		if !described {
			out = append(out, p)
		}
	}
	return out
}
