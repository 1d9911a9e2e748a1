package extract

import "github.com/newsgraph/newsgraph/schema"

// A person in an accompaniment ("A, together with B, …", "prosecuted by
// A, with the assistance of B") acts for a body, not with the partner as
// a party of a standing cooperation: prosecutors credited with the help
// of colleagues, an official acting "in partnership with" an agency. The
// tie holds between states when an official acts together with another
// state ("President A, together with the President of B": A's state and
// B), and between a person and a criminal group he acts with ("X, in
// coordination with the Y gang, led attacks").

// addAccompanied adds the cooperation an accompaniment of actor a with
// partner b makes, at token at (accompaniedPair); none when it gives no tie.
func (d *doc) addAccompanied(add func(*entity, string, *entity, int), a, b *entity, at int) {
	if x, y, ok := d.accompaniedPair(a, b); ok {
		add(x, "cooperatesWith", y, at)
	}
}

// accompaniedPair returns the two sides an accompaniment of actor a with
// partner b makes cooperate, or ok false when a person on either side
// gives no such tie: both persons serving the same state or none known; a
// person with a body that is neither a criminal group nor a state, or
// with a state the person's own state is not known to differ from.
func (d *doc) accompaniedPair(a, b *entity) (x, y *entity, ok bool) {
	ap, bp := a.typ == schema.Person, b.typ == schema.Person
	switch {
	case !ap && !bp:
		return a, b, true
	case ap && bp:
		pair := d.reciprocalStates([]*entity{a, b}, "cooperatesWith")
		if pair[0].typ == schema.Person {
			return nil, nil, false
		}
		return pair[0], pair[len(pair)-1], true
	}
	p, other := a, b
	if bp {
		p, other = b, a
	}
	switch other.typ {
	case schema.Cartel:
		return a, b, true
	case schema.Government:
		if g := d.personGov(p); g != nil && g != other {
			return g, other, true
		}
	}
	return nil, nil, false
}
