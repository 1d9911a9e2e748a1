// Agreements named by what they are about ("a tariff agreement", "the
// 2016 peace accord") and treaty titles.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// weakAgreementHeads name an agreement only after a modifier that says
// what it is about (strongAgreementMods).
var weakAgreementHeads = set("framework", "arrangement", "convention")

var strongAgreementMods = set("security", "cooperation", "trade", "migration", "extradition", "counternarcotics",
	"counter-narcotics", "anti-drug", "antidrug", "drug", "defense", "defence", "border", "peace", "ceasefire",
	"intelligence", "sharing", "intelligence-sharing", "shiprider", "maritime", "interdiction", "investment")

// letterOf completes "letter of …" as an agreement.
var letterOf = set("agreement", "intent", "understanding", "cooperation")

// agreementCands finds agreements named by what they are about: "a tariff
// deal", "a new security agreement", "the U.S. Central America regional
// security initiative".
func (d *doc) agreementCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		letter := t.key == "letter" && i+2 < len(d.toks) && d.toks[i+1].key == "of" && letterOf[d.toks[i+2].key] &&
			d.toks[i+2].cap == t.cap // "letter of intent", "Letter of Intent"
		plural := false
		if sg := pluralAgreementHeads[t.key]; sg != "" && t.kind == tWord && !t.cap {
			t.key, plural = sg, true // "two military cooperation agreements": read as its singular
		}
		if t.kind != tWord || t.cap && !letter || !lowerAgreementHeads[t.key] && !letter {
			continue
		}
		if t.key == "agreement" && i >= 2 && d.toks[i-1].key == "of" && d.toks[i-2].key == "letter" {
			continue // read with "letter"
		}
		s, mods := d.agreementModsStart(i)
		s, coreStart, region, parties := d.agreementPartyPrefix(s)
		end, mods := d.agreementNameEnd(i, t.key, s, mods, region, letter)
		bare := mods == 0 && !region && !letter && end == i+1 && !plural && d.bareAgreement(i)
		if mods == 0 && !region && !bare || plural && !d.concludedPlural(s) {
			continue
		}
		if d.dealNotAgreement(i) {
			continue // "a city can't deal with it", "a drug deal" (agreements_dealverb.go)
		}
		if d.nationalSecurityDirective(i) {
			continue // "a national security memorandum": one government's directive (agreements_unilateral.go)
		}
		if t.key == "initiative" && d.ownedBySingle(i) {
			continue // "its signature firearms initiative": one body's programme
		}
		if privateContract(d.toks[s:i]) {
			continue // "a rental agreement", "his plea deal": a contract, not an agreement between parties
		}
		if (weakAgreementHeads[t.key] || t.key == "plan") && !region && !d.signedJointly(s, i, end) {
			// "a security framework" is an agreement, "the legal framework" is not
			strong := false
			for k := coreStart; k < i; k++ {
				if strongAgreementMods[d.toks[k].key] {
					strong = true
				}
			}
			if !strong {
				continue
			}
		}
		if t.key == "plan" && !d.signedJointly(s, i, end) {
			continue // "a new security plan": one government's plan, not an agreement
		}
		if t.key == "declaration" && (!d.signedNear(s, end) || !d.jointIn(s, i) && !d.partiesFollow(end)) {
			continue // "an emergency declaration": a declaration is an agreement only when parties sign or agree it together
		}
		if mods == 1 && (d.toks[i-1].key == "bilateral" || d.toks[i-1].key == "joint" || d.toks[i-1].key == "framework") && !region &&
			!d.partiesFollow(end) && !(t.key == "declaration" || end > i+1) {
			continue
		}
		core := d.surface(coreStart, end)
		m := &mention{s: s, e: end, typ: schema.Agreement, name: core, prio: 1, parties: parties,
			generic: !region, agrCore: core}
		if s < coreStart {
			m.aliases = append(m.aliases, d.surface(s, end))
		}
		out = append(out, m)
	}
	return out
}

