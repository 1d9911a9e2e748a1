// Actors named through a head noun or a title rather than by name: the
// body of "Mexican officials" or "ERO officers", the holder of "the
// commander of Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// forceActs are the acts a body's officers, agents or troops do for the
// body: "ERO officers arrested X", "Navy forces seized the gang's boat",
// "border agents are working closely with the Harbour Police".
var forceActs = set("arrested", "seized", "attacked", "deployedAgainst", "cooperatesWith")

// headNouns are the nouns a body's name may modify before a verb, making
// the unnamed people it qualifies the actors: "Mexican officials hosted".
var headNouns = set("officials", "official", "authorities", "forces", "troops", "agents", "officers", "police",
	"delegation", "counterparts", "representatives", "leaders", "diplomats", "negotiators", "lawmakers",
	"countries", "nations") // "Core Group countries also signed": the member states, not the group

// modifierOfHead reports whether mention m modifies a head noun that
// stands between it and token i: "senior Government of Mexico officials".
func (d *doc) modifierOfHead(m *mention, i int) bool {
	for i > m.e+1 && (d.toks[i-1].key == "also" || d.toks[i-1].key == "likewise") {
		i-- // "X countries also signed": an adverb after the head
	}
	if i <= m.e || i > m.e+2 {
		return false
	}
	for k := m.e; k < i; k++ {
		if !headNouns[d.toks[k].key] && !(k+1 < i && d.toks[k].key == "security") {
			return false
		}
	}
	return true
}

// titleOf reports whether mention m is the body of a title before it
// ("commander of U.S. Southern Command", "the head of the agency"), and
// returns the title's head word.
func (d *doc) titleOf(m *mention) (int, bool) {
	h := d.ofHeadBefore(m.s)
	if h < 0 || !titleHeads[d.toks[h].key] || d.mentionAt(h) != nil {
		return 0, false
	}
	return h, true
}

// titleHolder is the person a title at token t names: the person in
// apposition before it ("X, commander of Y"), or for a definite title
// ("the commander of Y") the last person named with it.
func (d *doc) titleHolder(t, sent int) *entity {
	j := t - 1
	for j >= 0 && d.toks[j].sent == sent && j > t-4 && d.mentionAt(j) == nil && (titleMods[d.toks[j].key] || d.toks[j].key == "the" || d.toks[j].key == "a") {
		j--
	}
	if j >= 1 && d.toks[j].key == "," {
		p := d.mentionAt(j - 1)
		if p == nil && j >= 3 && d.ageAt(j-1) {
			p = d.mentionAt(j - 3) // "X, 52, a leader of Y"
		}
		if p != nil && p.ent != nil && p.ent.typ == schema.Person {
			return p.ent
		}
	}
	if j >= 0 && d.toks[j+1].key == "the" {
		if e := d.titleReferent(t); e != nil {
			return e
		}
		return d.cataphoricHolder(t, sent) // "The commander of X visited Y. Gen. Z met …"
	}
	return nil
}

// forceHeads are the nouns for a state's officers that a demonym before
// them makes that state's: "Mexican authorities", "Chilean police".
var forceHeads = set("authorities", "police", "officials", "officers", "forces", "agents", "troops", "military")

// forceHeadAt reports whether a noun for a state's officers starts at
// token i: one of forceHeads, or "law enforcement".
func (d *doc) forceHeadAt(i int) bool {
	if i >= len(d.toks) {
		return false
	}
	if forceHeads[d.toks[i].key] {
		return true
	}
	return d.toks[i].key == "law" && i+1 < len(d.toks) && d.toks[i+1].key == "enforcement"
}
