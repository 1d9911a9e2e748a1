// Standing ties read without a cue verb: agreement partners, joint acts
// and cooperation, heads of groups in apposition, and stated roles.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// concludeVerbs conclude an agreement with a partner: "secured a deal
// with X".
var concludeVerbs = set("secured", "struck", "reached", "concluded", "signed", "inked", "sealed")

// agreementPartners reads the parties of an agreement concluded "with" a
// partner: "A secured a deal with B", "A … under an agreement signed
// last year with B": both signed it.
func (d *doc) agreementPartners(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agreement || d.inQuote[m.s] || m.e >= len(d.toks) {
			continue
		}
		sent := d.toks[m.s].sent
		// the verb before: "secured a (new) deal"
		v := m.s - 1
		for v >= 0 && v > m.s-4 && (d.toks[v].key == "a" || d.toks[v].key == "an" || d.toks[v].key == "the" || d.toks[v].key == "new" || d.toks[v].key == "landmark" || d.toks[v].key == "historic") {
			v--
		}
		with := -1
		var subj []*entity
		after := m.e
		if d.toks[after].key == "(" {
			if c := d.closeParen(after, sent); c > after && c+1 < len(d.toks) {
				after = c + 1 // "signed a Memorandum of Cooperation (MOC) with B"
			}
		}
		if v >= 0 && concludeVerbs[d.toks[v].key] && d.toks[after].key == "with" {
			g := d.verbGroup(v)
			if g.neg || g.modal || g.infinitive {
				continue
			}
			with, subj = after, d.actorsLeft(g.start, sent, "signed", sideSubj)
		} else if d.toks[m.e].key == "signed" && (m.s == 0 || !beForms[d.toks[m.s-1].key]) {
			// "an agreement signed last year with B"
			for k := m.e + 1; k < len(d.toks) && d.toks[k].sent == sent && k < m.e+5; k++ {
				if d.toks[k].key == "with" {
					with = k
					break
				}
				if d.mentionAt(k) != nil || d.toks[k].kind != tWord {
					break
				}
			}
			if with >= 0 {
				subj = d.actorsLeft(m.s, sent, "signed", sideSubj)
			}
		}
		if with < 0 {
			continue
		}
		partners := d.actorsRight(with+1, sent, "signed", sideSubj)
		if len(partners) == 0 {
			continue
		}
		for _, p := range append(subj, partners...) {
			add(p, "signed", m.ent, m.s)
		}
	}
}

// cooperationNouns name a standing cooperation between parties written
// together: "U.S.-Mexico security cooperation", "a joint statement from
// Canada and Mexico".
var cooperationNouns = set("cooperation", "collaboration", "partnership", "dialogue", "statement", "communique",
	"communiqué", "declaration", "framework")

// govNamed is the article's government entity called name, or nil.
func (d *doc) govNamed(name string) *entity {
	return d.ents[string(schema.Government)+"|"+fold(name)]
}

// govOf is the government a mention names: a government, or a demonym
// of a government the article names ("Mexican").
func (d *doc) govOf(m *mention) *entity {
	if m.ent != nil {
		if m.ent.typ == schema.Government {
			return m.ent
		}
		return nil
	}
	if m.class == mDemonym && m.country != "" {
		return d.govNamed(m.country)
	}
	return nil
}

// jointActMods make the act after them common to the parties listed
// after it: "a joint operation by A and B", "the interagency effort of A,
// B and C".
var jointActMods = set("joint", "coordinated", "combined", "interagency", "multiagency")

// jointActs are the acts that a "joint" or "coordinated" modifier makes
// common to the parties listed after them.
var jointActs = set("action", "actions", "operation", "operations", "effort", "efforts", "exercise", "exercises",
	"patrol", "patrols", "investigation", "investigations")

// partnerNouns, with a copula and a coordinated subject, state a standing
// cooperation: "A and B remain committed partners".
var (
	partnerNouns = set("partners", "allies")
	partnerVerbs = set("remain", "remained", "remains", "became", "become", "stay", "stayed")
	partnerMods  = set("close", "closest", "strong", "strategic", "committed", "key", "reliable", "trusted",
		"natural", "important", "longstanding", "long-standing")
	// partnerAdverbs may stand in the copula's phrase without changing
	// what it states: "A and B are really key partners", "remain
	// also close allies".
	partnerAdverbs = set("really", "truly", "very", "also", "still", "now", "indeed", "already", "always", "both")
)

