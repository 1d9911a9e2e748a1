package extract

import "github.com/newsgraph/newsgraph/schema"

// Bare agreements: "Guatemala signed an agreement for …", "the
// administration secured a deal with El Salvador", "under an agreement
// signed last year with the United States". An agreement introduced with
// an indefinite article, signed, and with a stated party is named by its
// head alone, the way the text names it.

// bareAgreementHeads may name an agreement alone.
var bareAgreementHeads = lexWords.set("bareAgreementHeads")

// bareSignVerbs introduce a new agreement as its object: "secured a deal".
var bareSignVerbs = lexWords.set("bareSignVerbs")

// bareAgreement reports whether the lower-case head at i, with no
// modifier, names a signed agreement with a stated party: a signing verb
// before its article with a capitalised subject or a "with" party after
// it, or "signed … with" a party after it.
func (d *doc) bareAgreement(i int) bool {
	if !bareAgreementHeads[d.toks[i].key] || i == 0 {
		return false
	}
	det := d.toks[i-1].key
	// "through an agreement between the U.S. and the government of El
	// Salvador", "under the agreement between Peru and Chile": two states
	// named as its parties identify it
	if (det == "a" || det == "an" || det == "the") && d.betweenTwoStates(i+1) {
		return true
	}
	if det != "a" && det != "an" {
		return false
	}
	sent := d.toks[i].sent
	withParty := func(from, upto int) bool {
		for k := from; k < len(d.toks) && k < upto && d.toks[k].sent == sent && !d.toks[k].brk; k++ {
			if d.toks[k].key == "with" && k+1 < len(d.toks) {
				n := k + 1
				if d.toks[n].key == "the" && n+1 < len(d.toks) {
					n++
				}
				return d.toks[n].cap && d.toks[n].sent == sent
			}
			if d.toks[k].key == "," || d.toks[k].key == "." {
				return false
			}
		}
		return false
	}
	// "X signed an agreement", "secured a deal with X"
	if v := i - 2; v >= 1 && d.toks[v].sent == sent && bareSignVerbs[d.toks[v].key] {
		if withParty(i+1, i+3) {
			return true
		}
		if d.toks[v-1].cap && d.toks[v-1].kind == tWord && d.toks[v-1].sent == sent && !funcWords[d.toks[v-1].key] {
			return true
		}
		return d.bothSidesBefore(v) // "The two governments signed an agreement"
	}
	// "an agreement signed last year with the United States"
	if i+1 < len(d.toks) && (d.toks[i+1].key == "signed" || d.toks[i+1].key == "reached" || d.toks[i+1].key == "struck") {
		return withParty(i+2, i+8)
	}
	return false
}

// bothSidesBefore reports whether the two sides as one subject ("the two
// governments", "both countries", bothSidesAt) end just before token v,
// opening its sentence.
func (d *doc) bothSidesBefore(v int) bool {
	if p := d.toks[v-1].key; !govPlurals[p] && !sidePlurals[p] {
		return false
	}
	for j := v - 2; j >= 0 && j >= v-4 && d.toks[j].sent == d.toks[v].sent; j-- {
		if d.sentenceSubjectStart(j) {
			return d.bothSidesAt(j)
		}
	}
	return false
}

// dropBareCands drops the agreements named by a bare head when the
// article names another agreement: "signed an agreement on Tuesday … The
// returns agreement was signed in Kingston" speaks of one agreement, which
// the modified name names better.
func dropBareCands(cands []*mention) []*mention {
	bare := func(m *mention) bool {
		return m.typ == schema.Agreement && m.e-m.s == 1 && bareAgreementHeads[m.name]
	}
	named := false
	for _, m := range cands {
		if m.typ == schema.Agreement && !bare(m) {
			named = true
		}
	}
	if !named {
		return cands
	}
	out := cands[:0]
	for _, m := range cands {
		if !bare(m) {
			out = append(out, m)
		}
	}
	return out
}

// betweenTwoStates reports whether "between A and B" at token k names two
// different states, each by its name, its seat or "the government of"
// it, or as "the <Demonym> government".
func (d *doc) betweenTwoStates(k int) bool {
	if k >= len(d.toks) || d.toks[k].key != "between" {
		return false
	}
	a, j := d.statePhraseAt(k + 1)
	if a == "" || j >= len(d.toks) || d.toks[j].key != "and" {
		return false
	}
	b, _ := d.statePhraseAt(j + 1)
	return b != "" && b != a
}

// statePhraseAt reads a state named from token j ("Peru", "the U.S.",
// "the government of Peru", "the Peruvian government") and returns it and
// the token after the phrase, or "" when none is named there.
func (d *doc) statePhraseAt(j int) (string, int) {
	sent := -1
	if j < len(d.toks) {
		sent = d.toks[j].sent
	}
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	if j+1 < len(d.toks) && d.toks[j].key == "government" && d.toks[j+1].key == "of" {
		j += 2
	}
	if j >= len(d.toks) || d.toks[j].sent != sent {
		return "", j
	}
	if c, n := d.govPrefixAt(j); c != "" {
		return c, j + n
	}
	ps, n := d.g.lookup(d.toks, j)
	if n > 0 && j+n < len(d.toks) && d.toks[j+n].key == "government" {
		for _, p := range ps {
			if p.kind == kDemonym && p.entry.country != "" {
				return p.entry.country, j + n + 1
			}
		}
	}
	return "", j
}
