// The speaker's own side of an agreement: in a message or speech the whole
// of which one official gives, "We concluded, after long talks, a
// treaty of … with the Republic of B" and "I have signed with B an
// agreement …" bind the speaker's government and B, however far the
// concluding verb stands from the agreement's name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// ourConcludeForms are the verbs whose subject "we" or "I" concludes an
// agreement named later in the clause.
var ourConcludeForms = set("signed", "concluded", "negotiated", "ratified", "reached", "entered")

// weConcluded returns the government of the speaker's "we" or "I" that is
// the subject of a concluding verb before agreement mention am in its
// sentence ("We concluded, after long talks, a treaty …", "we have
// entered into a convention …"), or nil. The verb must be affirmative and
// past, with no other agreement between it and am.
func (d *doc) weConcluded(am *mention, sent int) *entity {
	for v := am.s - 1; v > 0 && v >= am.s-14 && d.toks[v].sent == sent; v-- {
		t := d.toks[v]
		if t.key == ";" || t.key == ":" || t.kind == tQuote {
			return nil
		}
		if m := d.mentionAt(v); m != nil && m.ent != nil && m.ent.typ == schema.Agreement {
			return nil
		}
		if !ourConcludeForms[t.key] || t.key == "entered" && (v+1 >= len(d.toks) || d.toks[v+1].key != "into") {
			continue
		}
		if g := d.verbGroup(v); g.neg || g.modal || g.infinitive || d.hypothetical(v) {
			return nil
		}
		s := v - 1
		for s > 0 && (d.toks[s].key == "have" || d.toks[s].key == "had" || d.toks[s].key == "also" || d.toks[s].key == "then" || d.toks[s].key == "jointly") {
			s--
		}
		if k := d.toks[s].key; k != "we" && k != "i" {
			return nil
		}
		if g := d.weGov(s); g != nil && g.typ == schema.Government {
			return g
		}
		return nil
	}
	return nil
}

// speakerTreatyParty adds to parties the speaker's government for a treaty
// named by the one state it is "with" ("the treaty with Spain of 1795"),
// in a text the whole of which that government's official gives: a
// treaty with a state, spoken of by the other side. It reports whether it
// added one.
func (d *doc) speakerTreatyParty(e *entity, parties map[string]bool) bool {
	f := fold(e.name)
	if !strings.HasPrefix(f, "treaty with ") && !strings.HasPrefix(f, "convention with ") {
		return false
	}
	g := d.authorGov()
	if g == nil || g.typ != schema.Government || parties[g.name] || len(parties) != 1 {
		return false
	}
	parties[g.name] = true
	d.partyBecause(e, g.name, "agreement-party/speaker-treaty", e.first)
	return true
}
