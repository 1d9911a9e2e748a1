// A lead that reports an extradition before naming the person: "Honduran
// National Extradited … DALLAS – … X, 41, pleaded guilty": the state of
// the lead extradited X.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// pluralCounts are the words that count the people of a lead.
var pluralCounts = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several")

// leadExtraditions reads the first extradition verb in the text's head
// ("X Extradited to the United States from Mexico", "Mexico Extradites
// Ex-Cartel Chief", "Honduran National Extradited") in a sentence that
// names no person as extradited by the one state the sentence names: the
// "from" state, the active subject state, or else the one demonym. The
// person is the first named after the lead who holds no office; a plural
// lead ("Drug Traffickers Extradited") takes every such person
// of that sentence. The lead is skipped when the article names another
// sending state or the person was already read as extradited.
func (d *doc) leadExtraditions(add func(*entity, string, *entity, int)) {
	for i := 1; i < len(d.toks) && d.toks[i].sent < leadSentences; i++ {
		if key := d.toks[i].key; key != "extradited" && key != "extradites" || d.inQuote[i] {
			continue
		}
		sent := d.toks[i].sent
		g, plural, ok := d.leadSender(i, sent)
		if !ok {
			return // the first extradition of the lead names a person or no one state
		}
		ps := d.leadPersons(i, plural)
		if !plural && len(ps) > 1 {
			ps = ps[:1]
		}
		d.addLeadExtradited(g, ps, i, add)
		return
	}
}

// leadSender is the one state the sentence of the extradition verb at i
// names as the sender, and whether the people extradited are several;
// ok is false when the sentence names a person, a count, a negation or
// modal, or no single state.
func (d *doc) leadSender(i, sent int) (g *entity, plural, ok bool) {
	if vg := d.verbGroup(i); d.unstated(i, vg) {
		return nil, false, false
	}
	var demonym *entity
	for k := d.sentStart(i); k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if pluralCounts[d.toks[k].key] || d.toks[k].key[0] >= '0' && d.toks[k].key[0] <= '9' {
			return nil, false, false // "Three nationals were extradited": a counted lead (relations_countedlead.go)
		}
		m := d.mentionAt(k)
		if m == nil || m.s != k {
			continue
		}
		if m.ent != nil && m.ent.typ == schema.Person {
			return nil, false, false
		}
		if m.ent == nil && m.class == mDemonym {
			dg := d.govOf(m)
			if dg == nil || demonym != nil && demonym != dg {
				return nil, false, false // "Mexican and Colombian nationals": which one is unsaid
			}
			demonym = dg
		}
	}
	if g = d.leadSenderState(i, demonym); g == nil {
		return nil, false, false
	}
	return g, d.pluralHead(i), true
}

// leadSenderState is the state the lead sentence of the extradition verb
// at i names as the sender: the one state after the first "from" in its
// clause that names one ("Extradited to the United States from Mexico"),
// else the subject of "extradites" ("Colombia Extradites Ex-Paramilitary
// Chief"), else demonym, the one state the sentence's demonyms name; nil
// when none.
func (d *doc) leadSenderState(i int, demonym *entity) *entity {
	for _, k := range d.prepsAfter(i, "from") {
		if from := d.govAfterFrom(k); len(from) == 1 {
			return from[0]
		}
	}
	if m := d.mentionAt(i - 1); i > 0 && d.toks[i].key == "extradites" && m != nil && m.ent != nil && m.ent.typ == schema.Government {
		return m.ent
	}
	return demonym
}

// addLeadExtradited adds that the state g, the sender a lead names,
// extradited each person of ps at the verb at i, but one already read as
// extradited or one the article names as sent by another state.
func (d *doc) addLeadExtradited(g *entity, ps []*entity, i int, add func(*entity, string, *entity, int)) {
	for _, p := range ps {
		if d.actedOnAlready("extradited", p) {
			continue
		}
		if other := d.articleSender(p); other != nil && other != g {
			continue // another sending state named for p
		}
		add(g, "extradited", p, i)
	}
}

// pluralHead reports whether the noun the extradition verb at i is about
// is plural: the word before a passive ("Traffickers Extradited") or the
// last word of the object of an active ("Extradites Two Officers On").
func (d *doc) pluralHead(i int) bool {
	h := i - 1
	if d.toks[i].key == "extradites" {
		for k := i + 1; k < len(d.toks) && d.toks[k].sent == d.toks[i].sent && d.toks[k].kind == tWord && d.toks[k].cap; k++ {
			h = k
		}
	}
	w := d.toks[h].key
	return h != i && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// leadPersons are the persons who hold no office named in the first
// sentence after token i's (of the next twelve) that names any; for a
// plural lead the first that names two or more if there is one.
func (d *doc) leadPersons(i int, plural bool) []*entity {
	var first []*entity
	for k, s := d.sentEnd(i), d.toks[i].sent+1; k < len(d.toks) && s <= d.toks[i].sent+12; k, s = d.sentEnd(k), s+1 {
		ps := d.plainPersonsIn(k)
		if !plural && len(ps) > 0 || len(ps) > 1 {
			return ps
		}
		if first == nil {
			first = ps
		}
	}
	return first
}

// plainPersonsIn are the persons the sentence starting at token from
// names who hold no office, in order, each once.
func (d *doc) plainPersonsIn(from int) []*entity {
	return d.personsIn(from, d.sentEnd(from), func(m *mention) bool {
		return !d.inParens(m.s) && !holdsOffice(m.ent) // "(Y)": an aside
	})
}

// inParens reports whether token k stands inside parentheses within its
// sentence: the last parenthesis before it in the sentence opens. The
// answer for every token is read in one pass over the text.
func (d *doc) inParens(k int) bool {
	if d.parenOpen == nil {
		d.parenOpen = make([]bool, len(d.toks))
		open := false
		for j, t := range d.toks {
			if j > 0 && t.sent != d.toks[j-1].sent {
				open = false
			}
			d.parenOpen[j] = open
			switch t.key {
			case ")":
				open = false
			case "(":
				open = true
			}
		}
	}
	return d.parenOpen[k]
}