// jointRelations reads cooperation between governments written as a
// compound ("U.S.-Mexico Security Cooperation") or as the authors of a
// joint text ("Joint Statement from Mexico and the United States").
func (d *doc) jointRelations(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		if d.inQuote[i] {
			continue
		}
		// "A-B … cooperation", "U.S.-Mexican cooperation", "A – B Cooperation" (an en dash)
		if m := d.mentionAt(i); m != nil && m.e == i+1 && (d.toks[i+1].key == "-" || d.toks[i+1].key == "–" || d.toks[i+1].key == "/") && d.govOf(m) != nil {
			j := i + 2
			n := d.mentionAt(j)
			if n == nil || d.govOf(n) == nil || n.s != j {
				continue
			}
			if d.compoundEfforts(n.e) {
				add(d.govOf(m), "cooperatesWith", d.govOf(n), i)
				continue
			}
			if d.toks[i+1].key == "/" {
				continue
			}
			if d.compoundTieNoun(i, n.e) {
				add(d.govOf(m), "cooperatesWith", d.govOf(n), i)
			}
			continue
		}
		// "a coordinated action involving A, B and C"
		if jointActMods[d.toks[i].key] && jointActs[d.toks[i+1].key] {
			if k := d.toks[i+2].key; (k == "involving" || k == "between" || k == "among" || k == "by" || k == "of") && !(k == "by" && d.actionPartnersSentence(i)) {
				list := d.actorsRight(i+3, d.toks[i].sent, "cooperatesWith", sideSubj)
				eachPair(list, func(a, b *entity) { d.addAccompanied(add, a, b, i) }) // "Joint Statement by President A and President B": their states
			}
		}
		// "A and B are close partners"
		if partnerNouns[d.toks[i].key] && i > 0 && d.mentionAt(i) == nil {
			j := i - 1
			for j >= 0 && d.toks[j].sent == d.toks[i].sent && j > i-5 && (beForms[d.toks[j].key] || partnerVerbs[d.toks[j].key] || partnerMods[d.toks[j].key] ||
				partnerAdverbs[d.toks[j].key]) {
				j--
			}
			if j < i-1 && j >= 0 && (beForms[d.toks[j+1].key] || partnerVerbs[d.toks[j+1].key]) {
				if list := d.actorsLeft(j+1, d.toks[i].sent, "cooperatesWith", sideSubj); len(list) > 1 {
					eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, i) })
				}
			}
		}
		// "Remarks by A and B before (their) bilateral meeting": A met B
		if d.toks[i].key == "bilateral" && (d.toks[i+1].key == "meeting" || d.toks[i+1].key == "talks") {
			sent := d.toks[i].sent
			for j := i - 1; j >= 0 && d.toks[j].sent == sent && j > i-30; j-- {
				if d.toks[j].key == "by" || d.toks[j].key == "between" {
					list := d.actorsRight(j+1, sent, "metWith", sideSubj)
					eachPair(list, func(a, b *entity) { add(a, "metWith", b, i) })
					break
				}
			}
		}
		// "A and B's (shared) commitment": a standing cooperation
		if d.toks[i].key == "'s" && i > 0 {
			n := i + 1
			if n < len(d.toks) && (d.toks[n].key == "shared" || d.toks[n].key == "joint" || d.toks[n].key == "mutual") {
				n++
			}
			if m := d.mentionAt(i - 1); m != nil && m.ent != nil && n < len(d.toks) && (d.toks[n].key == "commitment" || d.toks[n].key == "commitments") &&
				typeOK("cooperatesWith", sideSubj, m.ent.typ) {
				list := append([]*entity{m.ent}, d.conjLeft(m, "cooperatesWith", sideSubj)...)
				eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, i) })
			}
		}
		// "joint statement from A and B"
		if d.toks[i].key == "joint" && i+2 < len(d.toks) && cooperationNouns[d.toks[i+1].key] {
			if k := d.toks[i+2].key; k == "from" || k == "by" || k == "of" {
				list := d.actorsRight(i+3, d.toks[i].sent, "cooperatesWith", sideSubj)
				eachPair(list, func(a, b *entity) { d.addAccompanied(add, a, b, i) }) // "Joint Statement by President A and President B": their states
			}
		}
	}
}

