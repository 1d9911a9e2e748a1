// The subject "The delegation" of a meeting verb: the delegation named
// before in the text.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// delegationSubject returns who a sentence-initial "The delegation" stands
// for when it is the subject of the meeting verb whose group starts at
// token start ("The delegation also met with X", "The delegation toured Y
// with Z officials and met with X"): the delegation named in an earlier
// sentence, that is its leaders ("a delegation led by A"), else its state
// ("a U.S. interagency delegation"), else the person who travelled ("A
// traveled to Y … The delegation met with X"). ok is false when the
// subject is not such a delegation or no antecedent is found.
func (d *doc) delegationSubject(start int) ([]*entity, bool) {
	s0, h, ok := d.subjectEnd(start) // h: the subject's "delegation"
	if !ok {
		return nil, false
	}
	if h+1 < len(d.toks) && delegationKinds[d.toks[h].key] {
		h++ // the subject ends at the kind: "the congressional delegation"
	}
	if d.theDelegation(h) < s0 {
		// "The delegation reviewed X with Y and met with Z": a second verb
		// of the delegation, not of a clause about Y
		h = s0 + 1
		if s0+2 > start || d.toks[s0].key != "the" || d.toks[s0+1].key != "delegation" ||
			d.toks[start-1].key != "and" || !d.delegationVerb(s0+2) {
			return nil, false
		}
		for j := s0 + 2; j < start; j++ {
			if t := d.toks[j].key; t == "who" || t == "which" || t == "that" || t == ";" || d.inQuote[j] {
				return nil, false
			}
		}
	}
	return d.delegationNamedBefore(h)
}

// delegationNamedBefore returns who the delegation named again at token h
// ("the delegation") stands for: the delegation named in an earlier
// sentence (its leaders, its state or the person who joined it), else
// the person who travelled. ok is false when none is found.
func (d *doc) delegationNamedBefore(h int) ([]*entity, bool) {
	for j := h - 2; j > 0; j-- {
		if d.toks[j].key != "delegation" || d.toks[j-1].key == "the" || d.inQuote[j] && !d.inQuote[h] {
			continue // "the delegation" again; "our delegation" in a quotation
		}
		js := d.toks[j].sent
		joiner := d.delegationJoiner(j, js)
		if joiner != nil && d.toks[j-1].key != "joined" && d.coordinatedAnd(j) > 0 {
			// "Senator A and a delegation led by B": the release's
			// person, whose meetings it reports
			return []*entity{joiner}, true
		}
		if ls := d.delegationLeaders(j, js); len(ls) > 0 {
			return ls, true
		}
		for i := j - 1; i >= 0 && i >= j-3 && d.toks[i].sent == js; i-- {
			if m := d.mentionAt(i); m != nil {
				if g := d.govOf(m); g != nil {
					return []*entity{g}, true
				}
				break
			}
			if t := d.toks[i]; t.kind != tWord || t.cap {
				break
			}
		}
		if g := d.delegationFrom(j, js); g != nil {
			return []*entity{g}, true // "A delegation from the United States …"
		}
		if joiner != nil {
			return []*entity{joiner}, true // "Senator A joined a congressional delegation …"
		}
		return nil, false // "the delegation" named before without its state
	}
	if p := d.traveller(h); p != nil {
		return []*entity{p}, true
	}
	return nil, false
}

// subjectEnd reads back from the verb group that starts at token start
// over the adverbs between a subject and its verb ("They also met", "The
// delegation then toured"): s0 is the first token of start's sentence and
// h the subject's last token, before those adverbs (h may fall before s0
// when the verb opens the sentence). ok is false when start is outside
// the text or opens it.
func (d *doc) subjectEnd(start int) (s0, h int, ok bool) {
	if start <= 0 || start >= len(d.toks) {
		return 0, 0, false
	}
	s0 = d.sentStart(start)
	k := start
	for k > s0 && isSubjAdverb(d.toks[k-1].key) {
		k--
	}
	return s0, k - 1, true
}

// isSubjAdverb reports whether key is an adverb between a subject and its
// verb: "also", "then", "later", "jointly".
func isSubjAdverb(key string) bool {
	return key == "also" || key == "then" || key == "later" || key == "subsequently" || strings.HasSuffix(key, "ly")
}

// delegationVerb reports whether token i, after "The delegation" and any
// adverb, is a past verb: "The delegation reviewed …".
func (d *doc) delegationVerb(i int) bool {
	for i < len(d.toks) && isSubjAdverb(d.toks[i].key) {
		i++
	}
	if i >= len(d.toks) {
		return false
	}
	t := d.toks[i]
	return t.kind == tWord && !t.cap && d.mentionAt(i) == nil && (strings.HasSuffix(t.key, "ed") || t.key == "met" || tripVerbs[t.key])
}

