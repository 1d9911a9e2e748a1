package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// findAgreements lists the agreements and their parties: the governments
// and blocs the gazetteer knows as parties and the text names, those
// named with the agreement ("a U.S.-Mexico deal"), and those named in its
// sentences.
// When the text names every party the gazetteer knows for an agreement,
// those are its parties: the governments merely named near it ("funds
// for the X Initiative in Mexico, and for Haiti") are not guessed as
// more; a list the text names in part is filled from context with the
// known parties only.
func (d *doc) findAgreements() {
	named := map[string]bool{}
	for _, e := range d.entList {
		if e.typ == schema.Government && e.mentions > 0 {
			named[e.name] = true
		}
	}
	authors := d.declarationAuthors()
	for _, e := range d.entList {
		if e.typ != schema.Agreement || e.mentions == 0 {
			continue
		}
		parties := map[string]bool{}
		for _, p := range e.parties {
			if named[p] || d.namedBloc(p) {
				parties[p] = true
				d.partyBecause(e, p, "agreement-party/gazetteer", e.first)
			}
		}
		// every party the gazetteer knows is named: no guessing more
		known := len(e.parties) > 0
		for _, p := range e.parties {
			known = known && parties[p]
		}
		sents, explicit := d.statedAgreementParties(e, parties)
		explicit = d.speakerTreatyParty(e, parties) || explicit          // "the treaty with Spain of 1795", in a message (agreements_ourside.go)
		d.namedModParties(e, parties)                                    // "the prior FARC agreement"
		explicit = explicit || d.authorParties(e, authors, parties)      // "We, the Governments of A and B, … our commitment to X"
		explicit = d.participantParties(e, authors, parties) || explicit // "the governments participating in the X"
		explicit = explicit || d.neighbourListParties(e, parties)        // "… commitments under the X. A, B and C are …" (agreements_neighbourlist.go)
		if len(parties) == 0 && d.programmeInitiative(e, explicit) {
			e.typ = "" // one body's programme (agreements_programmes.go)
			continue
		}
		if explicit || len(parties) > 0 {
			if d.agrStated == nil {
				d.agrStated = map[*entity]bool{}
			}
			d.agrStated[e] = true
		}
		if !explicit && !known && !agreementFamily(e.name) && !openInstrument(e.name) {
			d.contextAgreementParties(e, parties, sents, named)
			knownPartiesOnly(e.parties, parties)
		}
		d.legislatureParties(parties) // "the Senate approved the pact": its state, not the chamber (agreements_legislature.go)
		d.blocCovers(parties)
		// the parties the text names, else those its context gives, with
		// the gazetteer's
		e.parties = e.parties[:0:0]
		for p := range parties {
			e.parties = append(e.parties, p)
		}
		sort.Strings(e.parties)
		d.agrs = append(d.agrs, e)
	}
	d.mergeHeadlineDeals()
}

// statedAgreementParties adds to parties those the text states for
// agreement e: the two states its name joins, the parties a mention's
// sentence names, those of a back-reference ("… signed the convention"),
// else the other side guessed for "a deal with B". It returns the
// sentences of e's mentions and whether any party was stated.
func (d *doc) statedAgreementParties(e *entity, parties map[string]bool) (map[int]bool, bool) {
	sents := map[int]bool{}
	explicit := false
	// parties a mention states outright ("A and B signed the X",
	// "between A and B") outrank those guessed for the other side of
	// "a deal with B" in another mention
	var guessed []*entity
	for _, m := range d.ments {
		if m.ent == e {
			sents[d.toks[m.s].sent] = true
			// "the U.S.-Peru Security Dialogue": the two states its name joins
			for _, p := range d.pairParties(m) {
				parties[p.name] = true
				d.partyBecause(e, p.name, "agreement-party/name-pair", m.s)
				explicit = true
			}
			d.guessedSide = false
			l := d.statedParties(m)
			if d.guessedSide {
				guessed = append(guessed, l...)
				continue
			}
			for _, p := range l {
				parties[p.name] = true
				d.partyBecause(e, p.name, d.rule, m.s) // statedParties names its rule
				explicit = true
			}
		}
	}
	// "… signed the convention immediately": a back-reference in the
	// agreement's sentence or the two after it
	if !explicit {
		for _, m := range d.backRefs(e) {
			d.guessedSide = false
			l := d.statedParties(m)
			if d.guessedSide {
				continue
			}
			for _, p := range l {
				parties[p.name] = true
				d.partyBecause(e, p.name, "agreement-party/back-reference", m.s)
				explicit = true
			}
		}
	}
	if !explicit && len(guessed) > 0 {
		explicit = true
		for _, p := range guessed {
			parties[p.name] = true
			d.partyBecause(e, p.name, "agreement-party/other-side", e.first)
		}
	}
	return sents, explicit
}

