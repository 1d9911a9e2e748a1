// A stated opposition to a named agreement: "I decided to oppose the X
// Free Trade Agreement", "A voices opposition to the Y Agreement".

package extract

import "github.com/newsgraph/newsgraph/schema"

// opposeWords state an opposition whose object follows: the verb's forms
// ("oppose", "opposed") and the noun before "to" ("opposition to").
var opposeWords = set("oppose", "opposes", "opposed", "opposing", "opposition")

// opposeGap are the words that may stand between "I" and the verb of an
// opposition without changing what is told: "I will oppose", "I decided
// to oppose", "I strongly oppose"; a negation is not among them.
var opposeGap = set("will", "must", "shall", "also", "strongly", "firmly", "reluctantly", "therefore", "decided", "to",
	"continue", "have", "had", "am", "remain", "today", "again", "still")

// opposedAgreements reads an opposition to a named agreement as its
// rejection: "I decided to oppose the X Free Trade Agreement" in a
// quotation (the speaker, as firstPersonSpeaker reads "I") and "A voices
// opposition to the Y Agreement" or "A spoke out in opposition to Y" (the
// actors to the left). The object is the first agreement named within the
// clause after the cue; a person, a state or a policy opposed is no
// rejection of a text, and "I have never opposed" has a word this
// reading does not pass over.
func (d *doc) opposedAgreements(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		key := d.toks[v].key
		if !opposeWords[key] || key == "opposition" && d.toks[v+1].key != "to" {
			continue
		}
		sent := d.toks[v].sent
		o := d.opposedAgreement(v, sent)
		if o == nil {
			continue
		}
		if d.inQuote[v] {
			if key == "opposition" {
				continue
			}
			k := v - 1
			for k > 0 && k > v-5 && d.toks[k].sent == sent && opposeGap[d.toks[k].key] {
				k--
			}
			if d.toks[k].key != "i" || d.toks[k].sent != sent {
				continue
			}
			if sp := d.firstPersonSpeaker(k); sp != nil {
				add(sp, "rejected", o, v)
			}
			continue
		}
		if key != "opposition" {
			continue // a verb outside quotations is read from relations.tsv
		}
		for _, s := range d.actorsLeft(v, sent, "rejected", sideSubj) {
			if s != o {
				add(s, "rejected", o, v)
			}
		}
	}
}

// opposedAgreement is the agreement named first after the cue at v in
// sentence sent, within twelve tokens and before a clause ends; nil if an
// actor of another kind comes first.
func (d *doc) opposedAgreement(v, sent int) *entity {
	for k := v + 1; k < len(d.toks) && k <= v+12 && d.toks[k].sent == sent; k++ {
		if actorStop[d.toks[k].key] || clauseOpeners[d.toks[k].key] || d.toks[k].key == "not" {
			return nil
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ == schema.Agreement {
			return m.ent
		}
		if !d.possessiveMark(m.e) {
			return nil // "opposition to the government of X": not a text
		}
		k = m.e - 1
	}
	return nil
}
