package extract

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Relations are read from sentence structure: a cue (a verb phrase or a
// nominalisation from relationLexicon) with its actors found by role:
//
//   - active verbs: the actors before the verb (coordinated: "A and B
//     designated") act on the actors after it ("… designated X and Y");
//   - passives: "X was extradited to the United States by Mexico", "X,
//     indicted by the United States": the "by" phrase is the actor;
//   - nominalisations: "Mexico's arrest and extradition of X", "the
//     designation of X by Y", "a meeting between A and B";
//   - relative clauses and appositives fall out of the nearest-actor rule
//     ("X, who heads Y"); stated head roles give leads and memberOf.
//
// Negated, modal, planned and hypothetical acts are not relations ("did
// not sign", "could sanction", "plans to arrest"); "threatened to
// sanction X" is a threat against X. Each predicate constrains the types
// of its actors (only a government or agency designates; only a person is
// arrested), which is general knowledge and keeps noise out.

// relationLexicon is the cue lexicon: per predicate, verb phrases (the
// first word a lemma whose forms are generated, the rest literal; "…"
// allows up to three words in between: "deploy … against") and nouns
// (each with the words that introduce its object, "" for "of").
var relationLexicon = []struct{ pred, verbs, nouns string }{
	{"designated", "designate; redesignate", "designation; designations"},
	{"sanctioned", "sanction; impose sanctions on; impose sanctions against", "sanctions against; sanctions on"},
	{"charged", "indict; charge; prosecute", "indictment; indictments; charges against"},
	{"arrested", "arrest; capture; detain; apprehend", "arrest; arrests; capture; detention"},
	{"extradited", "extradite", "extradition"},
	{"convicted", "convict; sentence; plead guilty", "conviction"},
	{"seized", "seize; confiscate", "seizure"},
	{"attacked", "attack; ambush", "attack on; attacks on; attacks against; strikes against; strikes on"},
	{"deployedAgainst", "deploy … against; launch … against; target", "operation against; operations against; offensive against; crackdown on; campaign against"},
	{"cooperatesWith", "cooperate with; cooperate; collaborate with; collaborate; partner with; work with; work closely with; work together; stand together; join forces with", "cooperation; collaboration; partnership"},
	{"metWith", "meet with; meet; hold talks with; host; speak with; visit; receive; join", "meeting; meetings; talks; call; conversation; summit"},
	{"negotiatesWith", "negotiate with", "negotiations"},
	{"signed", "sign", "signing"},
	{"ratified", "ratify", "ratification"},
	{"withdrewFrom", "withdraw from; pull out of", "withdrawal from"},
	{"testifiedBefore", "testify before; testify to; appear before", "testimony before"},
	{"accused", "accuse; blame", ""},
	{"threatened", "threaten", ""},
	{"rejected", "reject; dismiss; refuse", "rejection"},
	{"supports", "support; back; fund; aid; assist; provide support to; provide assistance to; praise", "support for; support to; assistance to"},
	{"leads", "lead; head; run; command; found; co-found", ""},
	{"memberOf", "", ""},
}

// irregularForms are the irregular inflections of the lexicon's lemmas.
var irregularForms = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "lead": {"led"}, "withdraw": {"withdrew", "withdrawn"},
	"run": {"ran"}, "speak": {"spoke", "spoken"}, "pull": nil, "found": {"founded"}, "stand": {"stood"},
}

// directVerbs state their relation only with the object right after them
// (over titles): "visited Belize", "received Minister X", "joined
// President X", "praised Mexico's efforts"; not "received support from
// X", "joined X in condemning", "praised the arrest of X".
// personMeetVerbs take a person only.
var (
	directVerbs = set("visit", "visits", "visited", "visiting", "receive", "receives", "received", "receiving",
		"join", "joins", "joined", "joining", "praise", "praises", "praised", "praising")
	personMeetVerbs = set("receive", "receives", "received", "receiving", "join", "joins", "joined", "joining")
)

// relCue is one compiled phrase of the lexicon.
type relCue struct {
	pred  string
	rest  []string // words after the first; "…" skips up to three words
	noun  bool
	intro string // nouns: the word introducing the object ("of", "against", "between"…)
	past  bool   // the first word is a past form (a participle, for passives)
}

// relCues maps a first word (folded) to the cues it starts.
var relCues = map[string][]relCue{}