// accompanyPhrases open a parenthetical naming who an actor works with:
// "Colombian police, in coordination with the DEA, arrested X". The
// actor cooperates with them, and the parenthetical is skipped when the
// verb's actors are read.
var accompanyPhrases = [][]string{
	{"in", "coordination", "with"}, {"in", "cooperation", "with"}, {"in", "partnership", "with"},
	{"in", "conjunction", "with"}, {"in", "collaboration", "with"}, {"together", "with"},
	{"jointly", "with"}, {"working", "with"}, {"working", "closely", "with"},
	{"with", "the", "support", "of"}, {"with", "support", "from"}, {"with", "the", "help", "of"}, {"with", "help", "from"},
	{"with", "the", "assistance", "of"}, {"with", "assistance", "from"},
	{"in", "close", "coordination", "with"}, {"in", "close", "cooperation", "with"}, {"in", "close", "partnership", "with"},
	{"in", "close", "collaboration", "with"}, {"in", "full", "coordination", "with"}, {"in", "direct", "coordination", "with"},
}

// accompanyAt returns the token after an accompaniment phrase starting at
// token i, or -1.
func (d *doc) accompanyAt(i int) int {
	if n := d.phraseAt(i, accompanyPhrases); n > 0 {
		return i + n
	}
	return -1
}

// parentheticalBefore returns the comma opening a comma-delimited
// accompaniment phrase, participle with its agent or non-restrictive
// relative clause that ends with the comma at token k ("A, in
// coordination with B, arrested", "A, backed by B, attacked", "A, which
// B designated in May, controls … and works with C"), or -1.
func (d *doc) parentheticalBefore(k int) int {
	if j := d.longRelativeBefore(k); j >= 0 {
		return j // "A, who is wanted for the murder of … B, was extradited": A
	}
	for j := k - 1; j >= 0 && j > k-16 && d.toks[j].sent == d.toks[k].sent; j-- {
		if d.toks[j].key == "," {
			if d.accompanyAt(j+1) > 0 || d.agentParticipleAt(j+1) {
				return j
			}
			// a bare "with" opens a company phrase: "A, with colleagues from B,
			// hosted" is A's act ("along with B" makes B a second actor)
			if r := d.toks[j+1].key; (r == "which" || r == "who" || r == "with") && j > 0 && d.mentionAt(j-1) != nil {
				return j
			}
			return -1
		}
	}
	return -1
}

// accompaniments reads "A, in coordination with B, …" and "A is pursuing
// in collaboration with B" (in a quotation too): A cooperates with B.
func (d *doc) accompaniments(add func(*entity, string, *entity, int)) {
	for i := 1; i < len(d.toks); i++ {
		end := d.accompanyAt(i)
		if end < 0 {
			continue
		}
		sent := d.toks[i].sent
		if d.emptyAside(i, end, sent) {
			continue // "A, together with the international community, urges B": no partner named (relations_accompanyspan.go)
		}
		var actors []*entity
		if d.toks[i-1].key == "," {
			actors = d.actorsLeft(i-1, sent, "cooperatesWith", sideSubj)
		} else if d.toks[i-1].sent != sent && d.toks[i].key != "with" {
			// "In close coordination with B, A arrested X" (not "With support from B, …")
			actors = d.frontedPhraseSubject(end, sent)
		} else {
			actors = d.afterVerbActors(i, sent) // "the initiatives that Colombia is pursuing in collaboration with B"
		}
		actors = d.assistedActors(i, actors) // "investigated by A, B and C, with assistance from D": A (relations_assistcredit.go)
		partners := d.actorsRight(end, sent, "cooperatesWith", sideObj)
		for _, a := range actors {
			for _, b := range partners {
				d.addAccompanied(add, a, b, i) // "President A, together with Secretary B": their states
			}
		}
	}
}

// forGerundDonor reads the giver of a gerund after "for" at token v
// ("sanctioned A for providing material support to B"): the object the
// phrase is said of, named right before "for", not the clause subject
// that acts on it; ok is false when v is no such gerund.
func (d *doc) forGerundDonor(v int) ([]*entity, bool) {
	if v < 2 || d.toks[v-1].key != "for" || !strings.HasSuffix(d.toks[v].key, "ing") {
		return nil, false
	}
	if m := d.mentionAt(v - 2); m != nil && m.ent != nil && m.e == v-1 && m.ent.typ != schema.Government {
		return []*entity{m.ent}, true
	}
	return nil, true // "designated four nationals for providing …": no one named
}

