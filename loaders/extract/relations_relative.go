package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// antecedentPreps open a phrase whose noun, not the possessed noun before
// it, is the antecedent of a relative pronoun right after the phrase: in
// "X's struggle against the traffickers who fund Y" the traffickers fund
// Y, not X.
var antecedentPreps = set("against", "of", "for", "with", "to", "from", "by", "on", "among", "between", "over")

// relativeSubject reads the subject of a verb group starting at token
// start that opens a relative clause ("X, which supports Y", "equipment
// that will assist Y"): the relative pronoun's antecedent, the actor
// ending right before it (over a comma). ok is false when no relative
// pronoun opens the group; actors is nil when the antecedent is not an
// actor ("equipment … that will assist the police": no one named), unless
// it is aid whose giver is stated (aidThingGiver).
func (d *doc) relativeSubject(start, sent int, pred string) (actors []*entity, ok bool) {
	r := start - 1
	if r < 1 || d.toks[r].sent != sent {
		return nil, false
	}
	if key := d.toks[r].key; key != "that" && key != "which" && key != "who" {
		return nil, false
	}
	a := r - 1
	if d.toks[a].key == "," {
		a--
	}
	if a < 0 || d.toks[a].sent != sent {
		return nil, true
	}
	if d.toks[a].key == ")" {
		return d.actorsLeft(r, sent, pred, sideSubj), true // "X (the Y), which"
	}
	m := d.mentionAt(a)
	if m == nil || m.ent == nil {
		if p := d.describedPerson(r, sent); p != nil {
			return []*entity{p}, true // "X, a former soldier who headed Y"
		}
		if ps := d.describedPeople(r, sent, pred); ps != nil {
			return ps, true // "A and B, two brothers who ran Y"
		}
		if g := d.appositiveGroup(r, sent); g != nil {
			return []*entity{g}, true // "X, a dissident group that rejected Y"
		}
		if b := d.staffBody(a, sent); b != nil && staffActs(pred) && typeOK(pred, sideSubj, b.typ) {
			return []*entity{b}, true // "HSI special agents who were working with Y": HSI
		}
		if d.toks[r].key == "that" && (a < 0 || d.toks[a].kind != tWord) {
			return nil, false
		}
		if d.toks[r].key == "that" && reportWords[d.toks[a].key] {
			return nil, false // "said that X will support Y": a complement, not a relative
		}
		if g := d.aidThingGiver(a, sent, pred); g != nil {
			return g, true // "X delivered equipment that will assist Y": X
		}
		for j := a; j >= 0 && j > a-5 && d.toks[j].sent == sent; j-- {
			if d.toks[j].key == "'s" {
				// "the X's decisive operation that apprehended Y": its owner
				return d.actorsLeft(r, sent, pred, sideSubj), true
			}
			if t := d.toks[j]; t.kind != tWord || t.cap || d.mentionAt(j) != nil || antecedentPreps[t.key] {
				break // "X's struggle against the traffickers who fund Y": the traffickers, not X's
			}
		}
		return nil, true
	}
	return d.actorsLeft(r, sent, pred, sideSubj), true
}

// describedPerson returns the person a "who" at token r refers to through
// a description in apposition to the name: in "X, a former soldier who
// headed the gang" the soldier is X. The description is an article and
// a few plain words (no name, comma or verb of its own), right after
// the person's name and a comma; nil otherwise.
func (d *doc) describedPerson(r, sent int) *entity {
	if d.toks[r].key != "who" {
		return nil
	}
	for j := r - 1; j >= 1 && j > r-8 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		switch {
		case t.key == "a" || t.key == "an":
			if d.toks[j-1].key != "," || j < 2 {
				return nil
			}
			m := d.mentionAt(j - 2)
			if m == nil || m.ent == nil || m.ent.typ != schema.Person {
				return nil
			}
			return m.ent
		case d.mentionAt(j) != nil || t.cap || relConj[t.key] || reportWords[t.key] || relAux[t.key]:
			return nil
		case t.kind != tWord && t.key != "-":
			return nil
		}
	}
	return nil
}

// pluralPeople are the irregular plural nouns for people.
var pluralPeople = set("men", "women", "people", "children")