func init() {
	for _, l := range relationLexicon {
		for _, phrase := range splitList(l.verbs) {
			w := strings.Fields(phrase)
			if w[0] == "found" || w[0] == "co-found" {
				// "found" is also the past of "find": only "founded"
				relCues[w[0]+"ed"] = append(relCues[w[0]+"ed"], relCue{pred: l.pred, rest: w[1:], past: true})
				continue
			}
			s, past, ing := verbForms(w[0])
			forms := map[string]bool{w[0]: false, s: false, ing: false}
			if irr, ok := irregularForms[w[0]]; ok && irr != nil {
				for _, f := range irr {
					forms[f] = true
				}
			} else {
				forms[past] = true
			}
			for f, isPast := range forms {
				relCues[f] = append(relCues[f], relCue{pred: l.pred, rest: w[1:], past: isPast})
			}
		}
		for _, phrase := range splitList(l.nouns) {
			w := strings.Fields(phrase)
			c := relCue{pred: l.pred, noun: true, intro: "of"}
			if len(w) > 1 {
				c.intro = w[1]
			}
			relCues[w[0]] = append(relCues[w[0]], c)
		}
	}
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// standing are the predicates of ties rather than acts: a purpose or a
// continued commitment ("to support X") states them.
var standing = set("supports", "cooperatesWith", "leads", "memberOf")

// relation actor roles, for typeOK.
const (
	sideSubj = iota
	sideObj
)

// typeOK reports whether an entity of type t may fill a side of pred.
func typeOK(pred string, side int, t schema.EntityType) bool {
	if t == "" {
		return false
	}
	state := t == schema.Government || t == schema.Agency
	switch pred {
	case "designated", "sanctioned", "charged", "deployedAgainst":
		if side == sideSubj {
			// an official acts for the state: "Secretary X designated"
			return state || t == schema.Person && (pred == "designated" || pred == "sanctioned")
		}
		return t == schema.Person || t == schema.Cartel || t == schema.Organization && pred != "deployedAgainst"
	case "arrested", "extradited", "convicted":
		if side == sideSubj {
			return state
		}
		return t == schema.Person
	case "seized":
		if side == sideSubj {
			return state
		}
		return t == schema.Cartel || t == schema.Organization
	case "signed", "ratified", "withdrewFrom":
		if side == sideSubj {
			return t != schema.Agreement && t != schema.Person && t != schema.Cartel
		}
		return t == schema.Agreement
	case "testifiedBefore":
		if side == sideSubj {
			return t == schema.Person
		}
		return t == schema.Agency
	case "leads", "memberOf":
		if side == sideSubj {
			return t == schema.Person
		}
		return t == schema.Cartel || t == schema.Organization || t == schema.Agency
	case "metWith":
		return t == schema.Person || t == schema.Government || t == schema.Agency
	case "supports", "rejected":
		return side == sideObj || t != schema.Agreement
	}
	return t != schema.Agreement
}

// relBlockers govern an infinitive that is not the act: "plans to arrest".
var relBlockers = set("plan", "plans", "planned", "planning", "intend", "intends", "intended", "seek", "seeks",
	"sought", "seeking", "want", "wants", "wanted", "hope", "hopes", "hoped", "aim", "aims", "aimed", "propose",
	"proposes", "proposed", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised",
	"promises", "agree", "agreed", "agrees", "refuse", "refused", "refuses", "decline", "declined", "fail",
	"failed", "ask", "asked", "urge", "urged", "urges", "expect", "expected", "try", "tried", "trying", "set",
	"going", "about", "able", "unable", "ready", "willing", "likely", "would", "could", "called", "call",
	"demand", "demanded", "order", "ordered", "authorized", "authorised", "move", "moved", "threat", "effort",
	"efforts", "bid", "attempt", "attempted", "possibility", "decision", "order", "ready")

// relModals make a verb hypothetical or future: not the act.
var relModals = set("would", "could", "may", "might", "should", "must", "shall", "will", "can", "'ll", "wo", "ca")

// relNegs negate a verb.
var relNegs = set("not", "n't", "never", "no")

// relAux are the words that may stand between a subject and its verb.
var relAux = set("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "did", "does", "do",
	"also", "jointly", "reportedly", "allegedly", "recently", "already", "formally", "officially",
	"successfully", "publicly", "today", "yesterday", "previously", "later", "then", "since", "again",
	"both", "all", "together", "now", "still", "just", "first", "once", "subsequently", "ultimately")

var beForms = set("was", "were", "is", "are", "be", "been", "being")

// verbGroup reads the words before the verb at v: whether it is negated
// or modal, passive, an infinitive (and the word governing it), and where
// the group starts.
type verbGroup struct {
	start          int
	neg, modal     bool
	passive        bool
	infinitive     bool
	governor       string
	governorThreat bool
}

func (d *doc) verbGroup(v int) verbGroup {
	g := verbGroup{start: v}
	sent := d.toks[v].sent
	for k := v - 1; k >= 0 && d.toks[k].sent == sent && k >= v-6; k-- {
		key := d.toks[k].key
		switch {
		case relNegs[key]:
			g.neg = true
		case relModals[key]:
			g.modal = true
		case beForms[key]:
			g.passive = true
		case key == "to":
			g.infinitive = true
			// the governor: the word before "to", over adverbs
			j := k - 1
			for j >= 0 && (relAux[d.toks[j].key] || strings.HasSuffix(d.toks[j].key, "ly")) {
				j--
			}
			if j >= 0 {
				g.governor = d.toks[j].key
				if c, ok := relCues[g.governor]; ok && c[0].pred == "threatened" || strings.HasPrefix(g.governor, "threat") {
					g.governorThreat = true
				}
				// "did not want to", "would like to"
				for n := j - 1; n >= 0 && n >= j-3; n-- {
					if relNegs[d.toks[n].key] {
						g.neg = true
					}
					if relModals[d.toks[n].key] {
						g.modal = true
					}
				}
			}
			g.start = k
			return g
		case relAux[key] || d.toks[k].kind == tWord && !d.toks[k].cap && strings.HasSuffix(key, "ly") && len(key) > 4:
		default:
			return g
		}
		g.start = k
	}
	return g
}

// findRelations reads the relations of every sentence outside quotations,
// and those that the roles state (leads, memberOf).
func (d *doc) findRelations(published string) {
	seen := map[string]bool{}
	add := func(s *entity, p string, o *entity, at int) {
		if s == nil || o == nil || s == o || !typeOK(p, sideSubj, s.typ) || !typeOK(p, sideObj, o.typ) {
			return
		}
		if o.parent == s || s.parent == o {
			return // a body and its part
		}
		k := s.name + "|" + p + "|" + o.name
		if schema.SymmetricRelations[p] && o.name < s.name {
			k = o.name + "|" + p + "|" + s.name
		}
		if seen[k] {
			return
		}
		seen[k] = true
		d.rels = append(d.rels, d.relation(s, p, o, at, published))
	}
	for v := 0; v < len(d.toks); v++ {
		cues, ok := relCues[d.toks[v].key]
		if !ok || d.inQuote[v] || d.mentionAt(v) != nil && !cues[0].noun {
			continue
		}
		nominal := v > 0 && (determiners[d.toks[v-1].key] || d.mentionAt(v-1) != nil && d.toks[v-1].key != "and")
		for _, c := range cues {
			if nominal != c.noun && nounCue(d.toks[v].key) != "" && hasVerbCue(d.toks[v].key) {
				continue // "the meeting", "U.S. support": the noun; "met", "to support": the verb
			}
			end, ok := d.matchCue(v, c)
			if !ok {
				continue
			}
			if c.noun {
				d.nominalRelation(v, end, c, add)
			} else {
				d.verbRelation(v, end, c, add)
			}
			break
		}
	}
	d.roleRelations(add)
	d.agreementPartners(add)
	d.jointRelations(add)
	d.headAppositives(add)
}

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
		if v >= 0 && concludeVerbs[d.toks[v].key] && d.toks[m.e].key == "with" {
			g := d.verbGroup(v)
			if g.neg || g.modal || g.infinitive {
				continue
			}
			with, subj = m.e, d.actorsLeft(g.start, sent, "signed", sideSubj)
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
		return d.ents[string(schema.Government)+"|"+fold(m.country)]
	}
	return nil
}

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
)

// jointRelations reads cooperation between governments written as a
// compound ("U.S.-Mexico Security Cooperation") or as the authors of a
// joint text ("Joint Statement from Mexico and the United States").
func (d *doc) jointRelations(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		if d.inQuote[i] {
			continue
		}
		// "A-B … cooperation", "U.S.-Mexican cooperation"
		if m := d.mentionAt(i); m != nil && m.e == i+1 && d.toks[i+1].key == "-" && d.govOf(m) != nil {
			j := i + 2
			n := d.mentionAt(j)
			if n == nil || d.govOf(n) == nil || n.s != j {
				continue
			}
			for k := n.e; k < len(d.toks) && k < n.e+4 && d.toks[k].sent == d.toks[i].sent; k++ {
				if key := d.toks[k].key; cooperationNouns[key] && key != "statement" && key != "declaration" {
					add(d.govOf(m), "cooperatesWith", d.govOf(n), i)
					break
				}
			}
			continue
		}
		// "a coordinated action involving A, B and C"
		if (d.toks[i].key == "joint" || d.toks[i].key == "coordinated" || d.toks[i].key == "combined") && jointActs[d.toks[i+1].key] {
			if k := d.toks[i+2].key; k == "involving" || k == "between" || k == "among" || k == "by" || k == "of" {
				list := d.actorsRight(i+3, d.toks[i].sent, "cooperatesWith", sideSubj)
				eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, i) })
			}
		}
		// "A and B are close partners"
		if partnerNouns[d.toks[i].key] && i > 0 && d.mentionAt(i) == nil {
			j := i - 1
			for j >= 0 && d.toks[j].sent == d.toks[i].sent && j > i-4 && (beForms[d.toks[j].key] || partnerVerbs[d.toks[j].key] || partnerMods[d.toks[j].key]) {
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
				eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, i) })
			}
		}
	}
}

