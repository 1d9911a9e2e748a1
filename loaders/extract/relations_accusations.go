// Accusations said of someone a pronoun refers to.

package extract

import "github.com/newsgraph/newsgraph/schema"

// pronounSaidOf is the person the pronoun at token k refers to when the
// accusation cue at c is said of it ("…; he was an illegitimate
// president"), or nil; never the speaker of quotation q.
func (d *doc) pronounSaidOf(q quoteSpan, k, c int) *entity {
	g, ok := pronounGender[d.toks[k].key]
	if !ok || g != 'm' && g != 'f' || d.mentionAt(k) != nil || k > 0 && d.toks[k-1].key == "'s" {
		return nil
	}
	if !d.saidOf(k+1, c) {
		return nil
	}
	// the person named last before it in the quotation, else as
	// pronouns resolve outside it
	var e *entity
	for j := k - 1; j > q.open; j-- {
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person && (m.ent.gender == 0 || m.ent.gender == g) {
			e = m.ent
			break
		}
	}
	if e == nil {
		e = d.resolvePronoun(k, g)
	}
	if e == nil || e == q.speaker {
		return nil
	}
	return e
}