// describedPeople returns the people a "who" at token r refers to through
// a plural description in apposition to their coordinated names: in "A
// and B, (two) brothers who ran the cartel" the brothers are A and B. The
// description is up to four plain lower-case words ending in a plural
// noun, right after the last name and a comma; nil otherwise.
func (d *doc) describedPeople(r, sent int, pred string) []*entity {
	if d.toks[r].key != "who" || r < 4 {
		return nil
	}
	head := d.toks[r-1].key
	if !pluralPeople[head] && !(strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss")) {
		return nil
	}
	j := r - 1
	for ; j >= 1 && j >= r-4 && d.toks[j].sent == sent && d.toks[j].key != ","; j-- {
		t := d.toks[j]
		if t.kind != tWord || t.cap || d.mentionAt(j) != nil || determiners[t.key] || relConj[t.key] || reportWords[t.key] ||
			relAux[t.key] || relCues[t.key] != nil {
			return nil
		}
	}
	if j < 1 || d.toks[j].key != "," || d.toks[j].sent != sent {
		return nil
	}
	m := d.mentionAt(j - 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != j {
		return nil
	}
	people := d.conjLeft(m, pred, sideSubj)
	if len(people) == 0 {
		return nil // one name: a plural description is not in apposition to it
	}
	return append([]*entity{m.ent}, people...)
}

// reportWords take a "that" complement clause rather than a relative one.
var reportWords = set("said", "says", "say", "stated", "announced", "noted", "added", "confirmed", "reported",
	"believe", "believes", "believed", "know", "knows", "knew", "hope", "hopes", "clear", "ensure", "ensuring",
	"agreed", "agree", "recognize", "recognizes", "recognized", "stressed", "emphasized", "underscored", "affirmed",
	"reaffirmed", "committed", "so", "such", "now", "also", "fact", "means", "is", "was", "are", "were")

// afterVerbActors returns the subject of the verb right before token i
// when an accompaniment phrase follows the verb with no comma ("Colombia
// is pursuing in collaboration with B"): the governments or agencies
// before the verb. An object before the phrase ("arrested X in
// coordination with B") or a person gives none.
func (d *doc) afterVerbActors(i, sent int) []*entity {
	p := d.toks[i-1]
	if p.sent != sent || p.kind != tWord || p.cap || d.mentionAt(i-1) != nil || relAux[p.key] ||
		!strings.HasSuffix(p.key, "ing") && !strings.HasSuffix(p.key, "ed") && !strings.HasSuffix(p.key, "s") {
		return nil
	}
	g := d.verbGroup(i - 1)
	if g.neg || g.modal || g.passive && !strings.HasSuffix(p.key, "ing") { // "is pursuing": progressive
		return nil
	}
	var out []*entity
	for _, e := range d.actorsLeft(g.start, sent, "cooperatesWith", sideSubj) {
		if e.typ == schema.Government || e.typ == schema.Agency {
			out = append(out, e)
		}
	}
	if g.start > 0 && d.mentionAt(g.start-1) == nil {
		if b := d.staffBody(g.start-1, sent); b != nil {
			return []*entity{b} // "the mission's forces working in coordination with B": the mission
		}
		return nil // the subject must stand right before the verb
	}
	return out
}

// reportVerbs report speech; a verb coordinated with one shares its
// subject.
var reportVerbs = set("said", "says", "told", "stated", "wrote", "added", "argued", "declared")

// reportedAnd reads the subject of a verb group starting at token start
// that is coordinated by "and" with a reporting verb before it in the
// sentence: "X said in a statement that the attacks were executions and
// accused Washington of …" (X accused Washington, not the words of what
// X said). ok is false when the group does not follow "and" or no
// reporting verb comes before it.
func (d *doc) reportedAnd(start, sent int, pred string) ([]*entity, bool) {
	if s, ok := d.reportedIt(start, sent, pred); ok {
		return s, true
	}
	if start < 1 || d.toks[start-1].key != "and" || d.toks[start-1].sent != sent {
		return nil, false
	}
	for k := start - 2; k >= 0 && d.toks[k].sent == sent && k > start-40; k-- {
		if reportVerbs[d.toks[k].key] && !d.inQuote[k] {
			g := d.verbGroup(k)
			return d.actorsLeft(g.start, sent, pred, sideSubj), true
		}
	}
	return nil, false
}

// reportedIt reads "X says it welcomes …", "X said that it would …": the
// "it" of a clause reported by a body is the body. ok is false when no
// such "it" opens the verb group at start.
func (d *doc) reportedIt(start, sent int, pred string) ([]*entity, bool) {
	r := start - 2
	if r < 1 || d.toks[start-1].key != "it" || d.toks[r].sent != sent {
		return nil, false
	}
	if d.toks[r].key == "that" {
		r--
	}
	if r < 0 || !reportVerbs[d.toks[r].key] && d.toks[r].key != "says" || d.inQuote[r] {
		return nil, false
	}
	var out []*entity
	for _, e := range d.actorsLeft(d.verbGroup(r).start, sent, pred, sideSubj) {
		if e.typ != schema.Person {
			out = append(out, e)
		}
	}
	return out, true
}