// contextAgreementParties adds to parties those the context of agreement e
// gives when the text states none: the governments named in the sentences
// of its mentions (sents) or the ones around them, those of agencies and
// office holders named there, armed groups for a peace agreement, else
// the two governments the article names most (named: the governments the
// article names). The country that gave the agreement its venue name is
// not a party.
func (d *doc) contextAgreementParties(e *entity, parties map[string]bool, sents map[int]bool, named map[string]bool) {
	// governed: a neighbouring sentence named a government only as a
	// preposition's complement, so the context gives no side
	governed := false
	fromSent := func(ss map[int]bool, rule string) int {
		n := 0
		for _, c := range d.countries {
			if !ss[d.toks[c.tok].sent] {
				continue
			}
			if rule != "agreement-party/same-sentence" && d.prepositionalCountry(c.tok) {
				governed = true
				continue
			}
			if !parties[c.country] && !d.goodsDemonym(c.tok) {
				parties[c.country] = true
				d.partyBecause(e, c.country, rule, c.tok)
				n++
			}
		}
		// "a call between Trump and Mexico's president": the
		// government of a leader named in the sentence
		for _, m := range d.ments {
			if n > 0 && m.ent != nil && m.ent.typ == schema.Person && ss[d.toks[m.s].sent] && !m.quoted && !d.upheldIn(e, d.toks[m.s].sent) {
				if g := d.personGov(m.ent); g != nil && !parties[g.name] {
					parties[g.name] = true
					d.partyBecause(e, g.name, "agreement-party/leader-in-sentence", m.s)
					n++
				}
			}
		}
		// "by the Government of Chile, the Andean Community (CAN), and
		// …": a bloc listed with the governments
		return n + d.listedBlocParties(e, ss, parties, rule)
	}
	for _, m := range d.ments {
		if m.ent != nil && sents[d.toks[m.s].sent] && m.ent.typ == schema.Agency && m.ent.country != "" && named[m.ent.country] {
			parties[m.ent.country] = true
			d.partyBecause(e, m.ent.country, "agreement-party/agency-country", m.s)
		}
	}
	// "Xiomara Castro's government moved to end the treaty": the
	// government of an office holder named so
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || !sents[d.toks[m.s].sent] || m.e+1 >= len(d.toks) ||
			d.toks[m.e].key != "'s" || !govWords[d.toks[m.e+1].key] {
			continue
		}
		for _, r := range d.roles {
			if r.Person == m.ent.name && !r.Former && d.g.countries[r.Org] != nil {
				parties[r.Org] = true
				d.partyBecause(e, r.Org, "agreement-party/office-holder", m.s)
			}
		}
	}
	d.peaceParties(e, parties)
	d.bothSidesParties(e, sents, parties) // "Both governments agreed to …"
	if fromSent(sents, "agreement-party/same-sentence") == 0 && len(parties) == 0 {
		// "The two countries also signed …": the sentence before, else after
		prev, next := map[int]bool{}, map[int]bool{}
		for s := range sents {
			prev[s-1] = true
			next[s+1] = true
		}
		if fromSent(prev, "agreement-party/sentence-before") == 0 && !governed {
			fromSent(next, "agreement-party/sentence-after")
		}
	}
	if len(parties) == 0 && !governed {
		d.mostNamedParties(e, parties)
	}
	d.peaceHolders(e, parties, sents) // "Colombia's commitments under the Peace Accord"
	if c := d.venueCountry(e); c != "" && len(parties) > 1 {
		delete(parties, c) // "the Barbados Agreement": where it was signed, not who signed it
	}
}

