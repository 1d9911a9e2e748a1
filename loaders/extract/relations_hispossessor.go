package extract

import "github.com/newsgraph/newsgraph/schema"

// personalPossessives stand for a person before them: "sanctioned X for
// his support to Y", "thanked Y for her support".
var personalPossessives = set("his", "her")

// hisPossessor returns the person a "his" or "her" at token k stands
// for: the nearest person named before it in its sentence, on the same
// side of any quotation mark; nil when there is none.
func (d *doc) hisPossessor(k int) *entity {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j >= k-30 && d.toks[j].sent == sent; j-- {
		if d.inQuote[j] != d.inQuote[k] || actorStop[d.toks[j].key] {
			return nil
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
	}
	return nil
}

// possessorAt reports whether the actor named at token k, over "the",
// owns what follows it ("Venezuela's democratic aspirations").
func (d *doc) possessorAt(k int) bool {
	m := d.mentionFrom(k)
	return m != nil && m.e < len(d.toks) && d.toks[m.e].key == "'s"
}
