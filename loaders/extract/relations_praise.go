// Praise as support: "We commend Honduras' resolve", "X congratulated
// President Y", "applauded Colombia's commitment" state that the subject
// supports the praised (cues in data/lexicon/relations.tsv, as direct
// verbs in words.tsv); a state commending its own agencies supports no
// one.

package extract

import (
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// ownAgency reports whether o is an agency of the government s.
func ownAgency(s, o *entity) bool {
	return s.typ == schema.Government && o.typ == schema.Agency && o.country != "" && fold(o.country) == fold(s.name)
}

// bylineWords may open a byline paragraph: "Press Statement / Jen Psaki /
// Department Spokesperson".
var bylineWords = set("press", "statement", "media", "note")

// bylineAuthor is the person a byline right under the headline names as
// the text's author: a short paragraph of capitalised words ("Marco Rubio,
// Secretary of State", "Press Statement / John Kerry / Secretary of State /
// Washington, DC / May 18, 2014") whose first name is a person's; else
// nil. "We" outside quotations in such a text is that person's government.
func (d *doc) bylineAuthor() *entity {
	if len(d.toks) == 0 {
		return nil
	}
	k := 0
	for k < len(d.toks) && d.toks[k].para == d.toks[0].para {
		k++
	}
	start := k
	for k < len(d.toks) && bylineWords[d.toks[k].key] && d.toks[k].cap {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person {
		return nil
	}
	n := 0
	for j := start; j < len(d.toks) && d.toks[j].para == d.toks[start].para; j++ {
		if n++; n > 24 {
			return nil
		}
		if t := d.toks[j]; t.kind == tWord && !t.cap && !bylineJoints[t.key] && !unicode.IsDigit(firstRune(t.key)) {
			return nil // a sentence, not a byline
		}
	}
	return m.ent
}

// bylineJoints are the lower-case words a title in a byline may hold.
var bylineJoints = set("of", "for", "the", "and", "on", "to")

// reservationWords, after "while" or "but" later in the sentence of a
// praise, qualify it with a demand or a warning: "X commended Y for the
// transition, while noting that all officials must …", "praised Y but
// urged it to …". Praise so qualified is not read as support.
var reservationWords = set("noting", "urging", "cautioning", "warning", "urged", "cautioned", "warned", "noted")

// qualifiedPraise reports whether the cue at token at is followed in its
// sentence by "while" or "but" and a reservation word.
func (d *doc) qualifiedPraise(at int) bool {
	if at < 0 || at >= len(d.toks) {
		return false
	}
	sent := d.toks[at].sent
	for k := at + 1; k+1 < len(d.toks) && d.toks[k].sent == sent; k++ {
		if (d.toks[k].key == "while" || d.toks[k].key == "but") && reservationWords[d.toks[k+1].key] {
			return true
		}
	}
	return false
}