// peaceParties adds to parties the armed groups a peace agreement e binds:
// the group named nearest before a mention in its sentence, those of
// "the truce between A and B", else the armed group the article names
// most; and the government the article names most when no party is one.
func (d *doc) peaceParties(e *entity, parties map[string]bool) {
	// a peace agreement binds the armed groups named with it
	peace := false
	for _, w := range peaceWords {
		if containsWord(fold(e.name), w) {
			peace = true
		}
	}
	if peace {
		// the armed group named nearest before the agreement in its sentence
		for _, am := range d.ments {
			if am.ent != e {
				continue
			}
			var near *entity
			for _, m := range d.ments {
				if m.s >= am.s {
					break
				}
				if m.ent != nil && m.ent.typ == schema.Cartel && d.toks[m.s].sent == d.toks[am.s].sent {
					near = m.ent
				}
			}
			if near != nil {
				parties[near.name] = true
				d.partyBecause(e, near.name, "agreement-party/armed-group-before", am.s)
			}
			// "the gang truce between MS-13 and Barrio 18"
			if am.e+1 < len(d.toks) && d.toks[am.e].key == "between" {
				for k := am.e + 1; k < len(d.toks) && k < am.e+10 && d.toks[k].sent == d.toks[am.s].sent; k++ {
					m := d.mentionAt(k)
					if m == nil || m.ent == nil {
						if t := d.toks[k].key; t != "and" && t != "," && t != "the" {
							break
						}
						continue
					}
					if m.ent.typ == schema.Cartel || m.ent.typ == schema.Government {
						parties[m.ent.name] = true
						d.partyBecause(e, m.ent.name, "agreement-party/truce-between", k)
					}
					k = m.e - 1
				}
			}
		}
		// "talks … had produced a ceasefire": the armed group the
		// article names most
		armed := false
		for p := range parties {
			if ce := d.ents[string(schema.Cartel)+"|"+fold(p)]; ce != nil {
				armed = true
			}
		}
		if !armed {
			var best *entity
			count := map[*entity]int{}
			for _, m := range d.ments {
				if m.ent != nil && m.ent.typ == schema.Cartel {
					count[m.ent]++
					if best == nil || count[m.ent] > count[best] {
						best = m.ent
					}
				}
			}
			if best != nil {
				parties[best.name] = true
				d.partyBecause(e, best.name, "agreement-party/armed-group-most-named", -1)
			}
		}
		if len(parties) > 0 {
			gov := false
			for p := range parties {
				if d.g.countries[p] != nil {
					gov = true
				}
			}
			if !gov {
				if c := d.dominant(true); c != "" {
					parties[c] = true
					d.partyBecause(e, c, "agreement-party/government-most-named", -1)
				}
			}
		}
	}
}

// mostNamedParties adds to parties the two governments the article names
// most, the parties of an agreement e nothing else gives any for.
func (d *doc) mostNamedParties(e *entity, parties map[string]bool) {
	// the two governments the article names most; in a text the whole of
	// which one official speaks, that official's government first
	first := d.dominant(false)
	if g := d.authorGov(); g != nil && g.typ == schema.Government && d.textNamesState(g.name) {
		first = g.name
	}
	if first != "" {
		parties[first] = true
		d.partyBecause(e, first, "agreement-party/governments-most-named", -1)
		count := map[string]int{}
		for _, c := range d.countries {
			if c.country != first {
				count[c.country]++
			}
		}
		second, n := "", 0
		for c, k := range count {
			if k > n || k == n && c < second {
				second, n = c, k
			}
		}
		if second != "" {
			parties[second] = true
			d.partyBecause(e, second, "agreement-party/governments-most-named", -1)
		}
	}
}

// peaceWords in an agreement's name make it a peace agreement, which binds
// the armed groups named with it.
var peaceWords = []string{"peace", "ceasefire", "cease-fire", "truce"}

// mergeHeadlineDeals folds a lower-case agreement named only in the
// headline ("X and Y sign deportation deal") into the first agreement the
// body names with the same parties: the headline's word for it.
func (d *doc) mergeHeadlineDeals() {
	inHead := map[*entity]bool{}
	inBody := map[*entity]bool{}
	first := map[*entity]int{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agreement {
			continue
		}
		if d.toks[m.s].para == 0 {
			inHead[m.ent] = true
		} else {
			if !inBody[m.ent] {
				first[m.ent] = m.s
			}
			inBody[m.ent] = true
		}
	}
	var drop []*entity
	for _, a := range d.agrs {
		if !a.generic || !inHead[a] || inBody[a] || len(a.parties) < 2 {
			continue
		}
		var to *entity
		for _, b := range d.agrs {
			if b != a && inBody[b] && strings.Join(b.parties, "|") == strings.Join(a.parties, "|") && (to == nil || first[b] < first[to]) {
				to = b
			}
		}
		if to != nil {
			to.mentions += d.repoint(a, to)
			a.typ = ""
			drop = append(drop, a)
		}
	}
	out := make([]*entity, 0, len(d.agrs))
	for _, a := range d.agrs {
		if !containsEnt(drop, a) {
			out = append(out, a)
		}
	}
	d.agrs = out
}

