// Acts done "in support of" an actor or agreement: "Canada deployed 300
// officers in support of the mission", "The two governments agreed to
// undertake actions in support of the X Framework".

package extract

import "github.com/newsgraph/newsgraph/schema"

// supportDegree are the words that may stand between "in" and "support".
var supportDegree = set("further", "direct", "full", "continued", "strong")

// supportPhrases reads "A <verb> … in support of B": A supports B. A is
// the sentence's one actor before the phrase, a government, body or
// group (not a person, whose "discussed our efforts … in support of B"
// tells of others' acts), named or as "both countries"; a sentence
// naming others before the phrase ("A sent troops to C in support of B")
// or negating or hedging its verb states none. B is not a name that
// only modifies a noun ("in support of the Security Council resolution").
func (d *doc) supportPhrases(add func(*entity, string, *entity, int)) {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "in" || d.inQuote[i] {
			continue
		}
		s := i + 1
		if supportDegree[d.toks[s].key] {
			s++
		}
		if s+1 >= len(d.toks) || d.toks[s].key != "support" || d.toks[s+1].key != "of" {
			continue
		}
		sent := d.toks[i].sent
		subjs := d.supportPhraseSubject(i, sent)
		if len(subjs) == 0 {
			continue
		}
		for _, o := range d.actorsRight(s+2, sent, "supports", sideObj) {
			if d.modifierMention(o, s+2, sent) {
				continue
			}
			for _, a := range subjs {
				add(a, "supports", o, s)
			}
		}
	}
}

// supportPhraseSubject is the actor of the clause before the "in" at
// token i: the only named actor or "both countries" before it in the
// sentence, not a person; nil when the clause names more, or its verb is
// negated, modal or planned.
func (d *doc) supportPhraseSubject(i, sent int) []*entity {
	var subj []*entity
	names := 0
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if relNegs[key] || d.isModal(k) || relBlockers[key] && key != "agreed" && key != "agree" || actorStop[key] {
			return nil
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			names++
			subj = []*entity{m.ent}
			k = m.s
			continue
		}
		if pair := d.bothStates(k); pair != nil {
			names++
			subj = pair
		}
	}
	if names != 1 {
		return nil
	}
	for _, e := range subj {
		if e.typ == schema.Person || e.typ == schema.Agreement {
			return nil
		}
	}
	return subj
}

// modifierMention reports whether entity e is named after token from only
// as a modifier of a noun that follows its name ("the Security Council
// resolution", "U.S. law enforcement efforts"), not as the object itself
// ("the X Framework", "X's operations").
func (d *doc) modifierMention(e *entity, from, sent int) bool {
	for k := from; k < len(d.toks) && d.toks[k].sent == sent && k < from+16; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent != e {
			continue
		}
		if m.e >= len(d.toks) || d.toks[m.e].sent != sent {
			return false
		}
		n := d.toks[m.e]
		return n.kind == tWord && !n.cap && !modifierEnds[n.key]
	}
	return false
}

// modifierEnds are the lower-case words that may follow an object's name
// without making it a modifier.
var modifierEnds = set("and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "during", "through",
	"including", "which", "who", "that", "while", "since", "after", "before", "amid", "against", "of")
