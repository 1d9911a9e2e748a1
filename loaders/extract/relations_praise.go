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
// the text's author: the first person named in a short paragraph of
// capitalised words ("Marco Rubio, Secretary of State", "Press Statement /
// John Kerry / Secretary of State / Washington, DC / May 18, 2014", "State
// Department Briefing, Philip Reeker, spokesman, October 25, 2001"); else
// nil. "We" outside quotations in such a text is that person's government.
func (d *doc) bylineAuthor() *mention {
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
	// the first person named before any lower-case word (the byline may
	// run over several short lines)
	var author *mention
	for j := start; j < len(d.toks) && j < start+30 && author == nil; j++ {
		if d.bylineBreak(j) {
			return nil
		}
		if m := d.mentionAt(j); j >= k && m != nil && m.ent != nil && m.ent.typ == schema.Person {
			author = m
		}
	}
	if author == nil {
		return nil
	}
	// its line is a byline, not a sentence
	p := d.toks[author.s].para
	n := 0
	for j := d.paraStart(author.s); j < len(d.toks) && d.toks[j].para == p; j++ {
		if n++; n > 24 || d.bylineBreak(j) {
			return nil
		}
	}
	return author
}

// bylineBreak reports whether token j is a lower-case word a byline's
// title would not hold (none of titleListWords, a title's head or a role
// noun): the byline has ended.
func (d *doc) bylineBreak(j int) bool {
	t := d.toks[j]
	return t.kind == tWord && !t.cap && !titleListWords[t.key] && !titleHeads[t.key] && !roleNouns[t.key] && !unicode.IsDigit(firstRune(t.key))
}

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

// bylineGov is the government of the byline's author: the author's own,
// or that of the body the byline line names ("State Department Briefing,
// Philip Reeker, spokesman"); else nil.
func (d *doc) bylineGov() *entity {
	m := d.bylineAuthor()
	if m == nil {
		return nil
	}
	if g := d.personGov(m.ent); g != nil {
		return g
	}
	p := d.toks[m.s].para
	for j := d.paraStart(m.s); j < len(d.toks) && d.toks[j].para == p; j++ {
		if b := d.mentionAt(j); b != nil && b.ent != nil && b.ent.typ == schema.Agency && b.ent.country != "" {
			return d.govNamed(b.ent.country)
		}
	}
	return nil
}

// ownBody reports whether o is an agency of the state s or a part of one
// ("the Justice Department's Office of International Affairs" of the
// United States): a state does not cooperate with its own bodies.
func ownBody(s, o *entity) bool {
	return o.upward(func(a *entity) bool { return ownAgency(s, a) }) != nil
}
