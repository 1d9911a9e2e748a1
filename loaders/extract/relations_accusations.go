// Accusations said of someone a pronoun refers to.

package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// pronounSaidOf is the person the pronoun at token k refers to when the
// accusation cue at c is said of it ("…; he was an illegitimate
// president"), or nil; never the speaker of quotation q.
func (d *doc) pronounSaidOf(q quoteSpan, k, c int) *entity {
	g, ok := pronounGender[d.toks[k].key]
	if !ok || g != 'm' && g != 'f' || d.mentionAt(k) != nil || k > 0 && d.toks[k-1].key == "'s" {
		return nil
	}
	if !d.saidOf(k+1, c) {
		return nil
	}
	// the person named last before it in the quotation, else as
	// pronouns resolve outside it
	var e *entity
	for j := k - 1; j > q.open; j-- {
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person && (m.ent.gender == 0 || m.ent.gender == g) {
			e = m.ent
			break
		}
	}
	if e == nil {
		e = d.resolvePronoun(k, g)
	}
	if e == nil || e == q.speaker {
		return nil
	}
	return e
}

// ownSpeech are the spans of a text spoken in its speaker's own words
// outside quotation marks: each labelled turn of a transcript ("MINISTER
// X: …", up to the next label) whose speaker is a named person or an
// unnamed official of the US government (officialLabelGov), or, in a
// text without turns headed "Remarks by X", the body after the headline.
// Its speaker states what they say there as a quotation states it.
func (d *doc) ownSpeech() []quoteSpan {
	var out []quoteSpan
	if d.turns == nil {
		sp := d.textSpeaker()
		if sp == nil || sp.typ != schema.Person || len(d.toks) == 0 {
			return nil
		}
		k := 0
		for k < len(d.toks) && d.toks[k].para == d.toks[0].para {
			k++ // the headline
		}
		if k >= len(d.toks) {
			return nil
		}
		return []quoteSpan{{open: k - 1, last: len(d.toks) - 1, speaker: sp}}
	}
	var labels []int
	for l := range d.turns {
		labels = append(labels, l)
	}
	sort.Ints(labels)
	for i, l := range labels {
		sp := d.turns[l]
		if sp == nil {
			sp = d.officialLabelGov(d.paraStart(l), l)
		}
		last := len(d.toks) - 1
		if i+1 < len(labels) {
			last = d.paraStart(labels[i+1]) - 1
		}
		if sp == nil || sp.typ != schema.Person && sp.typ != schema.Government || last <= l {
			continue
		}
		out = append(out, quoteSpan{open: l, last: last, speaker: sp})
	}
	return out
}

// usOfficialLabelWords, in a turn label ending in "OFFICIAL", name the
// US government's executive: "SENIOR ADMINISTRATION OFFICIAL", "SENIOR
// STATE DEPARTMENT OFFICIAL", "SENIOR WHITE HOUSE OFFICIAL".
var usOfficialLabelWords = set("administration", "department", "house")

// officialLabelGov is the government an unnamed official's turn label
// [s, e) speaks for: on a background call the senior administration
// official states the United States' position, so their words are the
// United States'; nil for other labels, or when the text names no
// United States.
func (d *doc) officialLabelGov(s, e int) *entity {
	if e-1 <= s || d.toks[e-1].key != "official" {
		return nil
	}
	for k := s; k < e-1; k++ {
		if usOfficialLabelWords[d.toks[k].key] {
			return d.govNamed("United States")
		}
	}
	return nil
}
