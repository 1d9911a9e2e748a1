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
// the arrests of protesters in X"; not "the attack on the embassy in X")
// when withIn.
func (d *doc) condemnedAgent(v int, m *mention, withIn bool) *entity {
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
	case withIn && d.toks[p].key == "in" && m.ent.typ == schema.Government:
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
		for _, accused := range d.condemnedActor(v, sent, false) {
			if accused.typ == schema.Agreement || !typeOK("accused", sideObj, accused.typ) {
				continue
			}
			for _, s := range d.actorsLeft(g.start, sent, "accused", sideSubj) {
				add(s, "accused", accused, v)
			}
		}
	}
}

// condemnedActor returns the actors whose act the phrase after token v
// condemns (see condemnedPossessors), or nil: one, or an agent and those
// coordinated with it ("committed by X and the Y gangs"). A concern
// ("deeply concerned by …") names no actor by its first word and no
// government by "in".
func (d *doc) condemnedActor(v, sent int, concern bool) []*entity {
	for k := v + 1; k+1 < len(d.toks) && k <= v+20 && d.toks[k].sent == sent; k++ {
		if actorStop[d.toks[k].key] || d.toks[k].key == "while" {
			break
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if !concern && (k == v+1 || k == v+2 && d.toks[v+1].key == "the") {
			return []*entity{m.ent} // "condemned X for …"
		}
		if a := d.condemnedAgent(v, m, !concern); a != nil {
			return append([]*entity{a}, d.coordinatedAfter(m, sent)...) // "condemned remarks by X", "the arrests of protesters in X"
		}
		if d.possessiveMark(m.e) && !victimPreps[d.toks[m.s-1].key] {
			return []*entity{m.ent} // "including X's violation of …"; not "the attack on X's embassy"
		}
		k = m.e - 1
	}
	return nil
}

// coordinatedAfter returns the actors joined to mention m by "and" or a
// comma ("by X, Y and the Z gangs"), in order; a name a reporting verb
// follows is the source, not one of them ("in X and Y, White said").
func (d *doc) coordinatedAfter(m *mention, sent int) []*entity {
	var out []*entity
	for j := m.e; j < len(d.toks) && d.toks[j].sent == sent; {
		if k := d.toks[j].key; k != "and" && k != "," {
			break
		}
		j++
		if j < len(d.toks) && d.toks[j].key == "and" {
			j++ // ", and"
		}
		n := d.mentionFrom(j)
		if n == nil || n.ent == nil || n.attached || n.e < len(d.toks) && reportVerbs[d.toks[n.e].key] {
			break
		}
		out = append(out, n.ent)
		j = n.e
	}
	return out
}