// headAppositives reads who leads a group from an apposition: "X and Y,
// two of the most notorious leaders of the Sinaloa Cartel" and "alleged
// leaders of the Sinaloa Cartel X and Y"; with "members of", memberOf.
func (d *doc) headAppositives(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		pred := ""
		switch d.toks[i].key {
		case "leader", "leaders", "head", "founder", "co-founder", "boss", "bosses", "kingpin":
			pred = "leads"
		case "member", "members":
			pred = "memberOf"
		}
		if pred == "" || d.toks[i+1].key != "of" || d.inQuote[i] {
			continue
		}
		o := d.mentionAt(i + 2)
		if o == nil && d.toks[i+2].key == "the" {
			o = d.mentionAt(i + 3)
		}
		if o == nil || o.ent == nil || !typeOK(pred, sideObj, o.ent.typ) {
			continue
		}
		sent := d.toks[i].sent
		// the people after the group's name
		if after := d.actorsRight(o.e, sent, pred, sideSubj); len(after) > 0 {
			if d.mentionAt(o.e) != nil && d.mentionAt(o.e).ent == after[0] || o.e+1 < len(d.toks) && d.toks[o.e].key == "," {
				for _, p := range after { // "leaders of the cartel X and Y"
					add(p, pred, o.ent, i)
				}
			}
		}
		// the people before: "X and Y, two of the … leaders of"
		j := i - 1
		for j >= 0 && d.toks[j].sent == sent && j > i-8 && d.mentionAt(j) == nil && (conjSkip[d.toks[j].key] ||
			d.toks[j].kind == tWord && !d.toks[j].cap && !relConj[d.toks[j].key] && relCues[d.toks[j].key] == nil) {
			j--
		}
		if j >= 1 && d.toks[j].key == "," {
			if m := d.mentionAt(j - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				add(m.ent, pred, o.ent, i)
				for _, p := range d.conjLeft(m, pred, sideSubj) {
					add(p, pred, o.ent, i)
				}
			}
		}
	}
}

// matchCue matches the words of cue c after token v; it returns the token
// after the match.
func (d *doc) matchCue(v int, c relCue) (int, bool) {
	k := v + 1
	if c.noun {
		if c.intro != "of" {
			if k < len(d.toks) && d.toks[k].key == c.intro {
				return k + 1, true
			}
			return 0, false
		}
		return k, true
	}
	for i := 0; i < len(c.rest); i++ {
		w := c.rest[i]
		if w == "…" {
			next := c.rest[i+1]
			for n := 0; n <= 3 && k+n < len(d.toks); n++ {
				if d.toks[k+n].key == next {
					k += n
					break
				}
				if d.mentionAt(k+n) != nil || d.toks[k+n].kind != tWord {
					return 0, false
				}
			}
			continue
		}
		if k >= len(d.toks) || d.toks[k].key != w || d.toks[k].sent != d.toks[v].sent {
			return 0, false
		}
		k++
	}
	return k, true
}

// verbRelation reads the actors of the verb cue at [v, end).
func (d *doc) verbRelation(v, end int, c relCue, add func(*entity, string, *entity, int)) {
	pred := c.pred
	g := d.verbGroup(v)
	if g.neg {
		return
	}
	if g.infinitive && g.governorThreat && pred != "threatened" {
		pred = "threatened"
	} else if g.modal && !standing[pred] {
		return
	} else if g.infinitive && (relBlockers[g.governor] || !standing[pred] && !continuing[g.governor]) {
		return
	}
	// "X, indicted by the United States": a participle with its agent
	passive := c.past && (g.passive || end < len(d.toks) && d.toks[end].key == "by")
	if c.past && pred == "designated" && end < len(d.toks) && d.toks[end].key == "as" && g.start > 0 {
		// "gangs designated as …": a participle after its noun
		if p := d.toks[g.start-1]; p.kind == tWord && !p.cap && d.mentionAt(g.start-1) == nil && !relAux[p.key] {
			passive = true
		}
	}
	if passive && pred == "threatened" && c.pred != "threatened" {
		return
	}
	sent := d.toks[v].sent
	if c.pred == "convicted" && len(c.rest) > 0 {
		// "X pleaded guilty in a case brought by Y": Y convicted X
		objs := d.actorsLeft(g.start, sent, pred, sideObj)
		for _, s := range d.prosecutor(end, sent, pred) {
			for _, o := range objs {
				add(s, pred, o, v)
			}
		}
		return
	}
	if passive {
		objs := d.actorsLeft(g.start, sent, pred, sideObj)
		by := -1
		for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+10; k++ {
			if d.toks[k].key == "by" {
				by = k
				break
			}
			if d.toks[k].key == ";" || d.toks[k].key == "." {
				break
			}
		}
		subjs := []*entity(nil)
		if by >= 0 {
			subjs = d.actorsRight(by+1, sent, pred, sideSubj)
		} else if pred == "convicted" {
			subjs = d.prosecutor(end, sent, pred) // "was sentenced in federal court"
		} else if pred == "designated" {
			// "designated as a Foreign Terrorist Organization": a
			// designation in United States law; its list may follow
			// ("cartels designated as FTOs, such as A and B")
			us, list := d.usDesignation(end, sent)
			if us == nil {
				return
			}
			subjs = []*entity{us}
			if list >= 0 {
				objs = append(objs, d.actorsRight(list, sent, pred, sideObj)...)
			}
		}
		for _, s := range subjs {
			for _, o := range objs {
				add(s, pred, o, v)
			}
		}
		return
	}
	if g.start > 0 && unresolvedSubjects[d.toks[g.start-1].key] {
		return // "when we met": not an actor named before
	}
	if g.start == v && v > 0 && strings.HasSuffix(d.toks[v].key, "ing") {
		// "personnel supporting X": the participle's noun is the actor
		if p := d.toks[v-1]; p.kind == tWord && !p.cap && d.mentionAt(v-1) == nil && !relAux[p.key] &&
			!continuing[p.key] && !ingPreps[p.key] && !strings.HasSuffix(p.key, "ly") {
			return
		}
	}
	subjs := d.actorsLeft(g.start, sent, pred, sideSubj)
	if pred == "threatened" && c.pred != "threatened" {
		// "threatened to sanction X": the object of the threatened act
		pred = "threatened"
	}
	if schema.SymmetricRelations[pred] && len(subjs) > 1 && !d.objectFollows(end, sent, pred) {
		// "A and B met": each with each, unless they are the object of
		// a verb before them ("visited A and B this week and met …")
		if !d.objectOfVerb(subjs[len(subjs)-1], g.start, sent) {
			eachPair(subjs, func(a, b *entity) { add(a, pred, b, v) })
		}
		return
	}
	if directVerbs[d.toks[v].key] && !d.directObject(end, sent, personMeetVerbs[d.toks[v].key]) {
		return
	}
	objs := d.actorsRight(end, sent, pred, sideObj)
	if pred == "leads" && d.modifiesGroup(end, sent) {
		return // "led a joint State and Justice delegation": the delegation
	}
	if pred == "metWith" {
		if led := d.delegationLeaders(end, sent); led != nil {
			objs = led // "hosted a U.S. delegation led by A and B"
		}
	}
	for _, s := range subjs {
		for _, o := range objs {
			add(s, pred, o, v)
		}
	}
}

// groupHeads are the nouns of a group that a body's name may modify.
var groupHeads = set("delegation", "delegations", "team", "teams", "mission", "visit", "trip", "effort", "operation",
	"task", "panel", "working", "group")

// modifiesGroup reports whether the actors right after token end modify a
// group noun: "a joint A and B delegation".
func (d *doc) modifiesGroup(end, sent int) bool {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+16; k++ {
		if m := d.mentionAt(k); m != nil {
			k = m.e - 1
			continue
		}
		key := d.toks[k].key
		if groupHeads[key] {
			return d.mentionAt(k-1) != nil
		}
		if key != "a" && key != "an" && key != "the" && key != "joint" && key != "and" && key != "," {
			return false
		}
	}
	return false
}

// delegationLeaders are the people who lead a delegation named right
// after token end ("a U.S. delegation led by A, B and C"), or nil.
func (d *doc) delegationLeaders(end, sent int) []*entity {
	for k := end; k+2 < len(d.toks) && d.toks[k].sent == sent && k < end+6; k++ {
		key := d.toks[k].key
		if key != "delegation" && key != "delegations" {
			continue
		}
		if n := d.toks[k+1].key; (n == "led" || n == "headed") && d.toks[k+2].key == "by" {
			return d.actorsRight(k+3, sent, "metWith", sideObj)
		}
		return nil
	}
	return nil
}

