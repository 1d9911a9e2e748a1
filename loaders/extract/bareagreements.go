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
	if det := d.toks[i-1].key; det != "a" && det != "an" {
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
		return false
	}
	// "an agreement signed last year with the United States"
	if i+1 < len(d.toks) && (d.toks[i+1].key == "signed" || d.toks[i+1].key == "reached" || d.toks[i+1].key == "struck") {
		return withParty(i+2, i+8)
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