// agreementModsStart reads back from the agreement head at token i over
// the modifiers that say what it is about ("trade and security
// agreement", "status of forces agreement", "the collective substitution
// agreement", "the 2016 peace agreement"): where they start and how many.
func (d *doc) agreementModsStart(i int) (s, mods int) {
	s = i
	for s > 0 && !d.toks[s].brk {
		p := d.toks[s-1]
		if p.kind == tWord && !p.cap && agreementMods[p.key] {
			s--
			mods++
			continue
		}
		if p.key == "-" && s >= 2 && agreementMods[d.toks[s-2].key] {
			s -= 2
			continue
		}
		// coordinated modifiers and "of" complements: "trade and
		// security agreement", "status of forces agreement"
		if (p.key == "and" || p.key == "of") && mods > 0 && s >= 2 && !d.toks[s-1].brk {
			if q := d.toks[s-2]; q.kind == tWord && !q.cap && agreementMods[q.key] {
				s--
				continue
			}
			// "a fishing and security accord": any noun right after the
			// article, coordinated with a listed modifier
			if q := d.toks[s-2]; p.key == "and" && s >= 3 && q.kind == tWord && !q.cap && !funcWords[q.key] &&
				!vagueAgreementMods[q.key] && !agreementAdjs[q.key] && (d.toks[s-3].key == "a" || d.toks[s-3].key == "an") {
				s -= 2
				mods++
				break
			}
		}
		break
	}
	// any lower-case noun modifiers between a determiner and the head
	// say what the agreement is about: "the collective substitution
	// agreement", "a non-aggression pact"
	if g := d.genericAgreementStart(s); g < s {
		for k := g; k < s; k++ {
			if d.toks[k].kind == tWord {
				mods++
			}
		}
		s = g
	}
	if mods > 0 && s >= 2 && !d.toks[s].brk && yearKey(d.toks[s-1].key) && (d.toks[s-2].key == "the" || d.toks[s-2].key == "a") {
		s-- // "the 2016 peace agreement": the year tells it from later ones
	}
	return s, mods
}

// agreementPartyPrefix reads back from token s over the countries,
// demonyms and regions that name an agreement's parties or area ("a
// U.S.-Mexico security agreement", "the Central American trade pact"):
// where the name starts, where its core starts, whether a region was
// named and the parties named.
func (d *doc) agreementPartyPrefix(s int) (start, coreStart int, region bool, parties []string) {
	coreStart = s
	for s > 0 && !d.toks[s].brk {
		p := s - 1
		if d.toks[p].key == "-" || d.toks[p].key == "–" {
			s--
			continue
		}
		if !d.toks[p].cap {
			break
		}
		// a country, demonym or region phrase ending at p
		found := false
		for st := max(p-4, 0); st <= p; st++ {
			ps, n := d.g.lookup(d.toks, st)
			if n != p-st+1 || len(ps) == 0 {
				continue
			}
			switch pk := ps[0]; {
			case pk.kind == kIgnore || pk.kind == kRegionDemonym:
				region = true
				coreStart = st
			case pk.entry.typ == schema.Government || pk.kind == kDemonym:
				parties = append(parties, pk.entry.country)
			default:
				continue
			}
			s = st
			found = true
			break
		}
		if !found {
			break
		}
	}
	for s < coreStart && (d.toks[s].key == "-" || d.toks[s].key == "–") {
		s++
	}
	return s, coreStart, region, parties
}

// agreementNameEnd is the end of the name of the agreement whose head is
// at token i, read as head (its singular when plural) (starting at s; mods modifiers; region, letter as read): "of
// understanding", "a letter of intent on firearm tracing", a subject
// complement ("a cooperation agreement on prison management"). It returns
// the end and the modifiers counted with it.
func (d *doc) agreementNameEnd(i int, head string, s, mods int, region, letter bool) (int, int) {
	t := d.toks[i]
	t.key = head // a plural head read as its singular
	end := i + 1
	if t.key == "memorandum" && i+2 < len(d.toks) && d.toks[i+1].key == "of" && d.toks[i+2].key == "understanding" {
		end = i + 3
		mods++
		end = d.agreementComplement(end, true)
	}
	if !letter && t.key != "memorandum" && (mods > 0 || region) {
		// a subject complement after the head: "a cooperation
		// agreement on prison management", "an accord against arms
		// trafficking"
		end = d.agreementComplement(end, false)
	}
	if letter {
		// "a letter of agreement", "a letter of intent"
		end = i + 3
		mods++
		// "… on firearm tracing"
		if end+1 < len(d.toks) && (d.toks[end].key == "on" || d.toks[end].key == "for") {
			k := end + 1
			for k < len(d.toks) && k < end+4 && d.toks[k].kind == tWord && !d.toks[k].cap && !d.toks[k].brk &&
				!funcWords[d.toks[k].key] && !vagueAgreementMods[d.toks[k].key] && !speechVerbs[d.toks[k].key] {
				k++
			}
			if k > end+1 {
				end = k
			}
		}
	}
	if mods == 0 && !region && !letter && t.key != "memorandum" {
		// "an agreement on maritime interdiction" signed by parties:
		// the complement says what it is about
		if c := d.agreementComplement(end, false); c > end && d.signedNear(s, c) && !d.inQuote[i] && i > 0 &&
			(agreementAdjs[d.toks[i-1].key] || vagueAgreementMods[d.toks[i-1].key]) && !privateContract(d.toks[end:c]) {
			end = c
			mods++
		}
	}
	return end, mods
}

