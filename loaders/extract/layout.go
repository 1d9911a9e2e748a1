package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Speakers given by the layout of a page rather than by a speech verb:
// releases, roundups and statements set a quotation under a line that
// names its speaker.
//
//	Sen. Ana Ruiz (D-NY)              a heading naming a person,
//	- THEN: “…” (2/5/20)              then dashed or bulleted quotations
//	- NOW: “…” (1/4/26)
//
//	Minister X released the following statement:   a paragraph ending with a colon,
//	“… (the quotation may run over paragraphs)      then quotation paragraphs
//	“…”
//
//	Statement by Ambassador X         a headline "Statement/Remarks by X"
//	“…”
//
//	Sen. Ana Ruiz: “…”                a labelled turn (readTurns)

// bulletMarks open a list item.
var bulletMarks = lexWords.set("bulletMarks")

// headingNouns open a headline whose person speaks the page's quotations:
// "Statement by …", "Remarks by …".
var headingNouns = lexWords.set("headingNouns")

// introNouns in a paragraph ending with a colon announce the speech that
// follows: "X released the following statement:".
var introNouns = lexWords.set("introNouns")

// layoutSpeaker finds the speaker of quotation q from the page layout. ok
// is false when the layout says nothing, so that the sentence-level rules
// decide; a labelled turn of an unnamed questioner gives nil, true.
func (d *doc) layoutSpeaker(q quoteSpan) (sp *entity, ok bool) {
	if q.open > 0 && d.toks[q.open-1].key == ":" {
		if sp, ok := d.turns[q.open-1]; ok {
			d.ruled("statement/transcript-turn", d.paraStart(q.open-1), q.open)
			return sp, true
		}
	}
	ps := d.paraStart(q.open)
	list := d.listItem(ps)
	if !list && q.open != ps && !d.datelineLead(ps, q.open) {
		return nil, false
	}
	// a person named before the quotation in its own item speaks it
	if d.personOutsideQuotes(ps, q.open) {
		return nil, false
	}
	// walk up over the list items and quotation paragraphs to the line
	// that introduces them
	k := ps
	for n := 0; n < 40 && k > 0; n++ {
		prev := d.paraStart(k - 1)
		if (d.listItem(prev) || d.quoteParagraph(prev)) && !d.personOutsideQuotes(prev, k) || d.dateParagraph(prev, k) {
			k = prev // a date line between a heading and its quotations too
			continue
		}
		sp := d.headingPerson(prev, k)
		own := sp != nil && headingNouns[d.toks[prev].key]
		if sp == nil && d.quoteParagraph(ps) {
			sp = d.headlineNamePerson(prev) // "X: Extradition of Y …"
			own = sp != nil
		}
		if sp != nil {
			// "X released the following statement:" under a headline
			// "Statement from X": the page's own statement still
			if !own && prev > 0 && headingNouns[d.toks[0].key] {
				e := 1
				for e < prev && d.toks[e].para == 0 {
					e++
				}
				own = d.headingPerson(0, e) == sp
			}
			if own {
				d.ownQuote[q.open] = true
			}
			d.ruled("statement/layout-heading", prev, k)
			return sp, true
		}
		if list && d.quoteItem(ps) && d.quoteItem(k) {
			if sp := d.introPerson(prev, k); sp != nil {
				d.ruled("statement/layout-intro-paragraph", prev, k)
				return sp, true
			}
		}
		break
	}
	return nil, false
}

// quoteItem reports whether the paragraph starting at s is a list item
// that opens with a quotation: "- “…” (Watch)".
func (d *doc) quoteItem(s int) bool {
	return d.listItem(s) && s+1 < len(d.toks) && d.toks[s+1].para == d.toks[s].para && d.toks[s+1].kind == tQuote
}

// introPerson is the person a paragraph [s, e) introduces as the speaker
// of the quotation items under it: its only person, or the one it names
// most, at least twice ("Secretary of State X joined news programs …
// Secretary X underscored …", then "- “…”" items).
func (d *doc) introPerson(s, e int) *entity {
	count := map[*entity]int{}
	var order []*entity
	for k := s; k < e; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.attached || d.inQuote[k] {
			continue
		}
		if count[m.ent] == 0 {
			order = append(order, m.ent)
		}
		count[m.ent]++
		k = m.e - 1
	}
	if len(order) == 1 {
		return order[0]
	}
	var best *entity
	tie := false
	for _, p := range order {
		switch {
		case best == nil || count[p] > count[best]:
			best, tie = p, false
		case count[p] == count[best]:
			tie = true
		}
	}
	if best == nil || tie || count[best] < 2 {
		return nil
	}
	return best
}