// frontedPhraseSubject is the subject of the clause after a phrase that
// opens its sentence and ends at the first comma from token k ("In close
// coordination with B, the police arrested X": the police), or nil.
func (d *doc) frontedPhraseSubject(k, sent int) []*entity {
	for j := k; j < len(d.toks) && d.toks[j].sent == sent && j < k+20; j++ {
		if d.toks[j].key == "," {
			return d.actorsRight(j+1, sent, "cooperatesWith", sideSubj)
		}
	}
	return nil
}

// aidVerbs and aidNouns state support as a delivery: "the United States
// will continue to provide requested assistance, including equipment and
// training, to the Haitian National Police"; what giftVerbs give is aid
// whatever its noun ("donated 148 trucks to B").
var (
	aidVerbs  = lexWords.set("aidVerbs")
	aidNouns  = lexWords.set("aidNouns")
	giftVerbs = lexWords.set("giftVerbs")
)

// aidDeliveries reads "A provided aid to B", "A donated $5 million in
// equipment and supplies to B": A supports B. In a relative clause A is
// the pronoun's antecedent ("A, which provides aid to B"), or no one when
// that is a description ("a Peru-based group that provides …").
func (d *doc) aidDeliveries(add func(*entity, string, *entity, int)) {
	for v := 0; v < len(d.toks); v++ {
		if !aidVerbs[d.toks[v].key] && !giftVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent, aid := d.toks[v].sent, giftVerbs[d.toks[v].key]
		if d.providedWith(v, sent, add) {
			continue
		}
		for k := v + 1; k < len(d.toks) && d.toks[k].sent == sent && k < v+16; k++ {
			key := d.toks[k].key
			if aidNouns[key] {
				aid = true
			}
			if actorStop[key] || d.mentionAt(k) != nil && !aid {
				break
			}
			if key == "to" && !aid {
				break // "offered to help trace": an infinitive, not a delivery
			}
			if key != "to" && !(key == "for" && aidNouns[d.toks[k-1].key]) {
				continue // "to B"; "assistance for B"
			}
			if d.infinitiveAt(k + 1) {
				break // "donated $5 million to help B fight C": a purpose, not a recipient
			}
			g := d.verbGroup(v)
			if g.neg || g.infinitive && relBlockers[g.governor] || d.hypothetical(v) ||
				g.modal && strings.HasPrefix(d.toks[v].key, "announc") {
				break // "will provide" is a commitment; "should provide", "will announce" are not
			}
			recipients := d.actorsRight(k+1, sent, "supports", sideObj)
			donors := d.actorsLeft(g.start, sent, "supports", sideSubj)
			if rel, ok := d.relativeSubject(g.start, sent, "supports"); ok {
				donors = rel // "a group … that provides support to B": the group, if it is named
			}
			if gerundFor, ok := d.forGerundDonor(v); ok {
				donors = gerundFor // "designated A for providing support to B": A, if it is named
			}
			for _, a := range donors {
				for _, b := range recipients {
					add(a, "supports", b, v)
				}
			}
			break
		}
	}
}

// hypotheticalModals make the act that follows them a possibility.
var hypotheticalModals = lexWords.set("hypotheticalModals")

// hypothetical reports whether a hypothetical modal comes within the six
// words before the verb at v, in its sentence.
func (d *doc) hypothetical(v int) bool {
	for k := v - 1; k >= 0 && k >= v-6 && d.toks[k].sent == d.toks[v].sent; k-- {
		if hypotheticalModals[d.toks[k].key] && d.isModal(k) {
			return true
		}
	}
	return false
}

// unstated reports whether the verb group g of the verb at v states no
// act: negated ("did not sign"), modal ("may sign"), an infinitive ("to
// sign") or under a hypothetical modal ("if X signs").
func (d *doc) unstated(v int, g verbGroup) bool {
	return g.neg || g.modal || g.infinitive || d.hypothetical(v)
}

// accuseCues in a speaker's quoted sentence accuse whom they are said of:
// the person or government right before them ("Judge X is endangering
// Americans", "Y is a dictator", "Z's border failures"); accuseObjects,
// whom comes right after ("Shame on the W").
var (
	accuseCues    = lexWords.set("accuseCues")
	accuseObjects = lexWords.set("accuseObjects")
)

// quotedAccusations reads accusations in attributed quotations: the
// speaker accuses the person or foreign government an accusation cue is
// said of, within the quoted sentence. A speaker's own words outside
// quotation marks (ownSpeech) accuse alike.
func (d *doc) quotedAccusations(add func(*entity, string, *entity, int)) {
	for _, q := range d.quotes {
		if q.speaker != nil {
			d.accusationsIn(q, false, add)
		}
	}
	for _, q := range d.ownSpeech() {
		d.accusationsIn(q, true, add)
	}
}