// directObject reports whether an actor follows token end at once: a
// mention (after "the"), or a person after title words ("President X");
// with person, only a person.
func (d *doc) directObject(end, sent int, person bool) bool {
	k := end
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent {
		return false
	}
	if m := d.mentionAt(k); m != nil && m.ent != nil && (!person || m.ent.typ == schema.Person) {
		return true
	}
	return d.personAfter(k, sent) != nil
}

// usDesignation reads a designation under United States law after token
// end: "as (a) Foreign Terrorist Organization(s)", "as Specially
// Designated Global Terrorists". It returns the United States when the
// article names it, and the token after "such as" or "including" when a
// list of the designated follows (else -1).
func (d *doc) usDesignation(end, sent int) (*entity, int) {
	if end >= len(d.toks) || d.toks[end].key != "as" {
		return nil, -1
	}
	found := false
	k := end + 1
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < end+16; k++ {
		key := d.toks[k].key
		if (key == "foreign" || key == "global") && k+1 < len(d.toks) && strings.HasPrefix(d.toks[k+1].key, "terrorist") {
			found = true
		}
		if key == "such" && k+1 < len(d.toks) && d.toks[k+1].key == "as" {
			k += 2
			break
		}
		if key == "including" {
			k++
			break
		}
		if actorStop[key] {
			k = -1
			break
		}
	}
	if !found {
		return nil, -1
	}
	us := d.ents[string(schema.Government)+"|"+fold("United States")]
	if k >= len(d.toks) || k < 0 || d.toks[k-1].key != "as" && d.toks[k-1].key != "including" {
		k = -1
	}
	return us, k
}

// prosecutor is the government that brought the case of a conviction read
// after token end: "in a case brought by X", "prosecuted by X", else the
// United States for a federal or U.S. court ("in federal court in Miami")
// when the article names it.
func (d *doc) prosecutor(end, sent int, pred string) []*entity {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+20; k++ {
		key := d.toks[k].key
		if key == "by" && k > 0 && (d.toks[k-1].key == "brought" || d.toks[k-1].key == "prosecuted" || d.toks[k-1].key == "filed") {
			return d.actorsRight(k+1, sent, pred, sideSubj)
		}
		if (key == "federal" || key == "u.s.") && k+2 < len(d.toks) {
			for j := k + 1; j <= k+2; j++ {
				if n := d.toks[j].key; n == "court" || n == "judge" || n == "jury" {
					if us := d.ents[string(schema.Government)+"|"+fold("United States")]; us != nil {
						return []*entity{us}
					}
					return nil
				}
			}
		}
		if actorStop[key] {
			break
		}
	}
	return nil
}

// ingPreps may govern an -ing verb whose actor is named before: "by
// backing X", "after meeting Y".
var ingPreps = set("by", "in", "for", "of", "to", "from", "with", "on", "at", "after", "before", "while", "without",
	"through", "and", "or", "also", "as", "when", "since", "keep", "keeps", "kept", "began", "begun", "start",
	"started", "stop", "stopped", "resumed")

// unresolvedSubjects are subject pronouns this reader does not resolve:
// the verb after one has no actor named before it.
var unresolvedSubjects = set("i", "we", "you", "they")

// objectOfVerb reports whether the mention of e nearest before token i
// follows a verb of the lexicon ("visited A"), over "the".
func (d *doc) objectOfVerb(e *entity, i, sent int) bool {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent && k > i-30; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent != e {
			continue
		}
		p := m.s - 1
		if p >= 0 && d.toks[p].key == "the" {
			p--
		}
		return p >= 0 && hasVerbCue(d.toks[p].key)
	}
	return false
}

// continuing are the governors of an infinitive that states the act:
// "continue to support", "helped to arrest".
var continuing = set("continue", "continues", "continued", "continuing", "help", "helped", "helps", "helping")

// objectFollows reports whether an actor of pred follows soon after end.
func (d *doc) objectFollows(end, sent int, pred string) bool {
	return len(d.actorsRight(end, sent, pred, sideObj)) > 0
}

// nominalRelation reads the actors of the noun cue at v: a possessor or a
// "by" phrase acts on the "of" phrase; "between A and B" relates each
// with each.
func (d *doc) nominalRelation(v, end int, c relCue, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	pred := c.pred
	// hypothetical: "the possible extradition", "calls for the designation"
	for k := v - 1; k >= 0 && k >= v-4 && d.toks[k].sent == sent; k-- {
		if key := d.toks[k].key; nominalBlockers[key] || relNegs[key] || relModals[key] {
			return
		}
	}
	// the nouns coordinated with this one share its actors: "Mexico's
	// arrest and extradition of X" (the first noun reads them all)
	first := v
	if v >= 2 && d.toks[v-1].key == "and" {
		if nounCue(d.toks[v-2].key) != "" {
			first = v - 2
		}
	}
	var subj []*entity
	if first >= 2 && d.toks[first-1].key == "'s" {
		if m := d.mentionAt(first - 2); m != nil && m.ent != nil {
			subj = append(subj, m.ent)
			if schema.SymmetricRelations[pred] && typeOK(pred, sideSubj, m.ent.typ) {
				// "the United States and Mexico's commitment": each with each
				if list := append([]*entity{m.ent}, d.conjLeft(m, pred, sideSubj)...); len(list) > 1 {
					eachPair(list, func(a, b *entity) { add(a, pred, b, v) })
				}
			}
		}
	} else if m := d.mentionAt(first - 1); m != nil && m.ent != nil && m.e == first {
		subj = append(subj, m.ent) // "the U.S. designation of"
	}
	// the object phrase: "between", "among", "with", or c.intro
	symmetric := schema.SymmetricRelations[pred]
	k, intro := end, ""
	if c.intro != "of" && !symmetric {
		k = len(d.toks) // the cue matched its intro: "support to X"
	}
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < end+10; k++ {
		key := d.toks[k].key
		if symmetric && pred == "metWith" && key == "by" && k == end+1 && chairVerbs[d.toks[k-1].key] {
			intro = "between" // "meetings led by A and B"
			break
		}
		if symmetric && (key == "between" || key == "among" || key == "with" || key == "of" && pred == "cooperatesWith") ||
			!symmetric && key == c.intro && (c.intro != "of" || k == end || d.toks[k-1].key != "and") {
			intro = key
			break
		}
		if key == "." || key == ";" || key == ":" || key == "by" || k > end && relCues[key] != nil && !(key == "and") {
			if nounCue(key) != "" && d.toks[k-1].key == "and" {
				continue // "arrest and extradition"
			}
			break
		}
	}
	if intro == "" && c.intro != "of" && !symmetric {
		intro, k = c.intro, end-1
	}
	if intro == "" {
		return
	}
	if intro == "between" || intro == "among" || intro == "of" && symmetric {
		list := d.actorsRight(k+1, sent, pred, sideSubj)
		eachPair(list, func(a, b *entity) { add(a, pred, b, v) })
		return
	}
	objs := d.actorsRight(k+1, sent, pred, sideObj)
	if len(objs) == 0 {
		return
	}
	if len(subj) == 0 && symmetric && intro == "with" {
		// "the partnership that A has built with B": A in the clause
		for j := end; j < k; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil && !m.attached && typeOK(pred, sideSubj, m.ent.typ) {
				if m.ent.typ != schema.Person && typeOK(pred, sideSubj, schema.Person) {
					if p := d.personAfter(m.e, sent); p != nil {
						m = p
					}
				}
				subj = append(subj, m.ent)
				break
			}
		}
	}
	// "… of X by Y"
	for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j < k+14; j++ {
		if d.toks[j].key == "by" {
			subj = append(subj, d.actorsRight(j+1, sent, pred, sideSubj)...)
			break
		}
	}
	if len(subj) == 0 && pred == "designated" {
		// "the designation of X as a Foreign Terrorist Organization"
		for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j < k+10; j++ {
			if d.toks[j].key == "as" {
				if us, _ := d.usDesignation(j, sent); us != nil {
					subj = append(subj, us)
				}
				break
			}
		}
	}
	// "countries that pledged support to X, including A and B"
	subj = append(subj, d.groupMembers(first, k, sent)...)
	for _, s := range subj {
		for _, o := range objs {
			add(s, pred, o, v)
		}
	}
	for i := first; i < v; i++ { // the nouns before this one in "arrest and extradition"
		if p := nounCue(d.toks[i].key); p != "" && p != pred {
			for _, s := range subj {
				for _, o := range objs {
					add(s, p, o, v)
				}
			}
		}
	}
}

