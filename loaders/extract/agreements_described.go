package extract

import "github.com/newsgraph/newsgraph/schema"

// pluralAgreementHeads map the plural of a lower-case agreement head to
// its singular, so that agreements a sentence says were concluded
// together are read as one agreement by the same modifiers a singular
// needs ("ratified two military cooperation agreements with Chile",
// "signed memorandums of understanding with the Bolivian government").
// A plural with no modifier ("the agreements") names none, nor does one
// no concluding verb governs ("regional initiatives", "peace deals in
// general"): agreements spoken of as a kind.
var pluralAgreementHeads = map[string]string{
	"agreements":  "agreement",
	"treaties":    "treaty",
	"pacts":       "pact",
	"deals":       "deal",
	"memorandums": "memorandum",
	"memoranda":   "memorandum",
	"compacts":    "compact",
	"protocols":   "protocol",
}

// concludeForms are the verbs of concluding or ratifying that make plural
// agreements particular ones: "signed two …", "ratified …".
var concludeForms = set("signed", "signs", "sign", "signing", "ratified", "ratifies", "ratify", "ratifying",
	"concluded", "reached", "struck", "sealed", "inked")

// concludedPlural reports whether a concluding verb governs the plural
// agreement name that starts at token s: the verb right before it, over
// a determiner or a number ("signed two …", "ratified the three …").
func (d *doc) concludedPlural(s int) bool {
	for k := s - 1; k >= 0 && k >= s-3 && d.toks[k].sent == d.toks[s].sent; k-- {
		t := d.toks[k]
		if concludeForms[t.key] {
			return !d.inQuote[k]
		}
		if t.kind != tWord || t.cap || !funcWords[t.key] && !pluralCountWords[t.key] && !allDigits(t.key) {
			return false
		}
	}
	return false
}

// namedModHeads are the lower-case heads a year or a body's name may
// name an agreement with: "a 1998 agreement", "the CICIG agreement".
var namedModHeads = set("agreement", "accord", "deal", "pact", "treaty")

// namedModCands finds agreements named by a year or by the name of the
// body they concern before a lower-case head, after a determiner and any
// vague adjectives: "a 1998 agreement in which A and B pledged …", "the
// prior FARC agreement", "the CICIG agreement". The year or name, with
// the head, is the agreement's name; the determiner's adjectives join an
// alias. A body is an organisation or an armed group a candidate before
// already names (out), never a state, a person or a part of a government:
// "the U.S. agreement" says whose, not which.
func (d *doc) namedModCands(out []*mention) []*mention {
	ends := map[int]*mention{}
	for _, m := range out {
		if m.typ == schema.Organization || m.typ == schema.Cartel {
			ends[m.e] = m
		}
	}
	for i := 2; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != tWord || t.cap || !namedModHeads[t.key] || d.inQuote[i] || d.toks[i].brk {
			continue
		}
		s, modName := i-1, ""
		if m := ends[i]; m != nil && m.e-m.s <= 4 {
			s, modName = m.s, d.surface(m.s, m.e)
		} else if !yearKey(d.toks[s].key) {
			continue
		}
		if d.toks[s].brk || d.toks[s-1].sent != t.sent {
			continue
		}
		a := s // "the prior FARC agreement": vague adjectives after the determiner
		for a > 1 && a > s-2 && !d.toks[a-1].cap && vagueAgreementMods[d.toks[a-1].key] && !funcWords[d.toks[a-1].key] {
			a--
		}
		if det := d.toks[a-1].key; det != "a" && det != "an" && det != "the" {
			continue
		}
		m := &mention{s: s, e: i + 1, typ: schema.Agreement, name: d.surface(s, i+1), prio: 1, generic: true, modName: modName}
		m.agrCore = m.name
		if a < s {
			m.aliases = append(m.aliases, d.surface(a, i+1))
			m.s = a
		}
		out = append(out, m)
	}
	return out
}

// namedModParties adds to parties the armed group whose name names a
// mention of agreement e ("the prior FARC agreement"): an agreement with
// that group, and with the government the article names most, as a peace
// agreement is. An organisation's name ("the CICIG agreement") says what
// the agreement set up, not who is bound by it.
func (d *doc) namedModParties(e *entity, parties map[string]bool) {
	for _, m := range d.ments {
		if m.ent != e || m.modName == "" {
			continue
		}
		key := fold(m.modName)
		for _, g := range d.entList {
			if g.typ != schema.Cartel || parties[g.name] {
				continue
			}
			for _, n := range append([]string{g.name}, g.aliases...) {
				if fold(n) == key {
					parties[g.name] = true
					d.partyBecause(e, g.name, "agreement-party/named-modifier", m.s)
					if c := d.dominant(true); c != "" && !parties[c] {
						parties[c] = true
						d.partyBecause(e, c, "agreement-party/government-most-named", -1)
					}
					break
				}
			}
		}
	}
}