// accusationsIn reads the accusations the speaker of span q makes in it;
// in a span of own speech (own) tokens within quotation marks are left
// to their own quotation.
func (d *doc) accusationsIn(q quoteSpan, own bool, add func(*entity, string, *entity, int)) {
	ok := func(q quoteSpan, k int) *entity {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent == q.speaker || m.attached && m.ent.typ == schema.Government {
			return nil
		}
		switch m.ent.typ {
		case schema.Person, schema.Organization:
			return m.ent
		case schema.Government:
			if m.ent != d.personGov(q.speaker) {
				return m.ent
			}
		}
		return nil
	}
	for c := q.open + 1; c <= q.last; c++ {
		if own && d.inQuote[c] {
			continue
		}
		key, sent := d.toks[c].key, d.toks[c].sent
		if epithetCues[key] {
			if t := d.epithetTarget(c, q.last); t != nil && ok(q, t.s) != nil {
				if a := d.epithetActor(t); a != d.personGov(q.speaker) {
					add(q.speaker, "accused", a, c) // "the illegitimate X regime", "dictator Y"
				}
			}
		}
		switch {
		case accuseCues[key]:
			// the nearest actor before the cue, within six words, if
			// the cue is said of it: "X is a dictator", "X has
			// facilitated", "X's border failures"
			for k := c - 1; k > q.open && k >= c-6 && d.toks[k].sent == sent && d.inQuote[k] == d.inQuote[c]; k-- {
				if e := d.pronounSaidOf(q, k, c); e != nil {
					add(q.speaker, "accused", e, c) // "he was an illegitimate president"
					break
				}
				if m := d.mentionAt(k); m != nil {
					if g := d.regimeSaidOf(m, c); g != nil && ok(q, m.s) != nil && g != d.personGov(q.speaker) {
						add(q.speaker, "accused", g, c) // "the X regime is a dictatorship"
					} else if t := ok(q, m.s); t != nil && d.saidOf(m.e, c) {
						add(q.speaker, "accused", t, c)
					}
					break
				}
			}
		case accuseObjects[key]:
			for k := c + 1; k <= q.last && k <= c+4 && d.toks[k].sent == sent && d.inQuote[k] == d.inQuote[c]; k++ {
				if m := d.mentionAt(k); m != nil {
					if t := ok(q, m.s); t != nil {
						add(q.speaker, "accused", t, c)
					}
					break
				}
			}
		}
	}
}

// linkWords may stand between an actor and what is said of it: a copula,
// an auxiliary or modal, an article ("X is a dictator", "X could
// blatantly violate").
var linkWords = lexWords.set("linkWords")

// saidOf reports whether the words from token e (after an actor) to the
// cue at c link the cue to the actor: link words and adverbs, "not only"
// ("X is not only violating …, but …"), or a possessive and the words of
// its noun phrase ("X's open-border disaster").
func (d *doc) saidOf(e, c int) bool {
	if e < c && d.toks[e].key == "'s" {
		for k := e + 1; k < c; k++ {
			if t := d.toks[k]; t.kind == tWord && t.cap || t.key == "," {
				return false
			}
		}
		return true
	}
	for k := e; k < c; k++ {
		key := d.toks[k].key
		if key == "not" && k+1 < c && d.toks[k+1].key == "only" {
			k++ // "X is not only violating …, but": an affirmation
			continue
		}
		if !linkWords[key] && !(strings.HasSuffix(key, "ly") && len(key) > 4) {
			return false
		}
	}
	return true
}

// infinitiveAt reports whether token i, after a "to", opens an
// infinitive with its object: a plain lower-case word (no name, no
// determiner) followed by a name or a determiner ("to help Peru", "to
// strengthen the police"), not a recipient described by adjectives ("to
// local police", "to foreign terrorist organizations").
func (d *doc) infinitiveAt(i int) bool {
	if i+1 >= len(d.toks) || d.mentionAt(i) != nil {
		return false
	}
	t, n := d.toks[i], d.toks[i+1]
	if t.kind != tWord || t.cap || determiners[t.key] || anaphorDets[t.key] || n.sent != t.sent {
		return false
	}
	return d.mentionAt(i+1) != nil || determiners[n.key] || anaphorDets[n.key]
}