// chairVerbs, as participles after a meeting noun, name its parties:
// "meetings led by A and B".
var chairVerbs = set("led", "co-led", "chaired", "co-chaired", "hosted", "co-hosted", "headed")

// memberGroups are the plural nouns of a group of actors whose members a
// list may name.
var memberGroups = set("countries", "nations", "partners", "governments", "donors", "states", "allies")

// groupMembers are the actors listed by "including" or "such as" after
// token from, when a group noun heads the phrase ending before token v
// ("all the countries that have pledged support to X …, including A, B
// and C"); nil otherwise.
func (d *doc) groupMembers(v, from, sent int) []*entity {
	group := false
	for k := v - 1; k >= 0 && k >= v-8 && d.toks[k].sent == sent; k-- {
		if d.mentionAt(k) != nil || actorStop[d.toks[k].key] {
			break
		}
		if memberGroups[d.toks[k].key] {
			group = true
			break
		}
	}
	if !group {
		return nil
	}
	for k := from; k+1 < len(d.toks) && d.toks[k].sent == sent && k < from+30; k++ {
		if actorStop[d.toks[k].key] {
			return nil
		}
		if d.toks[k].key == "including" {
			return d.actorsRight(k+1, sent, "supports", sideSubj)
		}
		if d.toks[k].key == "such" && d.toks[k+1].key == "as" {
			return d.actorsRight(k+2, sent, "supports", sideSubj)
		}
	}
	return nil
}

// nounCue is the predicate of the noun cue key ("arrest"), or "".
func nounCue(key string) string {
	for _, c := range relCues[key] {
		if c.noun {
			return c.pred
		}
	}
	return ""
}

// hasVerbCue reports whether key starts a verb cue.
func hasVerbCue(key string) bool {
	for _, c := range relCues[key] {
		if !c.noun {
			return true
		}
	}
	return false
}

// determiners open a noun phrase: the cue after one is a noun.
var determiners = set("the", "a", "an", "'s", "this", "that", "these", "those", "their", "its", "his", "her",
	"our", "your", "my", "any", "further", "new", "continued", "joint", "strong", "bilateral", "full", "recent",
	"first", "second", "third", "fourth", "fifth", "sixth", "next", "last", "previous", "annual", "inaugural",
	"trilateral", "high-level", "ministerial", "virtual", "private", "productive",
	"financial", "military", "logistical", "technical", "diplomatic", "political", "humanitarian", "operational",
	"material", "economic")

// nominalBlockers make a nominalised act hypothetical.
var nominalBlockers = set("possible", "possibility", "potential", "proposed", "planned", "threat", "threatened",
	"pending", "requested", "request", "seeking", "seek", "sought", "push", "calls", "called", "demand", "demanded",
	"demanding", "against", "oppose", "opposed", "avoid", "prevent", "future")

// eachPair calls f on every unordered pair of distinct entities of list.
func eachPair(list []*entity, f func(a, b *entity)) {
	for i := range list {
		for j := i + 1; j < len(list); j++ {
			f(list[i], list[j])
		}
	}
}

// actorStop ends the search for an actor: a clause or sentence boundary.
var actorStop = set(".", ";", ":", "?", "!", "said", "says", "told", "while", "whereas", "but", "although")

// actorsLeft returns the actors of side of pred ending before token i: the
// nearest one and those coordinated with it ("A, B and C").
func (d *doc) actorsLeft(i, sent int, pred string, side int) []*entity {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent && k >= i-30; k-- {
		if d.inQuote[k] || actorStop[d.toks[k].key] {
			if actorStop[d.toks[k].key] {
				return nil
			}
			continue
		}
		m := d.mentionAt(k)
		if m == nil && k > 0 && anaphorDets[d.toks[k-1].key] {
			if e := d.headAnaphor(k); e != nil {
				// "this mission will support X": the mission named before
				if typeOK(pred, side, e.typ) {
					return []*entity{e}
				}
				return nil
			}
		}
		if m == nil && k > 0 && d.toks[k-1].key == "the" && (titleHeads[d.toks[k].key] || roleNouns[d.toks[k].key]) {
			// "the chairman met …": the person named before with that title
			if e := d.titleReferent(k); e != nil && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
		}
		if m == nil {
			if g, ok := pronounGender[d.toks[k].key]; ok && (g == 'm' || g == 'f') && (k == 0 || d.toks[k-1].key != "'s") {
				if e := d.resolvePronoun(k, g); e != nil && typeOK(pred, side, e.typ) {
					return []*entity{e}
				}
				return nil
			}
			continue
		}
		if m.s >= 2 && d.toks[m.s-1].key == "(" {
			if pm := d.mentionAt(m.s - 2); pm != nil && pm.ent == m.ent {
				m = pm // "Office of Foreign Assets Control (OFAC)"
			}
		}
		if m.ent != nil && m.ent.typ != schema.Person && !m.attached && d.modifierOfHead(m, i) {
			k = m.s // "Mexican government officials hosted": the officials
			continue
		}
		if m.ent != nil && m.ent.typ != schema.Person && !m.attached {
			if t, ok := d.titleOf(m); ok {
				// "the commander of X visited": the holder of the title
				if e := d.titleHolder(t, sent); e != nil && typeOK(pred, side, e.typ) {
					return []*entity{e}
				}
				return nil
			}
		}
		if m.ent == nil || m.attached || !typeOK(pred, side, m.ent.typ) {
			k = m.s
			continue
		}
		// "the United States' commitment": a possessor acts too
		out := []*entity{m.ent}
		if side == sideSubj && m.ent.typ == schema.Agency && m.s >= 2 && d.toks[m.s-1].key == "'s" {
			// "the Treasury's Office of Foreign Assets Control sanctioned":
			// the body that owns the office acts through it
			if pm := d.mentionAt(m.s - 2); pm != nil && pm.ent != nil && pm.ent.typ == schema.Agency && typeOK(pred, side, pm.ent.typ) {
				out = append(out, pm.ent)
			}
		}
		return append(out, d.conjLeft(m, pred, side)...)
	}
	return nil
}

// headNouns are the nouns a body's name may modify before a verb, making
// the unnamed people it qualifies the actors: "Mexican officials hosted".
var headNouns = set("officials", "official", "authorities", "forces", "troops", "agents", "officers", "police",
	"delegation", "counterparts", "representatives", "leaders", "diplomats", "negotiators", "lawmakers")

