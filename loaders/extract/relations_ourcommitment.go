package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// "X emphasized our commitment to working with Y": the one committed is
// the government "our" stands for, not the official who speaks of it. In
// prose "our" is the text's government, or, when the text names none, the
// government of the official the sentence is about.

// ourGovernor returns the government that owns, through "our", the noun
// governing the infinitive of group g ("our (continued) commitment to
// working with Y"), given the actors read before it; nil if "our" does not
// own it or no government is known.
func (d *doc) ourGovernor(g verbGroup, subjs []*entity) *entity {
	if !g.infinitive || g.start < 2 {
		return nil
	}
	j := g.start - 1 // the governing noun
	for j > 0 && (relAux[d.toks[j].key] || strings.HasSuffix(d.toks[j].key, "ly")) {
		j--
	}
	k := j - 1
	for n := 0; n < 2 && k > 0 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil && d.toks[k].key != "our"; n++ {
		k--
	}
	if k < 0 || d.toks[k].key != "our" || d.toks[k].sent != d.toks[g.start].sent || d.inQuote[k] {
		return nil
	}
	if gov := d.weGov(k); gov != nil {
		return gov
	}
	if len(subjs) == 1 && subjs[0].typ == schema.Person {
		return d.personGov(subjs[0])
	}
	return nil
}
