// An office left without a nationality across a meeting from one that has
// it: "Deputy Secretary X met with Guatemalan President Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// nationMarksOther reports whether the sentence of token at (a bare
// office's holder) gives country c as the nationality of another person's
// title across a meeting verb ("X met with Guatemalan President Y", "X's
// meeting with Guatemala's President Y"): copy gives the nationality of the
// side it does not write from and leaves its own side's offices bare, so
// the bare office at at is not c's. A nationality inside a list on the
// same side of the verb says nothing of the office.
func (d *doc) nationMarksOther(at int, c string) bool {
	sent := d.toks[at].sent
	for _, ca := range d.countries {
		if ca.country != c || d.toks[ca.tok].sent != sent || d.inQuote[ca.tok] || !d.meetingBetween(at, ca.tok) {
			continue
		}
		m := d.mentionAt(ca.tok)
		if m == nil || m.s != ca.tok {
			continue
		}
		if d.ofCountryAfterTitled(ca.tok) {
			return true // "X spoke with President Y of Ecuador"
		}
		e := m.e
		if e < len(d.toks) && (d.toks[e].key == "'s" || d.toks[e].key == "’s") {
			e++
		}
		k := e
		for k < len(d.toks) && k < e+6 && d.toks[k].sent == sent && (d.isTitleTok(k) || d.toks[k].key == "-" && k > e) {
			k++
		}
		if k == e || k >= len(d.toks) {
			continue
		}
		if pm := d.mentionAt(k); pm != nil && pm.s == k && pm.ent != nil && pm.ent.typ == schema.Person {
			return true // "Guatemalan President-elect Y"
		}
	}
	return false
}

// unmarkedSide is the government of a bare office across a meeting from an
// office marked as c's: the home government, the United States, when c is
// another (the side the copy writes from, named or not), else the
// government named most other than c.
func (d *doc) unmarkedSide(c string) string {
	if c != "United States" {
		return "United States"
	}
	if o := d.otherDominant(d.govNamed(c)); o != nil {
		return o.name
	}
	return ""
}

// ofCountryAfterTitled reports whether the country mention at token c
// closes a titled person's office after "of": "President Y of Ecuador",
// "Y, the president of Ecuador".
func (d *doc) ofCountryAfterTitled(c int) bool {
	if c < 3 || d.toks[c-1].key != "of" {
		return false
	}
	k := c - 2
	if pm := d.mentionAt(k); pm != nil && pm.e == k+1 && pm.ent != nil && pm.ent.typ == schema.Person {
		return pm.s > 0 && d.isTitleTok(pm.s-1) // "President Y of Ecuador"
	}
	n := 0
	for k > 0 && (d.isTitleTok(k) || d.toks[k].key == "the") {
		if d.toks[k].key != "the" {
			n++
		}
		k--
	}
	if n == 0 || d.toks[k].key != "," {
		return false
	}
	pm := d.mentionAt(k - 1)
	return pm != nil && pm.e == k && pm.ent != nil && pm.ent.typ == schema.Person // "Y, the president of Ecuador"
}

// hostPlaceAfter is the country of the place named after "in" later in the
// sentence of token at when a meeting verb comes before at there: the
// office met there is the host's ("A met with Foreign Minister X in
// Lima"); "" otherwise. A visitor is the subject, before the verb.
func (d *doc) hostPlaceAfter(at int) string {
	sent := d.toks[at].sent
	met := false
	for k := at - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if meetingVerbs[d.toks[k].key] {
			met = true
			break
		}
	}
	if !met {
		return ""
	}
	for _, pl := range d.places {
		if pl.tok > at && d.toks[pl.tok].sent == sent && pl.country != "" && d.toks[pl.tok-1].key == "in" && !d.inQuote[pl.tok] {
			if d.clauseBetween(at, pl.tok) {
				return "" // "met with X to follow up on the meeting in Washington": another event's place
			}
			return pl.country
		}
	}
	return ""
}

// meetingClauseOpeners open a purpose or a new event after a meeting's guests.
var meetingClauseOpeners = set("to", "between", "after", "following", "since")

// clauseBetween reports whether a word that opens another clause comes
// between tokens a and b.
func (d *doc) clauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if meetingClauseOpeners[d.toks[k].key] {
			return true
		}
	}
	return false
}
