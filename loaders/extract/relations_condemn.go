package extract

import "github.com/newsgraph/newsgraph/schema"

// condemnForms condemn an act: the actor whose act it is ("condemned
// Russia's violation of Ukraine's territorial integrity", "condemned all
// forms of aggression, including X's invasion") is accused by the one who
// condemns.
var condemnForms = set("condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing")

// victimPreps before a possessor make it the one the act was done to.
var victimPreps = set("on", "against", "of", "to", "in", "at", "for", "from", "into", "with", "upon")

// condemnedPossessors reads "A condemned (…) X's <act>": A accused X. The
// accused is the first actor written as a possessor in the condemned
// phrase (within twenty words, over "including"), or the phrase's first
// word when it names an actor ("condemned X for …"); a negated, modal or
// hoped-for condemnation accuses no one.
func (d *doc) condemnedPossessors(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if !condemnForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		sent := d.toks[v].sent
		var accused *entity
		for k := v + 1; k+1 < len(d.toks) && k <= v+20 && d.toks[k].sent == sent; k++ {
			if actorStop[d.toks[k].key] || d.toks[k].key == "while" {
				break
			}
			m := d.mentionAt(k)
			if m == nil || m.ent == nil {
				continue
			}
			if k == v+1 || k == v+2 && d.toks[v+1].key == "the" {
				accused = m.ent // "condemned X for …"
				break
			}
			if m.e < len(d.toks) && d.toks[m.e].key == "'s" && !victimPreps[d.toks[m.s-1].key] {
				accused = m.ent // "including X's violation of …"; not "the attack on X's embassy"
				break
			}
			k = m.e - 1
		}
		if accused == nil || accused.typ == schema.Agreement || !typeOK("accused", sideObj, accused.typ) {
			continue
		}
		for _, s := range d.actorsLeft(g.start, sent, "accused", sideSubj) {
			add(s, "accused", accused, v)
		}
	}
}