// signVerbs make the actors before or after them an agreement's parties.
var signVerbs = lexWords.set("signVerbs")

// intoVerbs bring an agreement "into force" or "into effect".
var intoVerbs = lexWords.set("intoVerbs")

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

// refHeads are the nouns of a back-reference to an agreement: "the pact".
var refHeads = lexWords.set("refHeads")

// backRefs are the pseudo-mentions "the/this <head>" that refer back to
// agreement e: unresolved, in a sentence of e or one of the two after
// it, with no other agreement named between; and "signed it" in the
// sentence of e or the next.
func (d *doc) backRefs(e *entity) []*mention {
	var out []*mention
	last := -1
	for i := 0; i+1 < len(d.toks); i++ {
		if m := d.mentionAt(i); m != nil {
			if m.ent != nil && m.ent.typ == schema.Agreement {
				if m.ent == e {
					last = d.toks[i].sent
				} else {
					last = -1
				}
			}
			i = m.e - 1
			continue
		}
		if last < 0 || d.toks[i].sent > last+2 {
			continue
		}
		if k := d.toks[i].key; (k == "the" || k == "this") && !d.toks[i+1].cap && refHeads[d.toks[i+1].key] && d.mentionAt(i+1) == nil {
			if i+2 < len(d.toks) && d.toks[i+2].kind == tWord && !d.toks[i+2].cap && refHeads[d.toks[i+2].key] {
				continue
			}
			out = append(out, &mention{s: i + 1, e: i + 2, ent: e})
		}
		// "Peru hosted the Dialogue, which …": the agreement's own head,
		// capitalised, alone
		if d.ownHeadRef(e, i) {
			out = append(out, &mention{s: i + 1, e: i + 2, ent: e})
		}
		// "Chile and Peru signed it in May": "it" right after a sign verb
		// in the agreement's sentence or the next
		if d.toks[i].key == "it" && i > 0 && signVerbs[d.toks[i-1].key] && d.toks[i].sent <= last+1 {
			out = append(out, &mention{s: i, e: i + 1, ent: e})
		}
		// "It was signed by A and B": "it" opening the next sentence
		if d.toks[i].key == "it" && d.toks[i].sent == last+1 && (i == 0 || d.toks[i-1].sent != d.toks[i].sent) &&
			i+2 < len(d.toks) && d.toks[i+1].key == "was" && signVerbs[d.toks[i+2].key] {
			out = append(out, &mention{s: i, e: i + 1, ent: e})
		}
	}
	return out
}

// upholdWords before an agreement's name make it the object of comment
// by others: "the importance of implementing all elements of the X
// Agreement" says nothing of who signed X.
var upholdWords = lexWords.set("upholdWords")

// upheldIn reports whether agreement e is named in sentence sent after
// one of upholdWords (within four words).
func (d *doc) upheldIn(e *entity, sent int) bool {
	for _, m := range d.ments {
		if m.ent != e || d.toks[m.s].sent != sent {
			continue
		}
		for k := m.s - 1; k >= 0 && k >= m.s-4 && d.toks[k].sent == sent; k-- {
			if upholdWords[d.toks[k].key] {
				return true
			}
		}
	}
	return false
}

// namedBloc reports whether the text names the organisation p, a bloc the
// gazetteer lists among an agreement's parties ("the United States,
// CARICOM member states and …" of a Caribbean initiative).
func (d *doc) namedBloc(p string) bool {
	b := d.ents[string(schema.Organization)+"|"+fold(p)]
	return b != nil && b.mentions > 0
}

// knownPartiesOnly keeps of the parties the context gave an agreement
// only those among its parties the gazetteer knows (gaz), when it knows
// any: a state named near the Mérida Initiative that is not one of its
// two parties is a neighbour, not a party.
func knownPartiesOnly(gaz []string, parties map[string]bool) {
	if len(gaz) == 0 {
		return
	}
	in := map[string]bool{}
	for _, p := range gaz {
		in[p] = true
	}
	for p := range parties {
		if !in[p] {
			delete(parties, p)
		}
	}
}

// textNamesState reports whether the article names the state called name.
func (d *doc) textNamesState(name string) bool {
	for _, c := range d.countries {
		if c.country == name {
			return true
		}
	}
	return false
}