// modifierOfHead reports whether mention m modifies a head noun that
// stands between it and token i: "senior Government of Mexico officials".
func (d *doc) modifierOfHead(m *mention, i int) bool {
	if i <= m.e || i > m.e+2 {
		return false
	}
	for k := m.e; k < i; k++ {
		if !headNouns[d.toks[k].key] && !(k+1 < i && d.toks[k].key == "security") {
			return false
		}
	}
	return true
}

// titleOf reports whether mention m is the body of a title before it
// ("commander of U.S. Southern Command", "the head of the agency"), and
// returns the title's head word.
func (d *doc) titleOf(m *mention) (int, bool) {
	j := m.s - 1
	if j >= 0 && d.toks[j].key == "the" {
		j--
	}
	if j < 1 || d.toks[j].key != "of" || !titleHeads[d.toks[j-1].key] || d.mentionAt(j-1) != nil {
		return 0, false
	}
	return j - 1, true
}

// titleHolder is the person a title at token t names: the person in
// apposition before it ("X, commander of Y"), or for a definite title
// ("the commander of Y") the last person named with it.
func (d *doc) titleHolder(t, sent int) *entity {
	j := t - 1
	for j >= 0 && d.toks[j].sent == sent && j > t-4 && d.mentionAt(j) == nil && (titleMods[d.toks[j].key] || d.toks[j].key == "the" || d.toks[j].key == "a") {
		j--
	}
	if j >= 1 && d.toks[j].key == "," {
		if p := d.mentionAt(j - 1); p != nil && p.ent != nil && p.ent.typ == schema.Person {
			return p.ent
		}
	}
	if j >= 0 && d.toks[j+1].key == "the" {
		return d.titleReferent(t)
	}
	return nil
}

// conjLeft returns the actors coordinated before mention m: "A and B",
// "A, B and C", over titles ("A and Commander of Y General B").
func (d *doc) conjLeft(m *mention, pred string, side int) []*entity {
	var out []*entity
	sent := d.toks[m.s].sent
	k := m.s - 1
	for len(out) < 30 {
		// over the title words of m
		j := k
		if j >= 0 && d.toks[j].key == ")" {
			for o := j - 1; o >= 0 && o > j-12 && d.toks[o].sent == sent; o-- {
				if d.toks[o].key == "(" {
					j = o - 1 // "X (AKA "El Y")"
					break
				}
			}
		}
		for j >= 0 && d.toks[j].sent == sent && j > k-12 && d.skippableLeft(j) {
			if pm := d.mentionAt(j); pm != nil {
				j = pm.s
			}
			j--
		}
		if j < 0 || d.toks[j].sent != sent || !(d.toks[j].key == "and" || d.toks[j].key == "," || d.toks[j].key == "&") {
			return out
		}
		if len(out) == 0 && d.toks[j].key == "," {
			return out // a list ends in "and C": "with X, Y asked" is none
		}
		j--
		if j >= 0 && d.toks[j].key == "," {
			j-- // "A, B, and C"
		}
		pm := d.mentionAt(j)
		if pm == nil || pm.ent == nil || pm.attached || !typeOK(pred, side, pm.ent.typ) || d.inQuote[j] {
			return out
		}
		if p := pm.s - 1; p >= 0 && frontPreps[d.toks[p].key] && d.toks[pm.e].key == "," && (p == 0 || d.toks[p-1].sent != sent || d.toks[p-1].key == ",") {
			return out // "In Guatemala, X joined": a place, not an actor
		}
		out = append(out, pm.ent)
		k = pm.s - 1
	}
	return out
}

// frontPreps open a fronted phrase ("In Guatemala, …").
var frontPreps = set("in", "at", "from", "during", "after", "before", "across", "throughout", "inside", "within")

// skippableLeft reports whether token j may stand between a coordinator
// and the actor after it: a title word, an attached mention, "the", "of".
func (d *doc) skippableLeft(j int) bool {
	t := d.toks[j]
	if m := d.mentionAt(j); m != nil {
		return m.attached || m.ent == nil || m.ent.typ != schema.Person && m.e < len(d.toks) && d.toks[m.e].key != "and"
	}
	switch t.key {
	case "the", "of", "(", ")", "'s", "for", "'", "to":
		return true // "Ambassador to Mexico X"
	}
	return t.kind == tWord && (t.cap && !stopCaps[t.key] || titleHeads[t.key] || titleMods[t.key] || roleNouns[t.key])
}

// conjSkip are the words allowed between a coordinator and the next actor
// on the right: "and its leader, X", "and the two top leaders of".
var conjSkip = set("the", "its", "their", "his", "her", "leader", "leaders", "head", "founder", "member", "members",
	"alleged", "top", "senior", "chief", "reputed", "suspected", "two", "three", "four", "five", "other", "of",
	"as", "well", "also", "(", ")", "'s", "counterpart", "counterparts", ".")

// relConj are coordinators and clause openers, never part of a title.
var relConj = set("and", "or", "but", "nor", "while", "who", "which", "that")

// actorsRight returns the actors of side of pred from token i on: the
// first one within the clause and those coordinated with it.
func (d *doc) actorsRight(i, sent int, pred string, side int) []*entity {
	if side == sideObj {
		if refs := d.groupAnaphor(i, sent, pred); refs != nil {
			return refs // "designated both gangs as terrorist organisations"
		}
		if g, ok := objectPronouns[d.toks[i].key]; ok && i < len(d.toks) && !schema.SymmetricRelations[pred] && typeOK(pred, side, schema.Person) {
			// "the United States has charged him": the person named before
			if e := d.resolvePronoun(i, g); e != nil && typeOK(pred, side, e.typ) {
				return []*entity{e}
			}
			return nil
		}
	}
	if i+1 < len(d.toks) && anaphorDets[d.toks[i].key] && d.mentionAt(i+1) == nil && d.toks[i+1].sent == sent {
		if e := d.headAnaphor(i + 1); e != nil {
			if typeOK(pred, side, e.typ) {
				return []*entity{e} // "support to this mission"
			}
			return nil
		}
		if t := d.toks[i+1]; d.toks[i].key != "the" && t.kind == tWord && !t.cap && side == sideObj && !cartelNouns[t.key] {
			return nil // "this effort": something unnamed
		}
	}
	var out []*entity
	k := i
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < i+16; k++ {
		if actorStop[d.toks[k].key] || d.toks[k].key == "who" || d.toks[k].key == "which" || d.toks[k].key == "to" && k > i+1 {
			return nil
		}
		if d.inQuote[k] && pred != "rejected" {
			continue
		}
		m := d.mentionAt(k)
		if m == nil {
			if side == sideObj && k > i+1 && placePreps[d.toks[k].key] {
				return nil // "backing rival gangs within Ecuador": a place
			}
			continue
		}
		if m.ent == nil || !typeOK(pred, side, m.ent.typ) || m.attached && side == sideObj && pred != "leads" {
			k = m.e - 1
			continue
		}
		if m.ent.typ != schema.Person && typeOK(pred, side, schema.Person) {
			// "President of Ecuador Daniel Noboa", "Mexican Secretary X"
			if p := d.personAfter(m.e, sent); p != nil {
				m = p
			}
		}
		out = append(out, m.ent)
		k = m.e
		break
	}
	if len(out) == 0 {
		return nil
	}
	// coordinated: ", B", "and B", ", and its leader, B"; after "and C"
	// a comma closes the list ("A, B and C, the D announced")
	closed := false
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 30; n++ {
		j, coord, and := k, false, false
		for ; j < len(d.toks) && d.toks[j].sent == sent && j < k+8; j++ {
			key := d.toks[j].key
			if key == "(" {
				if c := d.closeParen(j, sent); c > j {
					j = c // "X (AKA "El Y") and Z"
					continue
				}
			}
			if key == "and" || key == "," || key == "&" || key == "or" && j > k && d.toks[j-1].key == "," {
				coord = true // ", or B": a list, or a name and its alias
				and = and || key == "and" || key == "&"
				continue
			}
			if conjSkip[key] || d.toks[j].kind == tWord && d.mentionAt(j) == nil && (d.toks[j].cap && !relConj[key] || titleHeads[key] || titleMods[key] || roleNouns[key]) {
				continue
			}
			if pm := d.mentionAt(j); pm != nil && (pm.attached || pm.ent == nil || !typeOK(pred, side, pm.ent.typ)) && j+1 < len(d.toks) && d.mentionAt(pm.e) != nil {
				j = pm.e - 1 // a modifier of the next actor: "Mexican President X"
				continue
			}
			break
		}
		pm := d.mentionAt(j)
		if !coord || closed && !and || pm == nil || pm.ent == nil || !typeOK(pred, side, pm.ent.typ) || d.inQuote[j] {
			break
		}
		closed = closed || and
		if pm.ent.typ != schema.Person && typeOK(pred, side, schema.Person) {
			if p := d.personAfter(pm.e, sent); p != nil {
				pm = p // ", and Air Force Commander Gen. X"
			}
		}
		out = append(out, pm.ent)
		k = pm.e
	}
	return out
}

