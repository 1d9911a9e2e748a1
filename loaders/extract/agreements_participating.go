package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A joint statement lists its signatories ("The text of the following
// statement was released by the Governments of A, B, C and D", "We, the
// Governments of A; B; and C;") and often names the multilateral
// initiative they act under by their taking part in it: "The governments
// participating in the Northern Reef Compact commend …", "We, the Heads
// of State and Government participating in the X, declare …", "States
// that participate in the X …". The proper name such a phrase governs,
// with states, governments, countries or nations as its subject, names an
// agreement; in a text whose signatories are listed, those signatories
// are its parties.

// participationWords say that their subject takes part in what follows
// "in the".
var participationWords = set("participating", "participate", "participates", "participants")

// participantSubjects are the plural nouns for states that can take part
// in an initiative ("the governments participating in", "Heads of State
// and Government participating in").
var participantSubjects = set("governments", "government", "states", "countries", "nations")

// participationAt reports whether token i opens a participation phrase,
// "<states> participating in the", whose name starts at i+3.
func (d *doc) participationAt(i int) bool {
	if i+3 >= len(d.toks) || !participationWords[d.toks[i].key] || d.toks[i+1].key != "in" || d.toks[i+2].key != "the" {
		return false
	}
	if d.inQuote[i] {
		return false
	}
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-2 && d.toks[k].sent == sent; k-- {
		if participantSubjects[d.toks[k].key] {
			return true
		}
		if k == i-1 && !relativeWords[d.toks[k].key] {
			break
		}
	}
	return false
}

// relativeWords open a relative clause: "States that participate in".
var relativeWords = set("that", "which", "who")

// participationCands finds the agreements states are said to take part
// in: the capitalised name after "<states> participating in the", when it
// is no name the gazetteer already knows and no event ("the Summit of the
// Americas"). A name that only opens a longer one the text gives ("the
// Shield" after "the Shield of the Americas") is a short reference, not
// another agreement.
func (d *doc) participationCands(out []*mention) []*mention {
	var found []*mention
	for i := 1; i+3 < len(d.toks); i++ {
		if !d.participationAt(i) {
			continue
		}
		s := i + 3
		if !d.capWord(s) || d.toks[s].brk || d.titlecase[d.toks[s].para] {
			continue
		}
		e := d.initiativeNameEnd(s)
		if _, n := d.g.lookup(d.toks, s); n > 0 {
			continue
		}
		if eventHeads[d.toks[s].key] || eventHeads[d.toks[e-1].key] {
			continue
		}
		found = append(found, &mention{s: s, e: e, typ: schema.Agreement, name: d.surface(s, e), prio: 2})
	}
	for _, m := range found {
		if !opensLonger(m, found) {
			out = append(out, m)
		}
	}
	return out
}

// opensLonger reports whether m's name is the opening words of a longer
// name in found.
func opensLonger(m *mention, found []*mention) bool {
	for _, o := range found {
		if len(o.name) > len(m.name) && strings.HasPrefix(fold(o.name), fold(m.name)+" ") {
			return true
		}
	}
	return false
}

// participantParties adds to parties of agreement e the signatories of a
// joint statement (authors, else those the note introducing the statement
// names) when a mention of e follows a participation phrase; it reports
// whether it added them.
func (d *doc) participantParties(e *entity, authors []*entity, parties map[string]bool) bool {
	at := -1
	for _, m := range d.ments {
		if m.ent == e && !m.quoted && m.s >= 3 && d.participationAt(m.s-3) {
			at = m.s
			break
		}
	}
	if at < 0 {
		return false
	}
	if len(authors) < 2 {
		authors = d.releasedBy()
	}
	if len(authors) < 2 {
		return false
	}
	for _, a := range authors {
		parties[a.name] = true
		d.partyBecause(e, a.name, "agreement-party/participating-signatories", at)
	}
	return true
}

// nameLinks join the capitalised words of an initiative's name: "Shield
// of the Americas", "Compact for the Northern Reefs".
var nameLinks = set("of", "for", "on")

// initiativeNameEnd is the end of the name that starts at token s: a run
// of capitalised words, particles included, that "of", "for" or "on",
// with or without "the", may join to the next run.
func (d *doc) initiativeNameEnd(s int) int {
	e := d.nameRunEnd(s)
	for e+1 < len(d.toks) && nameLinks[d.toks[e].key] && !d.toks[e].brk {
		k := e + 1
		if d.toks[k].key == "the" {
			k++
		}
		if k >= len(d.toks) || d.toks[k].brk || !d.capWord(k) {
			break
		}
		e = d.nameRunEnd(k)
	}
	return e
}
