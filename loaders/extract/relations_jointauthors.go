package extract

import "github.com/newsgraph/newsgraph/schema"

// A statement signed by two or more leaders speaks as "we": "Joint
// Statement by Prime Minister A of X and President B of Y … We met in
// Z this week and …" says A and B met.

// authorListEnds end the list of a heading's authors: what follows is the
// statement's subject or occasion ("… on the Partnership", "… following
// the Meeting between A and B").
var authorListEnds = set("on", "following", "after", "regarding", "at", "in", "between", "about", "for", "to", "|", ":")

// jointAuthors are the persons a heading "(Joint) Statement by A and B"
// names as the authors of the whole text, when it names two or more; nil
// otherwise.
func (d *doc) jointAuthors() []*entity {
	k := 0
	if len(d.toks) > 0 && d.toks[0].key == "joint" {
		k = 1
	}
	if k+2 >= len(d.toks) || !headingNouns[d.toks[k].key] {
		return nil
	}
	if p := d.toks[k+1].key; p != "by" && p != "from" && p != "of" {
		return nil
	}
	var out []*entity
	for j := k + 2; j < len(d.toks) && d.toks[j].para == d.toks[0].para; j++ {
		if authorListEnds[d.toks[j].key] {
			break
		}
		if m := d.mentionAt(j); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				out = append(out, m.ent)
			}
			j = m.e - 1
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// authorsMet reads a bare "we met" at token we in the text's own voice
// (outside quotation marks and transcript turns) under a heading of joint
// authors: each of them met the others.
func (d *doc) authorsMet(we int, add func(*entity, string, *entity, int)) {
	if d.inQuote[we] || d.turns != nil {
		return
	}
	eachPair(d.jointAuthors(), func(a, b *entity) { add(a, "metWith", b, we) })
}