// objectPronouns are the object pronouns that refer back to a person.
var objectPronouns = map[string]byte{"him": 'm', "her": 'f'}

// closeParen is the token closing the parenthesis opened at j, within
// the sentence and twelve tokens, or -1.
func (d *doc) closeParen(j, sent int) int {
	for k := j + 1; k < len(d.toks) && d.toks[k].sent == sent && k < j+12; k++ {
		switch d.toks[k].key {
		case ")":
			return k
		case "(":
			return -1
		}
	}
	return -1
}

// anaphorDets open a definite description that may refer back.
var anaphorDets = set("the", "this", "that")

// headAnaphor resolves a definite description whose noun at token k is
// the last word of a body's name given in the twenty sentences before
// ("the Multinational Security Support Mission … this mission"): that
// body, or nil. People and governments are left to other rules, and a
// noun followed by more of a name ("the mission's", "the mission to
// Haiti") still refers.
func (d *doc) headAnaphor(k int) *entity {
	t := d.toks[k]
	if t.kind != tWord || t.cap || len(t.key) < 4 || k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.toks[k+1].cap {
		return nil
	}
	sent := t.sent
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-20; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ != schema.Organization && m.ent.typ != schema.Agreement && m.ent.typ != schema.Agency && m.ent.typ != schema.Cartel {
			continue
		}
		w := strings.Fields(fold(m.ent.name))
		if len(w) > 1 && w[len(w)-1] == t.key {
			return m.ent
		}
	}
	return nil
}

// placePreps introduce a place after an unnamed object.
var placePreps = set("within", "inside", "across", "throughout", "in")

// cartelNouns are the nouns that refer back to criminal groups named before
// ("the cartel", "both gangs").
var cartelNouns = map[string]bool{"cartel": true, "cartels": true, "gang": true, "gangs": true,
	"group": true, "groups": true, "organization": true, "organizations": true, "organisation": true, "organisations": true}

// groupCounts are the words that say how many groups a phrase refers to.
var groupCounts = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4}

// groupAnaphor resolves a phrase at token i that refers back to criminal
// groups ("the cartel", "the gang", "both gangs", "the two cartels",
// "these groups") to the cartels named most recently before it, within
// the three sentences before: one for a singular noun, as many as the
// phrase counts, else those of the nearest sentence that names any. nil
// when there is no such phrase, or nothing for it to refer to.
func (d *doc) groupAnaphor(i, sent int, pred string) []*entity {
	if !typeOK(pred, sideObj, schema.Cartel) || i >= len(d.toks) || d.mentionAt(i) != nil {
		return nil
	}
	k, want := i, 0
	switch d.toks[k].key {
	case "the", "these", "those", "this", "that", "both":
		if n, ok := groupCounts[d.toks[k].key]; ok {
			want = n
		}
		k++
	default:
		return nil
	}
	if k < len(d.toks) && d.toks[k].sent == sent {
		if n, ok := groupCounts[d.toks[k].key]; ok {
			want, k = n, k+1
		}
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !cartelNouns[d.toks[k].key] {
		return nil
	}
	plural := strings.HasSuffix(d.toks[k].key, "s")
	if !plural {
		want = 1
	}
	var out []*entity
	seen := map[*entity]bool{}
	nearest := -1
	for j := i - 1; j >= 0 && d.toks[j].sent >= sent-3; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ != schema.Cartel || seen[m.ent] {
			continue
		}
		if want == 0 && nearest >= 0 && d.toks[j].sent != nearest {
			break // plural, uncounted: the nearest sentence's groups
		}
		seen[m.ent] = true
		out = append(out, m.ent)
		nearest = d.toks[j].sent
		if want > 0 && len(out) == want {
			break
		}
	}
	if len(out) == 0 || want > 0 && len(out) < want {
		return nil
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l] // in the order they were named
	}
	return out
}

// relation builds the relation s pred o read at token at: its sentence,
// the sentence's offsets in the article and the date it states.
func (d *doc) relation(s *entity, pred string, o *entity, at int, published string) schema.Relation {
	r := schema.Relation{Subject: s.name, Predicate: pred, Object: o.name}
	if at < 0 || at >= len(d.toks) {
		return r
	}
	sent := d.toks[at].sent
	a, b := at, at
	for a > 0 && d.toks[a-1].sent == sent {
		a--
	}
	for b+1 < len(d.toks) && d.toks[b+1].sent == sent {
		b++
	}
	r.Sentence = d.surface(a, b+1)
	if st, en := d.nt.span(d.toks[a].s, d.toks[b].e); st-d.base >= 0 && en > st {
		r.Start, r.End = st-d.base, en-d.base
	}
	if !standing[pred] {
		if d.inDateline(a) {
			a = d.datelineToks // the dateline's date is the article's
		}
		if a <= b {
			r.Date = sentenceDate(d.surface(a, b+1), published)
		}
	}
	return r
}

