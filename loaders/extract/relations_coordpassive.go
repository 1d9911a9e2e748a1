// The patient of a passive verb coordinated with an earlier predicate of
// its sentence: "X was arrested in May and is charged with …", "X is a
// partner of Y, known as Z, and is charged in …": X, not the nearest name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// finiteAux open a finite verb group of their own: "is", "was", "has" …
var finiteAux = set("is", "was", "are", "were", "has", "had", "have")

// coordinatedPassiveSubject is the subject of the passive verb group at
// token start when "and" comes right before it: the subject of the
// nearest finite predicate before the "and" in the sentence (a form of
// "be" or "have", or a past verb of the lexicon, with a name right before
// it). ok is false when no "and" comes before start, or a relative or
// reported clause, a semicolon or a quotation's end comes first. The
// auxiliary may be left out ("X was arrested in Panama and extradited"):
// then the earlier predicate must be a passive participle whose subject is
// no "of" phrase's name and opens no condition ("If X is charged and
// convicted"). An earlier group opened by "who" shares the relative's
// antecedent ("X, who was arrested and charged with Y").
func (d *doc) coordinatedPassiveSubject(start, sent int, pred string) ([]*entity, bool) {
	if start < 3 || d.toks[start-1].key != "and" || d.toks[start-1].sent != sent {
		return nil, false
	}
	// "X was arrested in Panama and extradited to Y": the auxiliary left
	// out, the participle shares the earlier passive group's
	elided := !finiteAux[d.toks[start].key]
	if elided && !strings.HasSuffix(d.toks[start].key, "ed") && !relAux[d.toks[start].key] {
		return nil, false
	}
	for k := start - 2; k >= 1 && d.toks[k].sent == sent && k > start-40; k-- {
		t := d.toks[k]
		if actorStop[t.key] || t.key == "who" || t.key == "which" || t.key == "that" || t.key == "whose" {
			return nil, false
		}
		if m := d.mentionAt(k); m != nil {
			k = m.s // a name is no verb: go on before it
			continue
		}
		if d.inQuote[k] || t.kind != tWord || t.cap {
			continue // "also known as “Z”": the alias's words
		}
		at := -1
		switch {
		case finiteAux[t.key] && !relAux[d.toks[k-1].key]:
			if elided {
				return nil, false // "X is a partner of Y and extradited": no passive to share
			}
			at = k // "X is a partner of Y … and is charged"
		case strings.HasSuffix(t.key, "ed") && hasVerbCue(t.key):
			g := d.verbGroup(k)
			if g.neg || g.modal || g.infinitive || elided && !g.passive {
				return nil, false
			}
			at = g.start // "X was arrested in May and is charged"
		default:
			continue
		}
		if j := d.appositionBefore(at - 1); j >= 0 {
			at = j // "X, the leader of Y, was arrested … and is charged"
		}
		if d.toks[at-1].key == "who" {
			return d.whoPerson(at-1, sent) // "X, who was arrested and charged with Y": X
		}
		m := d.mentionAt(at - 1)
		if m == nil || m.e != at || m.ent == nil {
			if finiteAux[t.key] {
				return nil, false // "the case is …": a subject the reader does not know
			}
			continue // "a partner of convicted leader Y": a participle before a noun
		}
		if elided && (d.ofPhraseName(m.s, sent) || d.conditionalBefore(m.s, sent)) {
			return nil, false // "members of X were arrested and charged", "If X is charged and convicted": not X's act
		}
		if s := d.actorsLeft(at, sent, pred, sideObj); len(s) > 0 {
			return s, true
		}
		return nil, false
	}
	return nil, false
}

// alongWith are the actors "along with" or "alongside" names after an
// act as its patients too: "X is charged in an indictment along with Y
// and Z", "designated X as a terrorist organisation in May, alongside Y".
func (d *doc) alongWith(end, sent int, pred string) []*entity {
	for k := end; k+2 < len(d.toks) && d.toks[k].sent == sent && k < end+14; k++ {
		key := d.toks[k].key
		if key == "," && (d.toks[k+1].key == "along" || d.toks[k+1].key == "alongside") {
			continue // ", alongside Y"
		}
		if actorStop[key] || key == "," || key == "who" || key == "which" {
			return nil
		}
		from := -1
		switch {
		case key == "along" && d.toks[k+1].key == "with":
			from = k + 2
		case key == "alongside":
			from = k + 1
		default:
			continue
		}
		if e := d.aliasAt(from); e != nil && d.mentionAt(from) == nil {
			return []*entity{e} // "along with El Toro": a nickname given before, now bare
		}
		return d.actorsRight(from, sent, pred, sideObj)
	}
	return nil
}

// aliasAt is the person whose alias of two or three capitalised words
// ("El Toro") is written from token i, or nil.
func (d *doc) aliasAt(i int) *entity {
	for n := 3; n >= 2; n-- {
		if i+n > len(d.toks) {
			continue
		}
		ok := true
		for k := i; k < i+n; k++ {
			if t := d.toks[k]; t.kind != tWord || !t.cap || t.sent != d.toks[i].sent {
				ok = false
			}
		}
		if !ok {
			continue
		}
		f := fold(d.surface(i, i+n))
		for _, e := range d.entList {
			if e.typ != schema.Person {
				continue
			}
			for _, a := range e.aliases {
				if fold(a) == f {
					return e
				}
			}
		}
	}
	return nil
}

// conditionWords open a clause that states no fact: "If X is charged".
var conditionWords = set("if", "unless", "whether")

// conditionalBefore reports whether a word opening a condition comes
// before token i in its sentence: true at X in "If X is charged".
func (d *doc) conditionalBefore(i, sent int) bool {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if conditionWords[d.toks[k].key] {
			return true
		}
	}
	return false
}

// ofPhraseName reports whether the name starting at token i closes an
// "of" phrase: "of X", "of the violent gang X" (up to four lower-case
// words between).
func (d *doc) ofPhraseName(i, sent int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if t.key == "of" {
			return true
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil || relAux[t.key] || relCues[t.key] != nil {
			return false
		}
	}
	return false
}

// whoPerson is the person named right before the "who" at token r (over a
// comma) in sentence sent, with ok true; nil and false when no person's
// name ends there.
func (d *doc) whoPerson(r, sent int) ([]*entity, bool) {
	a := r - 1
	if a >= 0 && d.toks[a].key == "," {
		a--
	}
	if a < 0 || d.toks[a].sent != sent {
		return nil, false
	}
	m := d.mentionAt(a)
	if m == nil || m.ent == nil || m.e != a+1 || m.ent.typ != schema.Person {
		return nil, false
	}
	return []*entity{m.ent}, true
}
