package extract

import "strings"

// heldTieVerbs keep, grow or share a standing tie: "Peru and Chile share a
// strong partnership", "A and B agreed to deepen cooperation".
var heldTieVerbs = lexWords.set("heldTieVerbs")

// tieAgreeVerbs govern an infinitive that states the tie as held or
// undertaken: "agreed to strengthen cooperation", "continue to deepen".
var tieAgreeVerbs = lexWords.set("tieAgreeVerbs")

// heldCooperation reads a coordinated subject keeping a tie that names no
// other partner: "Peru and Chile share a strong security partnership",
// "A and B agreed to strengthen cooperation on ports", "the two nations
// have a long history of cooperation". A noun of cooperation with no
// partner phrase after it ("with C", "between", "of"), the object of a
// tie verb over a few plain words, whose subject lists two or more actors:
// each cooperates with each. A negated, modal or planned verb states none.
func (d *doc) heldCooperation(add func(*entity, string, *entity, int)) {
	for n := 2; n < len(d.toks); n++ {
		if !gratitudeNouns[d.toks[n].key] || d.inQuote[n] {
			continue
		}
		sent := d.toks[n].sent
		if n+1 < len(d.toks) && d.toks[n+1].sent == sent && partnerIntros[d.toks[n+1].key] {
			continue // "cooperation with C", "partnership between A and B": other rules
		}
		v := d.backToVerb(n-1, n-5, sent, heldTieVerbs, true)
		if v < 1 || d.toks[v].sent != sent || !heldTieVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		if v >= 2 && d.toks[v-1].key == "to" {
			if !tieAgreeVerbs[d.toks[v-2].key] {
				continue // "urged A and B to deepen cooperation"
			}
			v -= 2 // "agreed to deepen cooperation": the governing verb
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) || g.passive {
			continue
		}
		s := g.start - 1
		if s >= 2 && d.toks[s].key == "and" && heldTieVerbs[d.toks[s-1].key] {
			s -= 2 // "A and B extended and expanded cooperation"
		}
		for low := s - 2; s > 0 && s >= low && d.toks[s].sent == sent && (tieAdverbs[d.toks[s].key] || strings.HasSuffix(d.toks[s].key, "ly") && d.plainAdjective(s)); s-- {
			// "A and B today formally expanded cooperation"
		}
		if d.mentionAt(s) == nil && !pairStateNouns[d.toks[s].key] {
			continue
		}
		list := d.actorsLeft(s+1, sent, "cooperatesWith", sideSubj)
		if len(list) < 2 {
			continue
		}
		eachPair(list, func(a, b *entity) {
			if d.stateOf(a) != a && d.stateOf(b) != b || d.stateOf(a) != d.stateOf(b) {
				add(a, "cooperatesWith", b, n) // not a state with its own body
			}
		})
	}
}

// tieAdverbs may stand between a subject and its tie verb.
var tieAdverbs = set("today", "also", "further", "now", "again", "yesterday")

// partnerIntros after a noun of cooperation name its partners themselves.
var partnerIntros = set("with", "between", "among", "of", "'s", "'")

// backToVerb walks back from token k, no further than token low, over the
// words of a noun phrase before its head (determiners, plain adjectives
// and, with of, "of": "a long history of cooperation") to a verb of verbs
// in sentence sent; it returns the token it stops at, which the caller
// tests for the verb.
func (d *doc) backToVerb(k, low, sent int, verbs map[string]bool, of bool) int {
	for k >= low && k > 0 && d.toks[k].sent == sent && !verbs[d.toks[k].key] &&
		(determiners[d.toks[k].key] || of && d.toks[k].key == "of" || d.plainAdjective(k)) {
		k--
	}
	return k
}
