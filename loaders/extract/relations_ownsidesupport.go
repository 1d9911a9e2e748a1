// Support within one side: "President Quiroga discussed support for
// Bolivia's grid", "the State Department continued supporting the
// administration's policy", "Senator X has worked to support the U.S.
// border initiatives". A state's own official, agency or legislature
// backing that state, or the state backing its own agency, is the
// state's own business, not one actor supporting another. A state
// backing a person stays: a role read from "U.S. support for interim
// President X" may place X at the wrong state.

package extract

import "github.com/newsgraph/newsgraph/schema"

// ownSideSupport reports whether s is a person or body of the government
// o, or o a body of the government s, in the sentence of token at.
func (d *doc) ownSideSupport(s, o *entity, at int) bool {
	return d.belongsTo(s, o, at) || o.typ == schema.Agency && d.belongsTo(o, s, at)
}

// belongsTo reports whether x is a person or agency of the government g.
// A person's state counts only when read before the sentence of token at:
// a role read in that very sentence ("Deputy Secretary X praised Chile's
// response") may have taken the praised state for the post's.
func (d *doc) belongsTo(x, g *entity, at int) bool {
	if g.typ != schema.Government {
		return false
	}
	switch x.typ {
	case schema.Person:
		if x.first < 0 || x.first >= len(d.toks) || at < 0 || at >= len(d.toks) || d.toks[x.first].sent >= d.toks[at].sent {
			return false
		}
		if h := d.personGov(x); h != nil {
			return h == g
		}
		return false
	case schema.Agency:
		a := x.upward(hasCountry)
		return a != nil && fold(a.country) == fold(g.name)
	}
	return false
}