// paraStart is the first token of the paragraph holding token i.
func (d *doc) paraStart(i int) int {
	if d.paraFirst == nil {
		// each paragraph's first token, once: a walk back per call is
		// quadratic in a long paragraph full of quotations
		d.paraFirst = map[int]int{}
		for k := len(d.toks) - 1; k >= 0; k-- {
			d.paraFirst[d.toks[k].para] = k
		}
	}
	return d.paraFirst[d.toks[i].para]
}

// listItem reports whether the paragraph starting at token s is a list
// item: it opens with a dash or a bullet.
func (d *doc) listItem(s int) bool {
	return s < len(d.toks) && d.toks[s].kind == tPunct && bulletMarks[d.toks[s].key]
}

// personOutsideQuotes reports whether a person is named, outside
// quotation marks, in tokens [s, e).
func (d *doc) personOutsideQuotes(s, e int) bool {
	for k := s; k < e; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person && !d.inQuote[k] {
			return true
		}
	}
	return false
}

// speechQuote reports whether tokens [s, e) hold a quotation mark other
// than those around a nickname in parentheses ("X (“El Mayo”)").
func (d *doc) speechQuote(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].kind != tQuote {
			continue
		}
		if k > 0 && d.toks[k-1].key == "(" || k+1 < len(d.toks) && d.toks[k+1].key == ")" {
			continue
		}
		return true
	}
	return false
}

// dateParagraph reports whether the paragraph [s, e) is only a date line:
// "December 17, 2009", "Tuesday, March 3, 2015", "04.19.2024".
func (d *doc) dateParagraph(s, e int) bool {
	if e-s > 9 {
		return false
	}
	year := false
	for k := s; k < e; k++ {
		t := d.toks[k]
		_, month := monthNames[strings.TrimSuffix(t.key, ".")]
		switch {
		case t.kind == tPunct && (t.key == "," || t.key == "."):
		case month || weekdays[t.key]:
		case t.kind == tWord && t.letters == 0:
			year = year || len(t.key) >= 4
		default:
			return false
		}
	}
	return year
}

// weekdays open a date line: "Tuesday, March 3, 2015".
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// headingPerson is the person a line [s, e) introduces as the speaker of
// the quotations under it, or nil: a short line naming a person with no
// sentence end ("Sen. Ana Ruiz (D-NY)", "Minister X on Channel 4"); a
// headline "Statement by X"; a paragraph ending with a colon whose last
// sentence announces speech ("X released the following statement:").
func (d *doc) headingPerson(s, e int) *entity {
	if d.listItem(s) || d.speechQuote(s, e) {
		return nil
	}
	words := 0
	for k := s; k < e; k++ {
		if d.toks[k].kind == tWord {
			words++
		}
	}
	from := s
	switch last := d.toks[e-1].key; {
	case last == ":":
		from = e - 1
		for from > s && d.toks[from-1].sent == d.toks[e-1].sent {
			from--
		}
		announced := false
		for k := from; k < e; k++ {
			if introNouns[d.toks[k].key] || speechVerbs[d.toks[k].key] {
				announced = true
			}
		}
		if !announced {
			return nil
		}
	case d.toks[s].para == 0 && !headingNouns[d.toks[s].key]:
		return nil // a headline speaks only as "Statement by X"
	case d.toks[s].para == 0 && (d.toks[s+1].key == "by" || d.toks[s+1].key == "from"):
		// "Statement from Acting Administrator X on the Death of Y": the
		// person the titles after "by" or "from" lead to, however long
		// the headline runs on
		for k := s + 2; k < e && k < s+12; k++ {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.s == k {
				if m.ent.typ == schema.Person {
					return m.ent
				}
				k = m.e - 1
				continue
			}
			if t := d.toks[k]; !t.cap && !d.isTitleTok(k) && t.key != "of" && t.key != "the" && t.key != "for" && t.key != "and" {
				break
			}
		}
		return nil
	case last == "." || last == "!" || last == "?" || words > 16:
		return nil
	}
	for k := from; k < e; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person && !m.attached {
				return m.ent
			}
			k = m.e - 1
		}
	}
	return nil
}
