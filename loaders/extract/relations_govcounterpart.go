package extract

import "github.com/newsgraph/newsgraph/schema"

// govCounterpart is the side x of a cooperation whose other side is a
// government y, read at the level of states: when x is an official of
// another government ("the United States will work with President X"),
// that government; otherwise x itself. States cooperate with states; the
// leader named is the state's voice.
func (d *doc) govCounterpart(x, y *entity) *entity {
	if x == nil || y == nil || x.typ != schema.Person || y.typ != schema.Government {
		return x
	}
	if g := d.personGov(x); g != nil && g != y {
		return g
	}
	return x
}
