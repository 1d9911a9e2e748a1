// The subject "They" or "The members" of a meeting verb: the people a
// sentence just before named together as its subject.

package extract

import "github.com/newsgraph/newsgraph/schema"

// groupAnaphors are the plural nouns that, after "the", name again the
// people listed before as a subject: "The members met with X".
var groupAnaphors = set("members", "lawmakers", "senators", "legislators", "congressmen", "congresswomen", "representatives")

// introPreps open a sentence's phrase of place or time before its
// subject: "In Colombia, A, B and C met with X".
var introPreps = set("in", "at", "on", "during", "following", "after", "before", "later", "while", "from")

// groupSubject returns who a plural anaphor opening the clause of the
// meeting verb whose group starts at token start stands for ("They also
// met with X", "Following the roundtable, the members met with X", "…,
// where they met with X"): the subject of the clause's own sentence
// before it, else of the nearest of the three sentences before that has
// one, when that subject lists two people or more ("In Panama, A, B and C
// received a briefing") or is a delegation told before ("The delegation
// began its travels in Panama"). A sentence whose subject is another
// actor ends the search. ok is false when no such antecedent is found.
func (d *doc) groupSubject(start int) ([]*entity, bool) {
	s0, h, ok := d.subjectEnd(start)
	if !ok {
		return nil, false
	}
	switch {
	case h >= s0 && d.toks[h].key == "they":
	case h-1 >= s0 && groupAnaphors[d.toks[h].key] && d.toks[h-1].key == "the":
		h--
	default:
		return nil, false
	}
	if h > s0 {
		if p := d.toks[h-1].key; p != "," && p != "where" && p != "when" {
			return nil, false
		}
		if s, stop := d.listedSubjectAt(s0, h); stop {
			return s, len(s) > 0 // "The delegation began in Panama, where they met"
		}
	}
	for n, i := 0, s0-1; n < 3 && i >= 0; n++ {
		a := d.sentStart(i)
		if s, stop := d.listedSubjectAt(a, i+1); stop {
			return s, len(s) > 0
		}
		i = a - 1
	}
	return nil, false
}

// listedSubjectAt reads the subject of the sentence that starts at token a, before
// token end, past a phrase of place or time set off by a comma: the people
// it lists when they are two or more, or those a delegation named again
// stands for. stop is true when the subject is such a group, or another
// actor (people is then nil); false when it is an anaphor again ("They",
// "The members") or no actor, so the search goes on.
func (d *doc) listedSubjectAt(a, end int) (people []*entity, stop bool) {
	if a >= end || d.inQuote[a] || d.toks[a].kind != tWord {
		return nil, a < end && d.inQuote[a]
	}
	k := a
	if introPreps[d.toks[k].key] {
		for j := k + 1; j < end && j < k+10; j++ {
			if d.toks[j].key == "," {
				k = j + 1
				break
			}
		}
		if k == a {
			return nil, false
		}
	}
	if k >= end {
		return nil, false
	}
	switch key := d.toks[k].key; {
	case key == "they":
		return nil, false
	case key == "the" && k+1 < end && groupAnaphors[d.toks[k+1].key]:
		return nil, false
	case key == "the" && k+1 < end && d.theDelegation(k+1) == k:
		s, _ := d.delegationNamedBefore(k + 1)
		return s, true
	case key == "the" && k+2 < end && d.theDelegation(k+2) == k:
		s, _ := d.delegationNamedBefore(k + 2)
		return s, true
	}
	if d.toks[k].key == "the" && d.mentionAt(k) == nil && d.mentionAt(k+1) != nil {
		k++ // "The United States"
	}
	for j := k; j < end && j < k+4 && d.toks[j].cap && d.mentionAt(j) == nil; j++ {
		if d.mentionAt(j+1) != nil {
			k = j + 1 // "Minister A", "Senators A and B": titles before the name
		}
	}
	var out []*entity
	for k < end {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil {
			break
		}
		if m.ent.typ != schema.Person {
			return nil, true
		}
		out = append(out, m.ent)
		k = m.e
		if k < end && d.toks[k].key == "(" { // "Senator A (R-Iowa)"
			for k < end && d.toks[k].key != ")" {
				k++
			}
			k++
		}
		if k < end && d.toks[k].key == "," {
			k++
		}
		if k < end && d.toks[k].key == "and" {
			k++
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	if len(out) < 2 || k >= end || d.toks[k].kind != tWord || d.toks[k].cap || d.mentionAt(k) != nil {
		return nil, true // one actor, or no verb after the list
	}
	return out, true
}