// vagueAgreementMods say nothing about what an agreement is about: "the
// new agreement", "a broader deal".
var vagueAgreementMods = set("new", "old", "previous", "prior", "final", "formal", "informal", "secret", "broader", "broad",
	"wider", "larger", "existing", "current", "proposed", "possible", "potential", "first", "second", "third",
	"latest", "same", "whole", "entire", "original", "full", "draft", "tentative", "historic", "landmark",
	"controversial", "unprecedented", "so-called", "any", "every", "such", "this", "that", "last", "next",
	"earlier", "recent", "own", "similar", "separate", "different", "other", "another", "big", "major", "minor",
	"key", "priority", "flagship", "signature", "top", "central", "important", "fragile", "failed", "stalled", "binding", "nonbinding", "non-binding", "written",
	"verbal", "unwritten", "initial", "preliminary", "interim", "temporary", "permanent", "longstanding",
	"long-standing", "decades-old", "signed", "agreed", "reported", "alleged", "supposed", "planned", "much",
	"more", "less", "most", "no", "some", "few", "two", "three", "several", "many", "each", "both", "either",
	"only", "one", "its", "their", "his", "her", "our", "your", "my", "political", "legal", "general", "specific",
	"better", "best", "good", "bad", "worse", "clear", "vague", "actual", "real", "true", "whatever",
	"comprehensive", "ambitious", "sweeping", "wide-ranging", "modest", "limited", "robust", "strong", "weak",
	"expanded", "revised", "updated", "renewed", "extended", "amended", "modernized", "modernised", "quiet",
	"tacit", "unofficial", "official", "open", "public", "private", "hidden", "fresh", "lasting", "durable",
	// praise and stage say nothing of what it is about: "a wonderful
	// initiative", "a provisional agreement"
	"provisional", "wonderful", "great", "excellent", "remarkable", "tremendous", "fantastic", "extraordinary",
	"incredible", "successful", "meaningful", "valuable", "bold", "innovative",
	// blame says nothing of it either: "a one-sided deal", "a lopsided pact"
	"sided", "one-sided", "lopsided", "unfair", "disastrous", "terrible", "horrible", "rotten")

// genericAgreementStart returns where the lower-case modifiers of an
// agreement head start when a determiner opens them ("the collective
// substitution agreement" → "collective"), or s when there are none.
func (d *doc) genericAgreementStart(s int) int {
	k := s
	for k > 0 && k > s-4 && !d.toks[k].brk {
		p := d.toks[k-1]
		if p.kind == tWord && !p.cap && d.at[k-1] == 0 && !funcWords[p.key] && !vagueAgreementMods[p.key] &&
			!speechVerbs[p.key] && !strings.HasSuffix(p.key, "ly") && p.letters > 2 {
			k--
			continue
		}
		// "non-aggression"
		if p.key == "-" && !p.space && k >= 2 && d.toks[k-2].kind == tWord && !d.toks[k-2].cap && k-2 > 0 {
			k -= 2
			continue
		}
		break
	}
	if k == s || k == 0 {
		return s
	}
	// "a quiet non-aggression pact": vague adjectives after the determiner
	// stay out of the name
	j := k
	for j > 1 && j > k-3 && vagueAgreementMods[d.toks[j-1].key] && !funcWords[d.toks[j-1].key] {
		j--
	}
	switch d.toks[j-1].key {
	case "the", "a", "an", "its", "their", "this", "that":
		return k
	case "'s":
		// "the country's prison deal": a possessive determiner
		if j >= 2 && (d.toks[j-2].cap || d.toks[j-2].key == "country" || d.toks[j-2].key == "government") {
			return k
		}
	}
	return s
}

