package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// partnershipWords state a standing partnership when the speakers of a
// two-leader text say them of themselves ("our partnership", "we are
// working together"); firstPlural are the words that say it of them.
var (
	partnershipWords = lexWords.set("partnershipWords")
	firstPlural      = lexWords.set("firstPlural")
)

// bilateralPartnership reads the remarks of two leaders of different
// governments ("Remarks by President A and President B of Peru Before
// Bilateral Meeting") that speak of a partnership in the first person
// plural ("we'll discuss how we can deepen our partnership"): the two
// governments cooperate. The evidence is the first sentence that says it.
func (d *doc) bilateralPartnership(add func(*entity, string, *entity, int)) {
	if len(d.toks) < 4 || !headingNouns[d.toks[0].key] || d.toks[1].key != "by" {
		return
	}
	leaders := d.actorsRight(2, d.toks[0].sent, "metWith", sideSubj)
	if len(leaders) != 2 {
		return
	}
	a, b := d.personGov(leaders[0]), d.personGov(leaders[1])
	if a == nil || b == nil || a == b {
		return
	}
	first, partner := map[int]bool{}, map[int]int{}
	for i, t := range d.toks {
		if t.para == d.toks[0].para || d.inQuote[i] {
			continue
		}
		if firstPlural[t.key] {
			first[t.sent] = true
		}
		if partnershipWords[t.key] {
			if _, ok := partner[t.sent]; !ok {
				partner[t.sent] = i
			}
		}
	}
	at := -1 // the earliest sentence that says both, so the evidence does not depend on map order
	for s, i := range partner {
		if first[s] && (at < 0 || i < at) {
			at = i
		}
	}
	if at >= 0 {
		add(a, "cooperatesWith", b, at)
	}
}

// meeting is a metWith relation read, with the token it was read at.
type meeting struct {
	a, b *entity
	at   int
}

// partnerMeetings reads a meeting between officials of two governments
// whose sentence, or the two after it in its paragraph, speaks of
// cooperation or partnership ("Biden met with President Lasso … They
// discussed deepening bilateral cooperation on security"): their
// governments cooperate. Every mention of the meeting counts, not only
// the first: a readout names the call in its headline and again in the
// body, where the sentences after it speak of cooperation. A later
// sentence whose subject is the pair who met ("The two committed to
// closer cooperation") says it too (pairSentenceAfter).
func (d *doc) partnerMeetings(add func(*entity, string, *entity, int)) {
	for _, m := range d.meetAts {
		ga, gb := d.sideGov(m.a), d.sideGov(m.b)
		if ga == nil || gb == nil || ga == gb || m.at < 0 || m.at >= len(d.toks) {
			continue
		}
		sent, para := d.toks[m.at].sent, d.toks[m.at].para
		first, _ := d.sentenceSpan(m.at)
		for k := first; k < len(d.toks) && d.toks[k].sent <= sent+2 && d.toks[k].para == para; k++ {
			if partnershipWords[d.toks[k].key] && !d.inQuote[k] && !d.discussedGerund(k) {
				add(ga, "cooperatesWith", gb, m.at)
				break
			}
		}
		if k := d.pairSentenceAfter(m.at); k >= 0 {
			add(ga, "cooperatesWith", gb, k)
		}
	}
}

// discussVerbs take as object a gerund naming an act only proposed.
var discussVerbs = set("discuss", "discussed", "discusses", "discussing", "explore", "explored", "explores", "exploring",
	"consider", "considered", "considers", "considering")

// discussedGerund reports whether "together" at token k only completes a
// gerund that a verb of discussion takes: "the two discussed working
// together" proposes a cooperation the text does not assert. A noun after
// such a gerund ("discussed deepening their cooperation") names a
// cooperation that already holds.
func (d *doc) discussedGerund(k int) bool {
	if d.toks[k].key != "together" || k < 2 {
		return false
	}
	g := k - 1
	if d.toks[g].key == "closely" && g > 1 {
		g-- // "discussed working closely together"
	}
	return strings.HasSuffix(d.toks[g].key, "ing") && discussVerbs[d.toks[g-1].key]
}

// sideGov is the government a person acts for, or a government itself.
func (d *doc) sideGov(e *entity) *entity {
	switch e.typ {
	case schema.Person:
		return d.personGov(e)
	case schema.Government:
		return e
	}
	return nil
}
