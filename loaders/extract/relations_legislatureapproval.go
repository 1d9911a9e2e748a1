package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A legislature approving or passing an agreement ratifies it: "the Senate
// passed the trade agreement", "the pact the Assembly approved today". The
// cue lexicon reads "approve" and "pass" as ratified only with the
// property subject-legislature (relations_cueprops.go): a ministry
// approving a text, or a legislature passing a bill, ratifies nothing.

// legislatureBody reports whether e is a legislature or one of its
// chambers as a whole ("U.S. Senate", "Congress", "the House of
// Representatives", "National Assembly"), not one of its committees or
// offices: seatInChamber, the test a seat in a chamber is read by.
func legislatureBody(e *entity) bool {
	return e != nil && seatInChamber(e)
}

// approvalFillers may stand between a verb of approval and the agreement
// it approves: a determiner or a word describing the agreement ("passed
// the Peru agreement", "approved a similar trade deal").
var approvalFillers = set("the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "similar", "new",
	"bilateral", "bipartisan", "final", "landmark", "historic")

// agreementObjectAt reports whether an agreement is named at token k of
// sentence sent, over determiners and describing words: the direct
// object of the verb before k, not a bill "that includes funding of" it.
func (d *doc) agreementObjectAt(k, sent int) bool {
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 4; k, n = k+1, n+1 {
		if m := d.mentionAt(k); m != nil {
			return m.s == k && m.ent != nil && m.ent.typ == schema.Agreement
		}
		if !approvalFillers[d.toks[k].key] {
			return false
		}
	}
	return false
}

// approvalPasts are the past forms of a legislature's approval.
var approvalPasts = set("approved", "passed", "ratified")

// relativeApprovals adds "ratified" for a legislature's approval in a
// relative clause on an agreement's name: "the trade agreement that the
// Senate approved today", "a fisheries pact the Assembly passed".
func (d *doc) relativeApprovals(add func(*entity, string, *entity, int)) {
	for _, am := range d.ments {
		if am.ent == nil || am.ent.typ != schema.Agreement || am.ent.generic || am.quoted {
			continue
		}
		sent := d.toks[am.s].sent
		k := am.e
		if k < len(d.toks) && (d.toks[k].key == "that" || d.toks[k].key == "which") {
			k++
		}
		lm := d.mentionFrom(k)
		if lm == nil || !legislatureBody(lm.ent) || d.toks[lm.s].sent != sent {
			continue
		}
		v := lm.e
		for v < len(d.toks) && d.toks[v].kind == tWord && !d.toks[v].cap && strings.HasSuffix(d.toks[v].key, "ly") {
			v++ // "the pact the Senate narrowly approved"
		}
		if v >= len(d.toks) || d.toks[v].sent != sent || !approvalPasts[d.toks[v].key] {
			continue
		}
		if v+1 < len(d.toks) && d.toks[v+1].sent == sent && d.agreementObjectAt(v+1, sent) {
			continue // "the pact the Senate approved the bill …": the verb has its own object
		}
		add(lm.ent, "ratified", am.ent, v)
	}
}