// privateModifiers say an agreement is a contract between private parties
// or a step in a court case, not an agreement between governments or armed
// groups: "a rental agreement", "a plea deal", "an employment contract".
var privateModifiers = set("rental", "lease", "leasing", "tenancy", "employment", "plea", "purchase", "sales",
	"licensing", "licence", "license", "loan", "mortgage", "franchise", "sponsorship", "custody", "prenuptial",
	"severance", "non-disclosure", "nondisclosure", "confidentiality", "merger", "acquisition", "distribution",
	"endorsement", "publishing", "recording", "record", "book", "settlement", "immunity", "insurance", "service",
	"services", "supply", "shareholder", "shareholders", "partnership-interest", "divorce", "separation", "lending",
	"royalty", "broadcasting", "streaming", "naming", "catering")

// privateContract reports whether any of the modifier tokens ts marks a
// private contract.
func privateContract(ts []token) bool {
	for _, t := range ts {
		if privateModifiers[t.key] {
			return true
		}
	}
	return false
}

// agreementComplement extends an agreement name ending before token end by
// its subject complement: "on repatriation flights", "against arms
// trafficking" (and "for …" when wide). The complement is up to three
// lower-case content words and stops at a clause boundary, a function
// word or a verb.
func (d *doc) agreementComplement(end int, wide bool) int {
	if end+1 >= len(d.toks) || d.toks[end].brk {
		return end
	}
	switch d.toks[end].key {
	case "on", "against":
	case "for":
		if !wide {
			return end
		}
	default:
		return end
	}
	k := end + 1
	for k < len(d.toks) && k < end+4 && (d.complementWord(k) || d.participleMod(k)) {
		k++
		if k+1 < len(d.toks) && d.toks[k].key == "-" && !d.toks[k].space && d.complementWord(k+1) {
			k += 2 // "on anti-money laundering"
		}
	}
	if k == end+1 {
		return end
	}
	return k
}

// complementWord reports whether toks[k] can be part of an agreement's
// subject complement: a lower-case content word that is not a verb.
func (d *doc) complementWord(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.cap || t.brk || d.at[k] != 0 || t.letters < 3 || funcWords[t.key] ||
		vagueAgreementMods[t.key] || speechVerbs[t.key] || signVerbs[t.key] || calendarWords[t.key] ||
		strings.HasSuffix(t.key, "ed") || strings.HasSuffix(t.key, "ly") || lowerAgreementHeads[t.key] {
		return false
	}
	switch t.key {
	case "that", "which", "who", "whose", "will", "would", "could", "can", "may", "might", "must", "should",
		"is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "does", "did", "do",
		"last", "next", "this", "each", "every", "between", "with", "under", "after", "before", "since",
		"until", "during", "while", "because", "although", "though", "year", "years", "month", "months",
		"week", "weeks", "day", "days", "time", "paper", "hold", "ice", "track", "condition", "conditions",
		"behalf", "average", "board", "course", "schedule", "trial", "record", "target", "top", "alert", "way",
		"hand", "part", "terms", "ground", "grounds", "basis", "view", "sidelines", "margins", "display":
		return false
	}
	return true
}

// participleMod reports whether toks[k] is a participle modifying the
// complement word after it: "against organised crime".
func (d *doc) participleMod(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && !t.cap && !t.brk && strings.HasSuffix(t.key, "ed") && !signVerbs[t.key] &&
		!speechVerbs[t.key] && !vagueAgreementMods[t.key] && k+1 < len(d.toks) && d.complementWord(k+1)
}

// signedJointly reports whether the agreement mention s..end (head at i)
// is signed or agreed by two parties: a sign verb near it and "joint",
// parties after it ("with B", "between A and B") or two governments or
// agencies before it in its sentence ("A and B signed a … plan").
func (d *doc) signedJointly(s, i, end int) bool {
	if !d.signedNear(s, end) {
		return false
	}
	if d.jointIn(s, i) || d.partiesFollow(end) {
		return true
	}
	sent := d.toks[s].sent
	seen := map[string]bool{}
	for k := s - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if ps, n := d.g.lookup(d.toks, k); n > 0 && k+n <= s && len(ps) > 0 {
			if pk := ps[0]; pk.kind == kEntity && pk.entry.typ == schema.Government || pk.kind == kMetonym {
				seen[pk.entry.country] = true
			}
		}
	}
	return len(seen) >= 2
}

// jointIn reports whether "joint" is among the tokens s..e.
func (d *doc) jointIn(s, e int) bool {
	for k := s; k < e; k++ {
		if key := d.toks[k].key; key == "joint" || key == "binational" || key == "bilateral" || key == "trilateral" {
			return true
		}
	}
	return false
}