// roleRelations turn stated roles into ties: the head of a cartel,
// organisation or agency leads it ("leader", "founder", "director",
// "commander"); anyone else with a role in a cartel is its member.
func (d *doc) roleRelations(add func(*entity, string, *entity, int)) {
	for _, r := range d.roles {
		if r.Former {
			continue
		}
		p := d.ents[string(schema.Person)+"|"+fold(r.Person)]
		var org *entity
		for _, t := range []schema.EntityType{schema.Cartel, schema.Organization, schema.Agency} {
			if e := d.ents[string(t)+"|"+fold(r.Org)]; e != nil && e.typ == t {
				org = e
				break
			}
		}
		if p == nil || org == nil {
			continue
		}
		at := p.first
		switch {
		case headTitle(r.Title, org.typ == schema.Cartel):
			add(p, "leads", org, at)
		case org.typ == schema.Cartel:
			add(p, "memberOf", org, at)
		}
	}
	// "X, an alleged MS-13 leader", "X, a Sinaloa Cartel member"
	for i := 0; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "," || d.inQuote[i] {
			continue
		}
		s := d.mentionAt(i - 1)
		if s == nil || s.ent == nil || s.ent.typ != schema.Person {
			continue
		}
		j := i + 1
		if k := d.toks[j].key; k != "a" && k != "an" && k != "the" {
			continue
		}
		j++
		for j < len(d.toks) && j < i+5 && (d.toks[j].key == "alleged" || d.toks[j].key == "senior" || d.toks[j].key == "top" || d.toks[j].key == "reputed" || d.toks[j].key == "suspected" || d.toks[j].key == "founding" || d.toks[j].key == "former") {
			if d.toks[j].key == "former" {
				j = len(d.toks)
			}
			j++
		}
		o := d.mentionAt(j)
		if o == nil || o.ent == nil || o.ent.typ != schema.Cartel || o.e >= len(d.toks) {
			continue
		}
		switch d.toks[o.e].key {
		case "leader", "boss", "chief", "kingpin", "founder", "co-founder", "commander":
			add(s.ent, "leads", o.ent, i)
		case "member", "operative", "hitman", "associate", "lieutenant":
			add(s.ent, "memberOf", o.ent, i)
		}
	}
	// "X played a role in Y"
	for i := 1; i+2 < len(d.toks); i++ {
		if d.toks[i].key != "role" || d.toks[i+1].key != "in" || d.inQuote[i] {
			continue
		}
		o := d.mentionAt(i + 2)
		if o == nil && d.toks[i+2].key == "the" {
			o = d.mentionAt(i + 3)
			if o == nil && i+4 < len(d.toks) && d.toks[i+3].kind == tWord && !d.toks[i+3].cap {
				o = d.mentionAt(i + 4) // "the notorious Sinaloa Cartel"
			}
		}
		if o == nil || o.ent == nil || o.ent.typ != schema.Cartel {
			continue
		}
		j := i - 1
		for j >= 0 && j > i-4 && (d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].kind == tWord && !d.toks[j].cap && strings.HasSuffix(d.toks[j].key, "nt") || d.toks[j].key == "key" || d.toks[j].key == "leading" || d.toks[j].key == "central" || d.toks[j].key == "major") {
			j--
		}
		if j >= 0 && (d.toks[j].key == "played" || d.toks[j].key == "plays" || d.toks[j].key == "had" || d.toks[j].key == "has") {
			if ps := d.actorsLeft(j, d.toks[i].sent, "memberOf", sideSubj); len(ps) > 0 {
				add(ps[0], "memberOf", o.ent, i)
			} else if g, ok := pronounGender[d.toks[j-1].key]; ok && j >= 1 && (g == 'm' || g == 'f') {
				if e := d.resolvePronoun(j-1, g); e != nil {
					add(e, "memberOf", o.ent, i)
				}
			}
		}
	}
	// "X, a member of Y"
	for i := 0; i+4 < len(d.toks); i++ {
		if d.toks[i].key != "member" || d.toks[i+1].key != "of" {
			continue
		}
		o := d.mentionAt(i + 2)
		if o == nil && i+3 < len(d.toks) && d.toks[i+2].key == "the" {
			o = d.mentionAt(i + 3)
		}
		j := i - 1
		for j >= 0 && (d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].key == "alleged" || d.toks[j].key == "senior" || d.toks[j].key == "founding") {
			j--
		}
		if j < 1 || d.toks[j].key != "," || o == nil || o.ent == nil {
			continue
		}
		if s := d.mentionAt(j - 1); s != nil && s.ent != nil {
			add(s.ent, "memberOf", o.ent, i)
		}
	}
}

// headWords are the titles of whoever heads a body; with a qualifier
// ("head of security") or a rank below ("deputy director") they are not.
var headWords = set("leader", "head", "chief", "boss", "founder", "co-founder", "cofounder", "kingpin", "ringleader",
	"commander", "director", "administrator", "chairman", "chairwoman", "chair", "capo")

// headTitle reports whether a role title names the head of its body.
func headTitle(title string, cartel bool) bool {
	w := strings.Fields(strings.ToLower(title))
	if len(w) == 0 {
		return false
	}
	head := false
	for i, x := range w {
		switch {
		case x == "of" || x == "for" || x == "in":
			return head && i > 0 && cartel && w[i-1] != "head" // "leader of" is still the leader
		case x == "deputy" || x == "assistant" || x == "associate" || x == "vice" || x == "executive" ||
			x == "under" || x == "acting" || x == "regional" || x == "former" || x == "senior" && !cartel:
			return false
		case headWords[x]:
			head = true
		}
	}
	return head
}

var (
	// "on November 22" (the year is the article's)
	mdRE = regexp.MustCompile(`\b(?:on|On)\s+` + monthRE + `\s+(\d{1,2})\b`)
	// "in November 2023"
	myRE = regexp.MustCompile(`\b` + monthRE + `\s+(\d{4})\b`)
)

// sentenceDate is the date a sentence states for its act: a full date, a
// day of the month in the article's year ("On November 22"), or a month
// ("in November 2023", as YYYY-MM); "" when it states none.
func sentenceDate(s, published string) string {
	if m := mdyRE.FindStringSubmatch(s); m != nil {
		if date, ok := validDate(m[3], m[1], m[2]); ok {
			return date
		}
	}
	if m := dmyRE.FindStringSubmatch(s); m != nil {
		if date, ok := validDate(m[3], m[2], m[1]); ok {
			return date
		}
	}
	if m := isoRE.FindStringSubmatch(s); m != nil {
		if date, ok := validDate(m[1], m[2], m[3]); ok {
			return date
		}
	}
	if m := mdRE.FindStringSubmatch(s); m != nil && len(published) >= 4 {
		if date, ok := validDate(published[:4], m[1], m[2]); ok && date <= published {
			return date
		}
	}
	if m := myRE.FindStringSubmatch(s); m != nil {
		if date, ok := validDate(m[2], m[1], "1"); ok {
			return date[:7]
		}
	}
	return ""
}

// titleReferent is the person a definite title at token k refers to ("the
// chairman"): the last one named in the five sentences before who holds a
// title with that word.
func (d *doc) titleReferent(k int) *entity {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-5; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, t := range m.ent.roles {
			if containsWord(strings.ToLower(t), d.toks[k].key) {
				return m.ent
			}
		}
		// "Adm. X … the admiral": a rank written before the name
		for p := m.s - 1; p >= 0 && p >= m.s-2; p-- {
			if key := d.toks[p].key; key == d.toks[k].key || rankAbbrevs[key] == d.toks[k].key {
				return m.ent
			}
		}
		j = m.s
	}
	return nil
}

// rankAbbrevs are the abbreviated ranks and titles written before names.
var rankAbbrevs = map[string]string{"adm.": "admiral", "gen.": "general", "col.": "colonel", "lt.": "lieutenant",
	"maj.": "major", "capt.": "captain", "sgt.": "sergeant", "sen.": "senator", "rep.": "representative",
	"gov.": "governor", "amb.": "ambassador"}

// personAfter is the person mention a title starting at token i leads to
// ("of Ecuador Daniel Noboa"), over title words only, or nil.
func (d *doc) personAfter(i, sent int) *mention {
	for k := i; k < len(d.toks) && d.toks[k].sent == sent && k < i+8; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return m
			}
			k = m.e - 1
			continue
		}
		t := d.toks[k]
		if t.key == "and" && k > i && d.toks[k-1].cap && k+1 < len(d.toks) && d.toks[k+1].cap && d.mentionAt(k+1) == nil {
			continue // "National Security and Intelligence Advisor X"
		}
		if !(t.kind == tWord && t.cap && !relConj[t.key] || t.key == "of" || t.key == "the" || t.key == "'s" || t.key == "." || t.key == "(" || t.key == ")" || titleHeads[t.key] || titleMods[t.key]) {
			return nil
		}
	}
	return nil
}