// traveller is the person who is the subject of the first trip verb
// ("A traveled to Y") in the sentences before token before, or nil.
func (d *doc) traveller(before int) *entity {
	for i := 1; i < before; i++ {
		t := d.toks[i]
		if !tripVerbs[t.key] || d.mentionAt(i) != nil {
			continue
		}
		g := d.verbGroup(i)
		if g.neg || g.modal || g.passive || g.infinitive || g.start < 1 {
			continue
		}
		m := d.mentionAt(g.start - 1)
		if m != nil && m.e == g.start && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
		return nil
	}
	return nil
}

// theDelegation returns where "the delegation" or "the congressional
// delegation" whose "delegation" is token h starts, or -1.
func (d *doc) theDelegation(h int) int {
	if h < 1 || d.toks[h].key != "delegation" {
		return -1
	}
	if d.toks[h-1].key == "the" {
		return h - 1
	}
	if h >= 2 && delegationKinds[d.toks[h-1].key] && d.toks[h-2].key == "the" {
		return h - 2
	}
	return -1
}

// delegationKinds are the words that may stand between "the" and
// "delegation" in a subject naming the delegation told before.
var delegationKinds = set("congressional", "bipartisan", "senate", "house")

// delegationFrom is the state a delegation at token j comes from, "a
// delegation from the United States", or nil.
func (d *doc) delegationFrom(j, sent int) *entity {
	i := j + 1
	if i >= len(d.toks) || d.toks[i].key != "from" {
		return nil
	}
	i++
	if i < len(d.toks) && d.toks[i].key == "the" {
		i++
	}
	if i >= len(d.toks) || d.toks[i].sent != sent {
		return nil
	}
	if m := d.mentionAt(i); m != nil && m.ent != nil && m.ent.typ == schema.Government {
		return m.ent
	}
	return nil
}

// delegationJoiner is the person who joined the delegation at token j,
// "Senator A (R-Kan.) joined a congressional delegation", or nil: the
// first person of the sentence of a past "joined" whose object is the
// delegation, its kind words only between.
func (d *doc) delegationJoiner(j, sent int) *entity {
	i := d.delegationArticle(j)
	if i < 0 {
		return nil
	}
	v := i - 1
	if d.toks[v].key == "and" && d.toks[v].sent == sent {
		return d.coordinatedJoiner(v) // "Senator A (R-Utah) and a congressional delegation returned"
	}
	if d.toks[v].key != "joined" || d.toks[v].sent != sent {
		return nil
	}
	g := d.verbGroup(v)
	if g.neg || g.modal || g.infinitive || g.passive {
		return nil
	}
	// the sentence's first person, its subject before any apposition:
	// "Senator A (R-Kan.) – member of X – joined"
	for k := d.sentStart(v); k < g.start; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person && !m.attached {
				return m.ent
			}
			k = m.e - 1
		}
	}
	return nil
}

// coordinatedJoiner is the person named just before the "and" at token v
// that joins him to a delegation, "Senator A (R-Utah) and a delegation",
// over a parenthesis after the name; nil when no person ends there or
// the name is a modifier of another.
func (d *doc) coordinatedJoiner(v int) *entity {
	k := v - 1
	if k >= 0 && d.toks[k].key == ")" {
		for k > 0 && v-k < 8 && d.toks[k].key != "(" {
			k--
		}
		if d.toks[k].key != "(" {
			return nil
		}
		k--
	}
	if k < 0 {
		return nil
	}
	m := d.mentionAt(k)
	if m == nil || m.e != k+1 || m.ent == nil || m.ent.typ != schema.Person || m.attached {
		return nil
	}
	if m.s > 1 && d.toks[m.s-1].key == "," {
		if p := d.mentionAt(m.s - 2); p != nil && p.ent != nil && p.ent.typ == schema.Person {
			return nil // "B, A and a delegation": a list, not one joiner
		}
	}
	return m.ent
}

// coordinatedAnd is the token of the "and" that joins a person to the
// delegation at token j ("A and a bipartisan delegation"), or -1.
func (d *doc) coordinatedAnd(j int) int {
	i := d.delegationArticle(j)
	if i < 0 || d.toks[i-1].key != "and" {
		return -1
	}
	return i - 1
}

// delegationArticle is the token of the "a" or "an" that opens the
// delegation at token j, over up to two kind words between ("a
// congressional delegation", "a bipartisan Presidential delegation"), or
// -1 when no such article opens it or it opens the text.
func (d *doc) delegationArticle(j int) int {
	i := j - 1
	for i > 0 && j-i <= 3 && d.toks[i].kind == tWord && d.mentionAt(i) == nil && !articles[d.toks[i].key] {
		i-- // "congressional", "bipartisan", "Presidential"
	}
	if i < 1 || (d.toks[i].key != "a" && d.toks[i].key != "an") {
		return -1
	}
	return i
}
