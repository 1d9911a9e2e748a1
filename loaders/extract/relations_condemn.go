package extract

import "github.com/newsgraph/newsgraph/schema"

// condemnForms condemn an act: the actor whose act it is ("condemned
// Russia's violation of Ukraine's territorial integrity", "condemned all
// forms of aggression, including X's invasion") is accused by the one who
// condemns.
var condemnForms = set("condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing")

// victimPreps before a possessor make it the one the act was done to.
var victimPreps = set("on", "against", "of", "to", "in", "at", "for", "from", "into", "with", "upon")

// condemnedAgent returns the actor mention m names as the agent of a
// condemned act: after "by" ("condemned the campaign by the government of
// X", "restrictions imposed by X"), skipping a demonym that modifies a
// person ("by Venezuelan President X" is X), or a government after "in"
// when nothing in the phrase says the act was done to someone ("condemned
// the arrests of protesters in X"; not "the attack on the embassy in X").
func (d *doc) condemnedAgent(v int, m *mention) *entity {
	if m.attached {
		return nil
	}
	p := m.s - 1
	if p > v && d.toks[p].key == "the" {
		p--
	}
	for p > v+1 && d.toks[p].cap { // "by Venezuelan President X": the title and the demonym
		if pm := d.mentionAt(p); pm == nil {
			p--
		} else if pm.attached {
			p = pm.s - 1
		} else {
			break
		}
	}
	switch {
	case p <= v:
		return nil
	case d.toks[p].key == "by":
		return m.ent
	case d.toks[p].key == "in" && m.ent.typ == schema.Government:
		for j := v + 1; j < p; j++ {
			if victimPreps[d.toks[j].key] && d.toks[j].key != "of" && d.toks[j].key != "in" {
				return nil
			}
		}
		return m.ent
	}
	return nil
}

// condemnedPossessors reads "A condemned (…) X's <act>": A accused X. The
// accused is the first actor written as a possessor in the condemned
// phrase (within twenty words, over "including"), or the phrase's first
// word when it names an actor ("condemned X for …"), or the act's agent
// (condemnedAgent); a negated, modal or hoped-for condemnation accuses no
// one.
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
			if a := d.condemnedAgent(v, m); a != nil {
				accused = a // "condemned remarks by X", "the arrests of protesters in X"
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
