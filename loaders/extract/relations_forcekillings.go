// Killings and captures of named people by a state's forces written
// without a name of their own, the way wire copy reports them: "Peruvian
// troops killed X", "X was captured by Colombian soldiers", "X, who was
// killed last month during a Colombian military attack on a jungle camp".
// The actor is the state whose demonym qualifies the troops or the
// operation; the state must be one the article names (govNamed), so no
// entity is made from the demonym alone.

package extract

import "github.com/newsgraph/newsgraph/schema"

// forceActForms are the verb forms of the acts a state's troops do to a
// named person, with the act each states.
var forceActForms = map[string]string{
	"killed": "attacked", "kills": "attacked", "kill": "attacked",
	"captured": "arrested", "captures": "arrested", "capture": "arrested",
	"arrested": "arrested", "arrests": "arrested", "arrest": "arrested",
	"detained": "arrested", "detains": "arrested", "detain": "arrested",
	"apprehended": "arrested", "apprehends": "arrested", "apprehend": "arrested",
}

// troopNouns, written in lower case after a state's demonym, are the
// state's men under arms ("Peruvian troops", "Mexican marines").
var troopNouns = set("troops", "soldiers", "forces", "marines", "commandos", "paratroopers")

// forceOpMods, after a state's demonym, make the operation after them the
// state's armed forces' ("a Colombian military operation", "a Mexican navy
// raid").
var forceOpMods = set("military", "army", "navy", "naval", "air", "police", "security")

// forceOpNouns are the operations of a state's forces that kill.
var forceOpNouns = set("operation", "attack", "raid", "offensive", "strike", "airstrike", "bombing", "assault",
	"ambush", "bombardment")

// stateForceKillings reads a killing (attacked) or a capture (arrested)
// of a named person by a state's troops: active with the troops as
// subject ("Peruvian troops killed X"), passive with them after "by", or
// passive with a state's operation after "during" or "in" within the
// clause ("was killed Monday during a Colombian military operation"). A
// negated, modal or hypothetical act states none. The same scan finds the
// active killings whose counted victims killedMembers reads; it reads
// them after this rule's own, under its own rule name.
func (d *doc) stateForceKillings(add func(*entity, string, *entity, int)) {
	var counted [][2]int // an active "killed" and the start of its verb group
	for v := 1; v < len(d.toks); v++ {
		pred := forceActForms[d.toks[v].key]
		if pred == "" || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) {
			continue
		}
		sent := d.toks[v].sent
		if !g.passive {
			if pred == "attacked" && v+3 < len(d.toks) {
				counted = append(counted, [2]int{v, g.start})
			}
			state := d.troopsBefore(g.start, sent)
			if state == nil || pred == "arrested" && d.namesOwnAgency(state) {
				continue
			}
			if m := d.mentionAt(v + 1); m != nil && m.s == v+1 && m.ent != nil && m.ent.typ == schema.Person && !m.attached {
				add(state, pred, m.ent, v)
			}
			continue
		}
		state := d.killingForceAfter(v+1, sent)
		if state == nil || pred == "arrested" && d.namesOwnAgency(state) {
			continue
		}
		for _, o := range d.actorsLeft(g.start, sent, pred, sideObj) {
			if o.typ == schema.Person {
				add(state, pred, o, v)
			}
		}
	}
	d.ruled("relation/killed-members", 0, 0)
	for _, c := range counted {
		d.killedMembers(c[0], c[1], add)
	}
}

// troopsBefore returns the state whose troops stand right before token i
// ("Peruvian troops", "the Colombian security forces"), or nil.
func (d *doc) troopsBefore(i, sent int) *entity {
	h := i - 1
	if h < 1 || d.toks[h].sent != sent || !troopNouns[d.toks[h].key] || d.toks[h].cap {
		return nil
	}
	j := h // the demonym ends before j
	if d.toks[h].key == "forces" && d.toks[h-1].key == "security" {
		j--
	}
	return d.demonymGovBefore(j, 3, sent)
}

// demonymGovBefore returns the government whose demonym, in sentence sent,
// ends right before token j and starts at most back tokens before it
// (demonymGovFrom), or nil.
func (d *doc) demonymGovBefore(j, back, sent int) *entity {
	for s := j - 1; s >= 0 && s >= j-back && d.toks[s].sent == sent; s-- {
		if g, n := d.demonymGovFrom(s); g != nil && s+n == j {
			return g
		}
	}
	return nil
}

// demonymGovFrom returns the government whose demonym starts at token s
// and its length in tokens, when the article names that government, or
// nil.
func (d *doc) demonymGovFrom(s int) (*entity, int) {
	ps, n := d.g.lookup(d.toks, s)
	for _, p := range ps {
		if p.kind == kDemonym && p.entry.country != "" {
			if g := d.govNamed(p.entry.country); g != nil {
				return g, n
			}
		}
	}
	return nil, 0
}

// killingForceAfter returns the state whose forces a passive killing
// ending before token i names: "by Peruvian troops", or within ten words
// of the clause "during a Colombian military operation", "in a Mexican
// navy raid"; or nil.
func (d *doc) killingForceAfter(i, sent int) *entity {
	for k := i; k < len(d.toks) && k < i+10 && d.toks[k].sent == sent; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == ";" || key == "who" || key == "which" || key == "and" {
			return nil
		}
		if key == "by" {
			j := k + 1
			if j < len(d.toks) && d.toks[j].key == "the" {
				j++
			}
			g, n := d.demonymGovFrom(j)
			if g == nil {
				return nil
			}
			t := j + n
			if t < len(d.toks) && d.toks[t].key == "security" {
				t++
			}
			if t < len(d.toks) && troopNouns[d.toks[t].key] && !d.toks[t].cap {
				return g
			}
			return nil
		}
		if (key == "during" || key == "in") && k+1 < len(d.toks) && (d.toks[k+1].key == "a" || d.toks[k+1].key == "an") {
			g, n := d.demonymGovFrom(k + 2)
			t := k + 2 + n
			if g != nil && t+1 < len(d.toks) && forceOpMods[d.toks[t].key] && forceOpNouns[d.toks[t+1].key] {
				return g
			}
		}
	}
	return nil
}

// namesOwnAgency reports whether the article names an agency of state g:
// its troops' capture is then that agency's, which the text names
// elsewhere ("the Mexican Army"), not the state's.
func (d *doc) namesOwnAgency(g *entity) bool {
	for _, e := range d.entList {
		if e.typ == schema.Agency && e.country == g.name {
			return true
		}
	}
	return false
}
