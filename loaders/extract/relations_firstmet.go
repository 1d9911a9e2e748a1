// A speaker's own account of a meeting: "I met with X", "I have spoken
// with President Y", "I've visited with Sheriff Z".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// firstMetVerbs are the past and perfect forms of a meeting verb that
// take "with" the ones met: "I met with", "I had spoken with", "I have
// been speaking with". Present and future forms ("I meet", "I will
// meet") tell no meeting held.
var firstMetVerbs = set("met", "spoke", "spoken", "talked", "visited", "speaking", "talking", "meeting")

// firstMetAux are the auxiliaries between "I" and the verb of a meeting
// held: "I have met", "I had spoken", "I have been speaking"; a
// contracted "I've" is read as "i", "'", "ve".
var firstMetAux = set("have", "had", "'", "ve", "been")

// firstMetAdverbs may stand between "I" and the verb, or between the
// verb and "with", without changing what is told: "I also met with",
// "I spoke at length with", "I had spoken personally with".
var firstMetAdverbs = set("also", "just", "personally", "recently", "already", "previously", "once", "again", "directly",
	"privately", "today", "yesterday", "earlier", "at", "length", "since", "then", "later", "both")

// firstPersonMeetings reads a speaker's own account of a meeting held:
// "I" and a past or perfect verb of meeting with "with" ("I met with X",
// "I have talked with the President of Y", "I've visited with Sheriff
// Z"). Who says "I" is the speaker of the quotation around it, else the
// speaker of the transcript turn or of the whole text ("Remarks by X"),
// else the member whose floor speech it is in a legislative record; the
// speaker met every actor listed after "with". A negated or hoped-for
// meeting ("I have not met", "I will meet") has a word this reading does
// not pass over, so it is none. A speaker named by a bare article (a
// label "THE VICE PRESIDENT:" read as a name) is no one.
func (d *doc) firstPersonMeetings(add func(*entity, string, *entity, int)) {
	for k := 0; k+3 < len(d.toks); k++ {
		if d.toks[k].key != "i" {
			continue
		}
		sent := d.toks[k].sent
		v := k + 1
		for v < len(d.toks) && v < k+5 && d.toks[v].sent == sent && (firstMetAux[d.toks[v].key] || firstMetAdverbs[d.toks[v].key] && d.toks[v].key != "at") {
			v++
		}
		if v >= len(d.toks) || d.toks[v].sent != sent || !firstMetVerbs[d.toks[v].key] || !d.heldForm(k+1, v) {
			continue
		}
		w := v + 1
		for w < len(d.toks) && w < v+4 && d.toks[w].sent == sent && firstMetAdverbs[d.toks[w].key] {
			w++
		}
		if w+1 >= len(d.toks) || d.toks[w].key != "with" || d.toks[w+1].sent != sent {
			continue
		}
		sp := d.firstPersonSpeaker(k)
		if sp == nil {
			continue
		}
		end := d.withPhraseEnd(w, sent)
		own := d.knownGov(sp)
		for _, o := range d.actorsRight(w+1, sent, "metWith", sideObj) {
			if o != sp && o != own && d.metInPhrase(o, w+1, end) { // not the speaker's own state ("those of other U.S. allies")
				add(sp, "metWith", o, v)
			}
		}
	}
}

// heldForm reports whether the verb at v, after the auxiliaries from
// token a, tells a meeting held: a simple past ("met", "spoke"), a
// perfect ("have met", "had spoken") or a perfect progressive ("have been
// speaking"); a bare "-ing" form without "been" is no such form.
func (d *doc) heldForm(a, v int) bool {
	key := d.toks[v].key
	perfect, been := false, false
	for j := a; j < v; j++ {
		switch k := d.toks[j].key; {
		case k == "been":
			been = true
		case firstMetAux[k]:
			perfect = true
		}
	}
	if strings.HasSuffix(key, "ing") {
		return perfect && been
	}
	if key == "spoken" {
		return perfect && !been
	}
	return !been
}

// firstPersonSpeaker is the named person "I" at token k stands for (see
// speakerOfI); nil if none, or if the speaker is a body or only a
// determiner ("the spokesperson").
func (d *doc) firstPersonSpeaker(k int) *entity {
	sp := d.speakerOfI(k)
	if sp == nil || sp.typ != schema.Person || determiners[fold(sp.name)] {
		return nil
	}
	return sp
}

// speakerOfI is the speaker "I" at token k stands for: the speaker of the
// quotation it is in, else the speaker of its transcript turn or of the
// whole text, else the member whose floor speech it is in (the floor
// speaker's label nearest before it); nil if none.
func (d *doc) speakerOfI(k int) *entity {
	for _, q := range d.quotes {
		if q.open < k && k <= q.last {
			return q.speaker
		}
	}
	if d.inQuote[k] {
		return nil
	}
	if sp := d.ownSpeaker(k); sp != nil {
		return sp
	}
	if !d.floorRecord {
		return nil
	}
	for j := k - 1; j >= 0; j-- {
		if m := d.mentionAt(j); m != nil && m.rule == "entity/person:floor-speaker" && m.ent != nil {
			return m.ent
		}
	}
	return nil
}

// withPhraseEnders end the phrase of those met that "with" opens: a
// clause or purpose after it ("that", "to", "about"), or a place ("along
// the border", "at the ministry").
var withPhraseEnders = set("that", "to", "about", "who", "which", "where", "because", "but", "so", "when", "while",
	"on", "during", "for", "along", "near", "at", "across", "throughout", "inside", "within", ";", ":")

// withPhraseEnd is the token that ends the phrase of those met after the
// "with" at w in sentence sent: a withPhraseEnders word, a second verb
// joined by "and" ("…, and informed him"), or the sentence's end.
func (d *doc) withPhraseEnd(w, sent int) int {
	j := w + 1
	for ; j < len(d.toks) && d.toks[j].sent == sent; j++ {
		t := d.toks[j]
		if d.mentionAt(j) != nil {
			continue
		}
		if withPhraseEnders[t.key] {
			return j
		}
		if t.key == "and" && j+1 < len(d.toks) && d.toks[j+1].kind == tWord && !d.toks[j+1].cap && strings.HasSuffix(d.toks[j+1].key, "ed") {
			return j
		}
	}
	return j
}

// metInPhrase reports whether actor o is named between tokens from and
// end as one met: not as the body a met person heads or serves ("the
// director general of the X Police", "the President of the Y Bank": the
// person, not the body), though a state so named stands for its
// government ("the President of Z": Z).
func (d *doc) metInPhrase(o *entity, from, end int) bool {
	for k := from; k < end; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent != o && (m.ent != nil || d.govOf(m) != o) {
			continue // a demonym names its state: "representatives of the Honduran people"
		}
		p := m.s - 1
		if p > from && d.toks[p].key == "the" {
			p--
		}
		if p > from && d.toks[p].key == "of" && o.typ != schema.Government {
			return false
		}
		return true
	}
	return false
}

// knownGov is the government the gazetteer gives person p office at
// (a head of state's own state), or nil: a role the text only implies is
// no ground to rule a state out.
func (d *doc) knownGov(p *entity) *entity {
	if gp := d.g.people[fold(p.name)]; gp != nil && gp.country != "" {
		return d.govNamed(gp.country)
	}
	return nil
}
