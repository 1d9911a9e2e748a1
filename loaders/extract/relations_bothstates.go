// "Both countries", "the two governments", "our two nations": a subject
// that stands for the two states the text has been about.

package extract

import "github.com/newsgraph/newsgraph/schema"

// pairStateNouns, after "both" or "two", name the two states of a text.
var pairStateNouns = set("countries", "governments", "nations")

// bothStates is the pair of governments that "both countries" or "the two
// governments" at token k (the noun) refers back to: the nearest two
// distinct governments named before it within the last five sentences, a
// body or an office holder standing for its own state ("the Department
// of Homeland Security": the United States). Nil unless k is such a noun,
// a possessive ("both countries' commitment") is not, and two states are
// found.
func (d *doc) bothStates(k int) []*entity {
	if k < 1 || !pairStateNouns[d.toks[k].key] {
		return nil
	}
	if c := d.toks[k-1].key; c != "both" && c != "two" {
		return nil
	}
	if k+1 < len(d.toks) && (d.toks[k+1].key == "'s" || d.toks[k+1].key == "'") {
		return nil
	}
	return d.statesBefore(k - 1)
}

// statesBefore is the nearest two distinct governments named before token
// k within the last five sentences, a body or an office holder standing
// for its own state; nil unless two are found.
func (d *doc) statesBefore(k int) []*entity {
	sent := d.toks[k].sent
	var out []*entity
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-5 && len(out) < 2; j-- {
		m := d.mentionAt(j)
		if m == nil {
			continue
		}
		j = m.s
		g := d.govOf(m)
		if g == nil && m.ent != nil && m.ent.typ != schema.Government && m.ent.country != "" {
			g = d.govNamed(m.ent.country)
		}
		if g != nil && (len(out) == 0 || out[0] != g) {
			out = append(out, g)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// pairAfter is the pair of states a phrase starting at token j names as
// "the two nations", "our two countries" or "both governments" (after
// "between": "talks between the two nations"), or nil.
func (d *doc) pairAfter(j int) []*entity {
	for k := j; k < len(d.toks) && k <= j+2; k++ {
		if pairStateNouns[d.toks[k].key] {
			return d.bothStates(k)
		}
		if key := d.toks[k].key; key != "the" && key != "our" && key != "both" && key != "two" {
			return nil
		}
	}
	return nil
}

// quotedCooperationBetween reports whether the cue at token v, inside a
// quotation that the prose of its paragraph attributes with a speech verb
// ("…," said X), is a noun of cooperation whose parties follow it ("the
// cooperation between the U.S. and Salvadoran governments resulted in
// …", "teamwork by A, B and C", "cooperation and information sharing
// between A and B"): a standing tie an official states, read like one
// outside quotes. A quotation set under a speaker's line (a roundup's) is
// not attributed in prose and stays the speaker's.
func (d *doc) quotedCooperationBetween(v int) bool {
	if nounCue(d.toks[v].key) != "cooperatesWith" {
		return false
	}
	k := v + 1
	if k < len(d.toks) && d.toks[k].key == "and" {
		k++ // "cooperation and information sharing between"
		for k < len(d.toks) && k < v+5 && d.toks[k].kind == tWord && !d.toks[k].cap && !partiesIntros[d.toks[k].key] {
			k++
		}
	}
	if k >= len(d.toks) || !partiesIntros[d.toks[k].key] || d.toks[k].sent != d.toks[v].sent {
		return false
	}
	return d.proseAttributes(v)
}

// partiesIntros introduce all the parties of a cooperation noun.
var partiesIntros = set("between", "among", "by")

// theirActors are the coordinated actors ("A and B") that "their" before
// the symmetric noun cue at token n refers to in its own sentence ("A and
// B Before Their Meeting", "A and B held their first call"); nil for
// other cues or when "their" has no such antecedent.
func (d *doc) theirActors(n, sent int, pred string) []*entity {
	if !schema.SymmetricRelations[pred] {
		return nil
	}
	k := n - 1
	for k > 0 && k >= n-3 && d.toks[k].kind == tWord && d.toks[k].key != "their" && !d.toks[k].cap && d.mentionAt(k) == nil {
		k-- // "their first bilateral meeting"
	}
	if k < 1 || d.toks[k].key != "their" || d.toks[k].sent != sent {
		return nil
	}
	j := k - 1
	if j >= 0 && (d.toks[j].key == "before" || d.toks[j].key == "after" || d.toks[j].key == "during" || d.toks[j].key == "at" ||
		d.toks[j].key == "held" || d.toks[j].key == "had") {
		j-- // "A and B Before Their Meeting", "A and B held their meeting"
	}
	m := d.mentionAt(j)
	if m == nil || m.ent == nil || m.e != j+1 || !typeOK(pred, sideSubj, m.ent.typ) {
		return nil
	}
	list := append([]*entity{m.ent}, d.conjLeft(m, pred, sideSubj)...)
	if len(list) < 2 {
		return nil
	}
	return list
}

// proseAttributes reports whether the paragraph of token v has a speech
// verb outside quotation marks: its quotations are attributed in prose
// ("…," said X), not set under a speaker's line.
func (d *doc) proseAttributes(v int) bool {
	para := d.toks[v].para
	for k := v; k >= 0 && d.toks[k].para == para; k-- {
		if !d.inQuote[k] && speechVerbs[d.toks[k].key] {
			return true
		}
	}
	for k := v; k < len(d.toks) && d.toks[k].para == para; k++ {
		if !d.inQuote[k] && speechVerbs[d.toks[k].key] {
			return true
		}
	}
	return false
}
