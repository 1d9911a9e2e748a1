package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// sharedHeadStates reads two parties written as modifiers of one shared
// noun, a state and a demonym ("U.S. and Colombian police", "U.S. and
// Colombian forces have worked together"), at the same level: the
// demonym's noun alone would name a body of its state ("Colombian
// police"), but coordinated with a bare state it stands, like the state,
// for its country. It returns a and b with such a body replaced by its
// government.
func (d *doc) sharedHeadStates(a, b *entity, at int) (*entity, *entity) {
	if at < 0 || at >= len(d.toks) {
		return a, b
	}
	if a.typ == schema.Government && b.typ == schema.Agency {
		return a, d.sharedHeadBody(a, b, at)
	}
	if b.typ == schema.Government && a.typ == schema.Agency {
		return d.sharedHeadBody(b, a, at), b
	}
	return a, b
}

// sharedHeadBody returns the government of body when the sentence of
// token at writes "<gov> and <demonym> <noun>" with body read from the
// demonym and its lower-case noun; else body.
func (d *doc) sharedHeadBody(gov, body *entity, at int) *entity {
	if body.country == "" {
		return body
	}
	g := d.govNamed(body.country)
	if g == nil || g == gov {
		return body
	}
	first, last := d.sentenceSpan(at)
	for k := first + 2; k <= last; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent != body || m.e-m.s < 2 || d.toks[m.e-1].cap || d.toks[k-1].key != "and" {
			continue
		}
		if p := d.mentionAt(k - 2); p != nil && p.e == k-1 && d.govOf(p) == gov {
			return g
		}
	}
	return body
}

// genericBodyState reads a body named only by its country and a common
// noun ("the U.S. military", "Colombian police"), cooperating with
// another state, as its own state: the cooperation is between the two
// countries ("deepen cooperation between the U.S. military and Peru's
// coast guard"). A body with a name of its own stays itself. It
// returns a and b with such a body replaced by its government.
func (d *doc) genericBodyState(a, b *entity) (*entity, *entity) {
	if b.typ == schema.Government && d.genericBody(a) {
		if g := d.govNamed(a.country); g != nil && g != b {
			a = g
		}
	} else if a.typ == schema.Government && d.genericBody(b) {
		if g := d.govNamed(b.country); g != nil && g != a {
			b = g
		}
	}
	return a, b
}

// genericBody reports whether e is a body the article names by its
// country and a lower-case noun only ("U.S. military").
func (d *doc) genericBody(e *entity) bool {
	if e.typ != schema.Agency || e.country == "" {
		return false
	}
	i := strings.LastIndexByte(e.name, ' ')
	if i < 0 || i+1 >= len(e.name) || !unicode.IsLower(rune(e.name[i+1])) {
		return false
	}
	for _, k := range d.kindEnt {
		if k == e {
			return true
		}
	}
	return false
}