// signedNear reports whether a sign verb ("signed", "agreed") stands in
// the same sentence as the agreement mention s..end, before it or just
// after it.
func (d *doc) signedNear(s, end int) bool {
	sent := d.toks[s].sent
	for k := s - 1; k >= 0 && k >= s-12 && d.toks[k].sent == sent; k-- {
		if signVerbs[d.toks[k].key] {
			return true
		}
	}
	for k := end; k < len(d.toks) && k < end+4 && d.toks[k].sent == sent; k++ {
		if signVerbs[d.toks[k].key] {
			return true
		}
	}
	return false
}

// partiesFollow reports whether the words after an agreement head at end
// name its parties: "between A and B", "signed with B", "reached with B".
func (d *doc) partiesFollow(end int) bool {
	for k := end; k < len(d.toks) && k < end+6 && !d.toks[k].brk; k++ {
		switch key := d.toks[k].key; {
		case key == "between" || key == "with":
			return k+1 < len(d.toks) && d.toks[k+1].cap
		case signVerbs[key] || key == "in" || key == "last" || key == "that" || key == "which" || key == "was" ||
			key == "were" || key == "earlier" || key == "previously" || key == "by":
		case calendarWords[key] || key != "" && key[0] >= '0' && key[0] <= '9':
		default:
			return false
		}
	}
	return false
}

// personBeforeOf reports whether the capitalised run ending just before
// the "of" at token p is a person's name ("Analyst Ana Ruiz of Lantia
// Consultores"): it starts with a known given name.
func (d *doc) personBeforeOf(p int) bool {
	k := p - 1
	for k > 0 && d.capWord(k-1) && !d.toks[k].brk && p-k < 4 {
		k--
	}
	if k >= 4 && d.toks[k-1].key == ")" && d.toks[k-3].key == "(" && d.g.given[d.toks[k-4].key] != 0 {
		return true // "Antonio (Tony) Reyes and …": a surname after a nickname (parenNicknamed)
	}
	for ; k < p; k++ {
		if d.g.given[d.toks[k].key] != 0 && k+1 < p && d.capWord(k+1) {
			return true
		}
		// "Attorney General Nadia Baptiste and Police …": a titled name
		if titleHeads[d.toks[k].key] && k+1 < p && d.capWord(k+1) && !titleHeads[d.toks[k+1].key] && !agencyHeads[d.toks[k+1].key] {
			return true
		}
	}
	return false
}

// yearKey reports whether key is a year from 1800 to 2099.
func yearKey(key string) bool {
	if len(key) != 4 || !(strings.HasPrefix(key, "18") || strings.HasPrefix(key, "19") || strings.HasPrefix(key, "20")) {
		return false
	}
	for _, r := range key {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// titleList extends a treaty title ending at e over a list of capitalised
// nouns ", B, C, and Other D" closed by "and"; it returns e when no such
// list follows. Known names (countries, bodies) are not title words.
func (d *doc) titleList(e int) int {
	return d.subjectList(e, false)
}

// subjectList is titleList; with known, a name the gazetteer knows may be
// an item ("Subcommittee on Oceans, Fisheries and Coast Guard"), and "&"
// closes the list as "and" does ("Agriculture, Nutrition & Forestry").
func (d *doc) subjectList(e int, known bool) int {
	j := e
	for n := 0; n < 8 && j+1 < len(d.toks) && !d.toks[j].brk; n++ {
		and := false
		if d.toks[j].key == "," {
			j++
		}
		if j < len(d.toks) && (d.toks[j].key == "and" || known && d.toks[j].key == "&") {
			and = true
			j++
		}
		// "and Other Related Materials": a capitalised function word
		// may open the closing item
		if j >= len(d.toks) || !d.capWord(j) && !(and && d.toks[j].cap && d.toks[j].kind == tWord) || d.toks[j].brk || j == e {
			return e
		}
		if ps, n := d.g.lookup(d.toks, j); !known && n > 0 && len(ps) > 0 && ps[0].kind != kIgnore {
			return e
		}
		j = d.titleItemEnd(j) // "and Global Widows’s Issues": a possessive inside an item
		if and {
			return j
		}
		if j >= len(d.toks) || d.toks[j].key != "," && d.toks[j].key != "and" && !(known && d.toks[j].key == "&") {
			return e
		}
	}
	return e
}
