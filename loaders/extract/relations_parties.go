package extract

import "github.com/newsgraph/newsgraph/schema"

// tradeWords mark an agreement as economic: a trade pact binds its
// parties without stating a security partnership between them.
// illicitTradeMods make "trade" a crime ("the illicit drug trade").
var (
	tradeWords       = lexWords.set("tradeWords")
	illicitTradeMods = lexWords.set("illicitTradeMods")
)

// agreementCooperation reads the governments that are the stated parties
// of a bilateral or trilateral agreement as cooperating: "the United
// States and Panama signed a memorandum of understanding", "a port
// security pact between Ecuador and the Netherlands". Parties guessed
// from the context, more than three parties (a multilateral convention),
// a party that is neither a government nor an organisation such as a
// bloc of states (a peace accord binds an armed group) and a trade pact
// (its sentences speak of trade or tariffs) state no such tie. A framework
// the text sets between one state and a region (hubState) binds that
// state with each other party, however many.
func (d *doc) agreementCooperation(add func(*entity, string, *entity, int)) {
	byName := map[string]*entity{}
	for _, e := range d.entList {
		if e.typ == schema.Government || e.typ == schema.Organization {
			byName[e.name] = e // "the Government of Chile, the Andean Community, and …": a bloc listed with states
		}
	}
	for _, a := range d.agrs {
		if len(a.parties) < 2 || d.tradePact(a) || lowerTreatyName(a.name) {
			continue // lowerTreatyName: a treaty of the diplomatic prose (mentions_treatyof.go)
		}
		if !d.agrStated[a] && !d.partiesNamedWith(a) {
			continue // parties guessed from the sentences around it
		}
		var list []*entity
		for _, p := range a.parties {
			e := byName[p]
			if e == nil {
				list = nil
				break
			}
			list = append(list, e)
		}
		if len(list) > 2 {
			if hub := d.hubState(list); hub != nil {
				for _, e := range list {
					if e != hub {
						add(hub, "cooperatesWith", e, a.first) // "the Caribbean-US dialogue": the US with each
					}
				}
				continue
			}
			if len(list) > 3 {
				continue // a multilateral convention
			}
		}
		eachPair(list, func(x, y *entity) { add(x, "cooperatesWith", y, a.first) })
	}
}

// partiesNamedWith reports whether each party of agreement a is named in
// a sentence that names a: "the Government of Canada hosted the
// Governments of Mexico and the United States for the Meeting of the X".
func (d *doc) partiesNamedWith(a *entity) bool {
	sents := d.agreementSentences(a)
	named := map[string]bool{}
	for _, m := range d.ments {
		if sents[d.toks[m.s].sent] {
			if g := d.govOf(m); g != nil {
				named[g.name] = true
			} else if m.ent != nil && m.ent.typ == schema.Organization {
				named[m.ent.name] = true
			}
		}
	}
	for _, p := range a.parties {
		if !named[p] {
			return false
		}
	}
	return true
}

// agreementSentences returns the sentences naming agreement a.
func (d *doc) agreementSentences(a *entity) map[int]bool {
	sents := map[int]bool{}
	for _, m := range d.ments {
		if m.ent == a {
			sents[d.toks[m.s].sent] = true
		}
	}
	return sents
}

// tradePact reports whether a sentence naming agreement a speaks of trade.
func (d *doc) tradePact(a *entity) bool {
	sents := d.agreementSentences(a)
	for i, t := range d.toks {
		if sents[t.sent] && tradeWords[t.key] && (i == 0 || !illicitTradeMods[d.toks[i-1].key]) {
			return true
		}
	}
	return false
}

// signForms are the affirmative past forms of "sign" and of the verbs of
// concluding a deal that state an agreement was concluded: "the pact
// signed in 2031", "both capitals signed a river patrol agreement",
// "Washington reached a deportation agreement with X".
var signForms = set("signed", "reached", "struck", "secured", "concluded", "sealed", "inked", "clinched")

// agreementSigning reads the stated parties of an agreement as its
// signatories when a sentence naming the agreement says it was signed:
// "a fisheries pact between Peru and Norway signed in 2031", "both
// capitals signed a river patrol agreement",
// "welcomed the signing of the U.S.-Chile Trade Agreement".
// An armed group or an organisation stated as a party signs as a
// government does ("the ceasefire that Bogotá and the ELN signed").
// A negated, planned or hypothetical signing ("did not sign", "will sign
// a pact") states none, nor does the enacting of a law ("signed into law
// a bill that funds the pact"). Parties that are agencies sign when the
// agreement "was signed" (an active sentence may name another signer:
// "We signed an agreement between A's and B's customs agencies").
func (d *doc) agreementSigning(add func(*entity, string, *entity, int)) {
	byName := map[string]*entity{}
	bodies := map[string]*entity{}
	for _, e := range d.entList {
		switch e.typ {
		case schema.Government, schema.Cartel, schema.Organization:
			byName[e.name] = e // "the ceasefire that Bogotá and the ELN signed": the armed group signs too
		case schema.Agency:
			bodies[e.name] = e
		}
	}
	for _, a := range d.agrs {
		if len(a.parties) == 0 {
			continue
		}
		// parties from context sign only when the text points at the
		// agreement as signed ("have signed the present convention")
		sents := map[int]bool{}
		if d.agrStated[a] {
			sents = d.agreementSentences(a)
		}
		d.pointedAgreementSentences(a, sents)
		d.backRefSigningSentences(a, sents) // "… signed the convention immediately" (relations_backrefsigning.go)
		d.signedObjectSentences(a, sents)   // "… signed a new extradition treaty to … between A and B" (relations_signedobject.go)
		at, passive := -1, false
		for v, t := range d.toks {
			if sents[t.sent] && (signForms[t.key] || d.signingOf(v)) && !d.inQuote[v] && !d.intoLaw(v) {
				if g := d.verbGroup(v); !g.neg && !g.modal && !g.infinitive && !d.hypothetical(v) {
					at, passive = v, g.passive
					break
				}
			}
		}
		if at < 0 {
			continue
		}
		for _, p := range a.parties {
			if e := byName[p]; e != nil {
				add(e, "signed", a, at)
			} else if e := bodies[p]; e != nil && passive {
				add(e, "signed", a, at) // "the accord, between A's navy and B's coast guard, was signed": the two services
			}
		}
	}
}

// armedTalks reads a meeting with an armed group as a negotiation: "the
// government is in talks with the ELN", "talks between the two gangs".
// Other predicates are kept.
func armedTalks(pred string, s, o *entity) string {
	if pred != "metWith" || s.typ != schema.Cartel && o.typ != schema.Cartel {
		return pred
	}
	return "negotiatesWith"
}

// signingOf reports whether token v is the noun of "the signing of …":
// "welcomed the signing of the trade agreement" says it was signed.
func (d *doc) signingOf(v int) bool {
	return d.toks[v].key == "signing" && v > 0 && v+1 < len(d.toks) && d.toks[v-1].key == "the" && d.toks[v+1].key == "of"
}

// intoLaw reports whether the sign verb at v enacts a law ("signed into
// law", "signed the bill into law"): a domestic act, not a signing of the
// agreements the law names.
func (d *doc) intoLaw(v int) bool {
	for k := v + 1; k+1 < len(d.toks) && d.toks[k].sent == d.toks[v].sent && k < v+8; k++ {
		if d.toks[k].key == "into" && d.toks[k+1].key == "law" {
			return true
		}
	}
	return false
}
