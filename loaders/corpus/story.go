package corpus

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// story is the cast and setting of one article. Its methods write the
// article's paragraphs; alternatives that name entities are chosen with a
// switch, never by evaluating every alternative, so that the gold records
// only what is written.
type story struct {
	*builder
	F       *country // the country the story is about
	us      *country
	C, C2   *entity // the criminal group the story is about, and a rival (may be nil)
	place   string  // where it happened
	on      string  // "on Tuesday"
	drug    string
	kind    int      // index into kinds
	topics  []string // of the context sentences that fill out paragraphs
	holders map[string]*entity
}

// kinds of story, with their weights.
var kinds = []struct {
	name   string
	weight int
	write  func(*story, time.Time)
	topics []string
}{
	{"seizure", 6, (*story).seizure, []string{"operation", "operation", "background"}},
	{"capture", 4, (*story).capture, []string{"operation", "background"}},
	{"extradition", 4, (*story).extradition, []string{"extradition", "extradition", "background"}},
	{"sanctions", 4, (*story).sanctions, []string{"money", "money", "background"}},
	{"agreement", 4, (*story).agreementStory, []string{"diplomacy", "diplomacy", "background"}},
	{"violence", 5, (*story).violence, []string{"violence", "violence", "background"}},
	{"trial", 3, (*story).trial, []string{"court", "court", "background"}},
	{"hearing", 2, (*story).hearing, []string{"hearing", "hearing", "background"}},
	{"summit", 2, (*story).summit, []string{"diplomacy", "background"}},
	{"report", 2, (*story).report, []string{"report", "report", "background"}},
}

// Article sizes: paragraphs are added until the text reaches a target
// drawn from [minTarget, maxTarget), within maxParas body paragraphs.
const (
	minTarget = 3000
	maxTarget = 3900
	maxParas  = 8
)

var weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// newStory casts an article: its country, groups, place, drug and kind.
func newStory(b *builder) *story {
	w := b.w
	s := &story{builder: b, us: w.us, holders: map[string]*entity{}}
	b.pad = s.pad
	s.F = w.pickFocus(b.r)
	groups := s.F.Cartels
	if len(groups) == 0 {
		groups = w.transnational
	}
	s.C = groups[zipf(b.r, len(groups), 1.1)]
	if len(groups) > 1 && b.chance(0.7) {
		for range 4 {
			if c := groups[zipf(b.r, len(groups), 1.1)]; c != s.C {
				s.C2 = c
				break
			}
		}
	}
	if len(s.F.Places) > 0 {
		s.place = s.F.Places[zipf(b.r, len(s.F.Places), 0.8)]
	} else {
		s.place = "the " + pick(b.r, "northern", "southern", "eastern", "western") + " " + pick(b.r, "border region", "coast", "highlands", "port city")
	}
	s.on = "on " + weekdays[b.event.Weekday()]
	switch s.F.Name {
	case "Mexico":
		s.drug = pick(b.r, "fentanyl", "fentanyl", "methamphetamine", "cocaine")
	case "Canada":
		s.drug = pick(b.r, "fentanyl", "methamphetamine")
	case "Brazil", "Paraguay":
		s.drug = pick(b.r, "cocaine", "cocaine", "marijuana")
	default:
		s.drug = "cocaine"
	}
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	x := b.r.IntN(total)
	for i, k := range kinds {
		if x < k.weight {
			s.kind, s.topics = i, k.topics
			break
		}
		x -= k.weight
	}
	return s
}

// write writes the article: the story's own paragraphs, then background
// paragraphs until it is long enough.
func (s *story) write(pub time.Time) {
	kinds[s.kind].write(s, pub)
	target := minTarget + s.r.IntN(maxTarget-minTarget)
	done := make([]bool, len(fillers))
	// a first pass takes each filler with its own probability, a second
	// any that is left
	for pass := range 2 {
		for _, i := range s.r.Perm(len(fillers)) {
			if s.text.Len() >= target || s.paras >= maxParas {
				return
			}
			if done[i] || pass == 0 && s.r.Float64() >= fillers[i].p {
				continue
			}
			done[i] = true
			fillers[i].write(s)
		}
	}
}

func (s *story) agency(kind string) *entity {
	k := s.F
	if a := k.agencies[kind]; a != nil {
		return a
	}
	return k.agencies["police"]
}

func (s *story) org(name string) *entity {
	e := s.w.orgs[name]
	if e == nil {
		panic("corpus: the gazetteer has no " + name) // newWorld checks every name stories use
	}
	return e
}

// post returns the holder of office key on the event day, with the
// office's title.
func (s *story) post(key string) post {
	o := s.w.offices[key]
	if o == nil {
		panic("corpus: no office " + key) // a typo in a story; the tests write every kind
	}
	p := s.holders[key]
	if p == nil && strings.HasSuffix(key, "|head") {
		// no president in people.tsv holds office now: a prime minister does
		if pm := s.w.offices[strings.TrimSuffix(key, "head")+"pm"]; pm != nil && s.w.holder(o, s.event).Country == nil {
			if h := s.w.holder(pm, s.event); h.Country != nil {
				o = pm
			}
		}
	}
	if p == nil {
		p = s.w.holder(o, s.event)
		if p.Country == nil { // invented: a copy of its own in this article
			p.Country = s.F
			if s.used[p.Short] || s.used[strings.Fields(p.Name)[0]] {
				p.Short = "" // a namesake is in the article: always the full name
			} else {
				s.used[p.Short] = true
				s.used[strings.Fields(p.Name)[0]] = true
			}
		}
		s.holders[key] = p
	}
	ps := post{p: p, title: o.title, cap: o.cap, org: o.org, prep: "of"}
	switch {
	case strings.HasPrefix(key, "R|"), strings.HasPrefix(key, "H|"):
		ps.prep = "at"
	case o.title == "spokesperson":
		ps.prep = "for"
	case o.title == "prosecutor":
		ps.prep = "with"
	case strings.HasPrefix(key, "C|"):
		ps.title = "alleged leader"
	case strings.HasSuffix(key, "|ambassador"):
		ps.cap = "Ambassador"
	}
	return ps
}

// newcomer invents a person of the long tail, from country k.
func (s *story) newcomer(k *country) *entity {
	return s.w.person(s.r, k.Naming, s.used, k)
}

// analyst is a researcher of a think tank, NGO or UN body.
func (s *story) analyst() post {
	e := s.w.research[zipf(s.r, len(s.w.research), 1)]
	return s.post("R|" + e.Name + "|" + strconv.Itoa(s.r.IntN(3)))
}

// withAcronym names an organisation the first time as "the Drug
// Enforcement Administration (DEA)" (or plainly).
func (s *story) withAcronym(e *entity) string {
	if s.known(e) || e.Short == "" || strings.Contains(e.Short, " ") || s.chance(0.4) {
		return s.ref(e)
	}
	t := s.refFull(e) + " (" + e.Short + ")"
	s.mention(e, e.Short)
	return t
}

// he and his are p's pronouns.
func he(p *entity) string {
	if p.Female {
		return "she"
	}
	return "he"
}

func his(p *entity) string {
	if p.Female {
		return "her"
	}
	return "his"
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// num writes n as AP style does: words below ten.
func num(n int) string {
	if n >= 0 && n < 10 {
		return smallNumbers[n]
	}
	if n >= 1000 {
		return fmt.Sprintf("%d,%03d", n/1000, n%1000)
	}
	return strconv.Itoa(n)
}

func (s *story) n(lo, hi int) int { return lo + s.r.IntN(hi-lo+1) }

// amount is a quantity of the story's drug.
func (s *story) amount() string {
	switch s.drug {
	case "fentanyl", "methamphetamine":
		if s.drug == "fentanyl" && s.chance(0.4) {
			return num(s.n(2, 9)) + " million fentanyl pills"
		}
		return strconv.Itoa(s.n(12, 900)) + " kilograms of " + s.drug
	default:
		if s.chance(0.5) {
			return fmt.Sprintf("%d.%d tons of %s", s.n(1, 9), s.n(1, 9), s.drug)
		}
		return num(s.n(150, 4800)) + " kilograms of " + s.drug
	}
}

// monthsAgo names a month before the event: "in February 2024".
func (s *story) monthsAgo(lo, hi int) string {
	return "in " + s.event.AddDate(0, -s.n(lo, hi), 0).Format("January 2006")
}

func (s *story) yearsAgo(lo, hi int) string { return strconv.Itoa(s.event.Year() - s.n(lo, hi)) }

func (s *story) dash() string {
	if !s.curly && s.chance(0.5) {
		return " -- "
	}
	return " — "
}

// opening writes the headline and the date, and returns the dateline that
// starts the first paragraph.
func (s *story) opening(headline string, pub time.Time, city string) string {
	if city == "" {
		city = s.F.Dateline
	}
	if s.chance(0.3) {
		headline = headlineCase(headline)
	}
	s.line(capFirst(headline))
	// the body names everyone in full again, as newspapers do
	clear(s.named)
	switch s.r.IntN(4) {
	case 0: // the date in the dateline
		return city + ", " + pub.Format("Jan. 2, 2006") + s.dash()
	case 1:
		s.line(pub.Format("January 2, 2006"))
	case 2:
		s.line("Published " + pub.Format("2 January 2006"))
	default:
		k := s.F
		if s.chance(0.5) {
			k = s.us
		}
		s.line("By " + s.full(s.newcomer(k)) + " | " + pub.Format("January 2, 2006"))
	}
	if s.chance(0.3) {
		return city + " (" + s.full(s.w.outlets[s.r.IntN(len(s.w.outlets))]) + ")" + s.dash()
	}
	return city + s.dash()
}

// headlineCase capitalises every word of a headline but the short ones.
func headlineCase(h string) string {
	words := strings.Fields(h)
	for i, w := range words {
		switch w {
		case "a", "an", "and", "the", "of", "in", "on", "to", "for", "at", "by", "da", "de", "del", "do", "e":
			if i > 0 {
				continue
			}
		}
		words[i] = capFirst(w)
	}
	return strings.Join(words, " ")
}

// lede writes the dateline paragraph's first sentence.
func (s *story) lede(prefix, sentence string) {
	s.say(prefix + capFirst(sentence))
}

// who names an official before "said".
func (s *story) who(ps post) string { return s.intro(ps).subj() }

// fixApos puts the last sentence's apostrophes in the article's style.
func (s *story) fixApos() {
	last := &s.para[len(s.para)-1]
	if s.curly {
		*last = strings.ReplaceAll(*last, "'", "’")
	} else {
		*last = strings.ReplaceAll(*last, "’", "'")
	}
}

// --- stories

func (s *story) seizure(pub time.Time) {
	ag := s.agency(pick(s.r, "police", "navy", "army", "police"))
	sec := s.post(s.F.Name + "|security")
	var h string
	switch s.r.IntN(3) {
	case 0:
		h = s.bare(s.F.gov) + " seizes " + s.amount() + " in " + s.place
	case 1:
		h = s.bare(ag) + " dismantles " + s.drug + " lab linked to " + s.bare(s.C)
	default:
		h = "Security forces seize " + s.drug + " bound for Europe in " + s.bare(s.F.gov)
	}
	pre := s.opening(h, pub, "")
	what := pick(s.r, "a clandestine laboratory", "a warehouse", "a fishing boat", "a shipping container", "a ranch", "two trucks")
	switch s.r.IntN(3) {
	case 0:
		s.lede(pre, s.withAcronym(ag)+" seized "+s.amount()+" "+s.on+" in "+what+" in "+s.place+" that officials said belonged to "+s.ref(s.C))
	case 1:
		s.lede(pre, s.withAcronym(ag)+" raided "+what+" in "+s.place+" "+s.on+" and seized "+s.amount()+" belonging to "+s.ref(s.C)+", "+s.who(sec)+" said")
	default:
		s.lede(pre, "Security forces in "+s.ref(s.F.gov)+" seized "+s.amount()+" "+s.on+", and "+s.withAcronym(ag)+" said the shipment belonged to "+s.ref(s.C))
	}
	s.rel(ag, "seized", s.C, true)
	switch s.r.IntN(3) {
	case 0:
		s.say("It was one of the largest seizures in the country this year")
	case 1:
		s.say("Officials said the drugs were bound for " + pick(s.r, "ports on the Pacific coast", "the northern border", "Europe", "Central America"))
	default:
		s.say("The haul had an estimated street value of more than $" + num(s.n(10, 400)) + " million")
	}
	s.endPara()

	s.quote(sec, s.says(pick(s.r, "raid", "crackdown"), 1+s.r.IntN(2))...)
	s.endPara()

	n := s.n(2, 14)
	sus := s.newcomer(s.F)
	desc := pick(s.r, "regional operator", "logistics chief", "plaza boss", "chemist")
	s.say(s.ref(ag) + " arrested " + num(n) + " people at the site, including " + s.full(sus) + ", whom " + pick(s.r, "prosecutors", "investigators", "officials") + " described as a " + desc + " for " + s.ref(s.C))
	s.role(sus, desc, s.C, false)
	s.rel(ag, "arrested", sus, true)
	s.rel(sus, "memberOf", s.C, false)
	s.say("The suspects were handed over to " + s.ref(s.agency("prosecutor")) + ", which " + pick(s.r, "opened an investigation", "is expected to file charges", "said they would be charged with drug trafficking"))
	s.endPara()

	dea := s.org("Drug Enforcement Administration")
	switch s.r.IntN(3) {
	case 0:
		s.say(s.withAcronym(dea) + " provided intelligence for the operation")
	case 1:
		s.say(s.withAcronym(dea) + " shared information that led to the raid")
	default:
		s.say(s.withAcronym(dea) + " has worked with " + s.ref(ag) + " for years")
	}
	s.rel(dea, "cooperatesWith", ag, false)
	s.quote(s.post(pick(s.r, "US|dea-spokes", "US|dea", s.F.Name+"|ambassador")), s.says("cooperation", 1)...)
	s.endPara()
}

func (s *story) capture(pub time.Time) {
	ag := s.agency(pick(s.r, "police", "army", "navy"))
	boss := s.post("C|" + s.C.Name)
	sec := s.post(s.F.Name + "|" + pick(s.r, "security", "defense", "ag", "police"))
	var h string
	switch s.r.IntN(3) {
	case 0:
		h = s.bare(s.F.gov) + " captures alleged " + s.bare(s.C) + " leader in " + s.place
	case 1:
		h = "Alleged " + s.bare(s.C) + " boss arrested in " + s.bare(s.F.gov)
	default:
		h = s.bare(ag) + " arrests leader of " + s.bare(s.C)
	}
	pre := s.opening(h, pub, "")
	s.lede(pre, s.withAcronym(ag)+" captured "+s.intro(boss).subj()+" in "+s.place+" "+s.on+", "+s.who(sec)+" said")
	s.rel(ag, "arrested", boss.p, true)
	s.rel(boss.p, "leads", s.C, false)
	s.say(pick(s.r, he(boss.p)+" was detained without a shot being fired", he(boss.p)+" was arrested at a house where "+he(boss.p)+" had been hiding for weeks", "Two of "+his(boss.p)+" bodyguards were also detained"))
	s.endPara()

	qs := s.says("raid", 1)
	s.quote(sec, append(qs, s.says("crackdown", 1)...)...)
	s.endPara()

	s.say(s.ref(boss.p) + " had been indicted in " + s.ref(s.us.gov) + " on drug trafficking charges, and " + s.withAcronym(s.org("Department of State")) + " had offered a reward of up to $" + strconv.Itoa(s.n(1, 15)) + " million for information leading to " + his(boss.p) + " arrest")
	s.rel(s.us.gov, "charged", boss.p, false)
	if s.chance(0.5) {
		s.say("Officials did not say whether " + s.ref(s.F.gov) + " would extradite " + map[bool]string{true: "her", false: "him"}[boss.p.Female])
	} else {
		s.say(pick(s.r, "It was not clear whether", "Officials would not say whether") + " " + he(boss.p) + " would be extradited")
	}
	s.endPara()

	s.quote(s.analyst(), s.says("analysis", 1+s.r.IntN(2))...)
	s.endPara()
}

func (s *story) extradition(pub time.Time) {
	sus := s.newcomer(s.F)
	city := pick(s.r, s.w.usCourts...)
	src := s.post(s.F.Name + "|" + pick(s.r, "ag", "foreign", "security"))
	var h string
	if s.chance(0.5) {
		h = s.bare(s.F.gov) + " extradites alleged " + s.bare(s.C) + " figure to " + s.bare(s.us.gov)
	} else {
		h = s.bare(sus) + " extradited to " + s.bare(s.us.gov) + " to face drug charges"
	}
	pre := s.opening(h, pub, "")
	desc := pick(s.r, "alleged senior member", "suspected financial operator", "alleged plaza boss")
	s.role(sus, desc, s.C, false)
	s.lede(pre, s.ref(s.F.gov)+" extradited "+s.ref(sus)+", "+aOrAn(desc)+" "+desc+" "+map[bool]string{true: "for", false: "of"}[strings.Contains(desc, "operator")]+" "+s.ref(s.C)+", to "+s.ref(s.us.gov)+" "+s.on+", where "+he(sus)+" faces drug trafficking charges in federal court in "+city+", "+s.who(src)+" said")
	s.rel(s.F.gov, "extradited", sus, true)
	s.rel(sus, "memberOf", s.C, false)
	switch s.r.IntN(3) {
	case 0:
		s.say(he(sus) + " was flown out under heavy guard")
	case 1:
		s.say(he(sus) + " was handed over to American agents at the airport")
	default:
		s.say("It was the " + pick(s.r, "third", "fifth", "seventh", "ninth") + " extradition from the country this year")
	}
	s.endPara()

	doj := s.org("Department of Justice")
	s.say(s.withAcronym(doj) + " said " + s.ref(sus) + " had been charged with conspiracy to import " + s.drug + " into " + s.ref(s.us.gov))
	s.rel(doj, "charged", sus, false)
	s.quote(s.post(pick(s.r, "US|ag", "US|dea", "US|dea-spokes")), s.says("justice", 1+s.r.IntN(2))...)
	s.endPara()

	s.quote(src, s.says(pick(s.r, "cooperation", "sovereignty", "crackdown"), 1+s.r.IntN(2))...)
	s.endPara()

	lawyer := s.newcomer(s.F)
	s.say(s.ref(sus) + pick(s.r, " denies the charges", " has pleaded not guilty", " has not entered a plea"))
	m, g := s.quoted(s.w.quoteOf(s.builder, "defense"), false)
	s.say(capFirst(his(sus)) + " lawyer, " + s.full(lawyer) + ", said: " + m)
	s.statement(lawyer, g)
	s.endPara()
}

func (s *story) sanctions(pub time.Time) {
	ofac := s.org("Office of Foreign Assets Control")
	tre := s.org("Department of the Treasury")
	var h string
	if s.chance(0.5) {
		h = s.bare(s.us.gov) + " sanctions " + num(s.n(3, 12)) + " people linked to " + s.bare(s.C)
	} else {
		h = s.bare(tre) + " targets " + s.bare(s.C) + " money launderers in " + s.bare(s.F.gov)
	}
	pre := s.opening(h, pub, "WASHINGTON")
	n := s.n(3, 12)
	s.lede(pre, s.ref(tre)+" said "+s.on+" that "+s.withAcronym(ofac)+" had sanctioned "+num(n)+" people and "+num(s.n(2, 9))+" companies that it said laundered money for "+s.ref(s.C)+" in "+s.ref(s.F.gov))
	s.rel(ofac, "sanctioned", s.C, true)
	s.endPara()

	p1, p2 := s.newcomer(s.F), s.newcomer(s.F)
	s.say("Among those sanctioned were " + s.full(p1) + ", whom the department described as the group's " + pick(s.r, "chief financial operator", "main money launderer", "accountant") + ", and " + s.full(p2) + ", a " + pick(s.r, "businessman", "lawyer", "currency broker", "real estate developer") + " who " + pick(s.r, "owns a chain of exchange houses", "ran front companies for the group", "bought property with the group's money"))
	s.fixApos()
	s.rel(ofac, "sanctioned", p1, true)
	s.rel(ofac, "sanctioned", p2, true)
	s.rel(p1, "memberOf", s.C, false)
	s.say("The sanctions freeze any assets they hold in " + s.ref(s.us.gov) + " and bar Americans from doing business with them")
	s.endPara()

	s.quote(s.post(pick(s.r, "US|treasury", "US|spokes|Department of the Treasury", "US|spokes|Office of Foreign Assets Control")), s.says("sanctions", 1+s.r.IntN(2))...)
	s.endPara()

	st := s.org("Department of State")
	s.say(s.withAcronym(st) + " designated " + s.ref(s.C) + " a foreign terrorist organization " + s.monthsAgo(3, 20) + ", a step that " + pick(s.r, "lets prosecutors charge anyone who gives the group material support", "critics said could open the way to military action", "the group's rivals have not faced"))
	s.fixApos()
	s.rel(st, "designated", s.C, false)
	s.endPara()

	fm := s.post(s.F.Name + "|foreign")
	if s.chance(0.5) {
		s.say(s.who(fm) + " said the government " + pick(s.r, "had not been consulted", "would review the list", "welcomed the measures"))
		s.quote(fm, s.says(pick(s.r, "sovereignty", "cooperation"), 1)...)
	} else {
		s.quote(fm, s.says(pick(s.r, "sovereignty", "cooperation"), 2)...)
	}
	s.endPara()
}

// genericDeals are agreements named by what they are; the gold names them
// as written.
var genericDeals = []string{"security cooperation agreement", "extradition treaty", "memorandum of understanding on border security",
	"intelligence-sharing agreement", "maritime interdiction agreement", "agreement on firearms trafficking", "mutual legal assistance treaty"}

// deal is an agreement between F and the United States: a named one of the
// gazetteer or a generic one.
func (s *story) deal() *entity {
	var named []*entity
	for _, a := range s.w.agrs {
		for _, p := range a.Parties {
			if p == s.F {
				named = append(named, a)
			}
		}
	}
	if len(named) > 0 && s.chance(0.35) {
		return named[s.r.IntN(len(named))]
	}
	return &entity{Name: pick(s.r, genericDeals...), Type: schema.Agreement, The: true}
}

// aOrAn is the indefinite article before word.
func aOrAn(word string) string {
	if strings.IndexByte("aeiou", word[0]) >= 0 {
		return "an"
	}
	return "a"
}

func (s *story) agreementStory(pub time.Time) {
	d := s.deal()
	fm := s.post(s.F.Name + "|foreign")
	sos := s.post("US|state")
	generic := d.Parties == nil
	var h string
	if generic {
		h = s.bare(s.F.gov) + " and " + s.bare(s.us.gov) + " sign " + d.Name
		s.mention(d, d.Name)
	} else {
		h = s.bare(s.F.gov) + " and " + s.bare(s.us.gov) + " expand " + s.bare(d)
	}
	city := s.F.Dateline
	if s.chance(0.4) {
		city = "WASHINGTON"
	}
	pre := s.opening(h, pub, city)
	if generic {
		s.lede(pre, s.ref(s.F.gov)+" and "+s.ref(s.us.gov)+" signed "+pick(s.r, aOrAn(d.Name)+" ", "a new ")+d.Name+" "+s.on+" that commits both governments to "+pick(s.r, "share intelligence on criminal groups", "speed up extraditions", "trace weapons smuggled across the border", "joint patrols at sea"))
		s.mention(d, d.Name)
		s.rel(s.F.gov, "signed", d, true)
		s.rel(s.us.gov, "signed", d, true)
	} else {
		s.lede(pre, s.ref(s.F.gov)+" and "+s.ref(s.us.gov)+" agreed "+s.on+" to expand "+s.refFull(d)+", adding money for "+pick(s.r, "port security", "police training", "border surveillance", "prosecutors"))
		s.rel(s.us.gov, "supports", d, false)
	}
	s.agreement(d, s.F.gov, s.us.gov)
	s.say("The " + pick(s.r, "deal", "agreement", "accord") + " was " + pick(s.r, "announced", "signed", "presented") + " after " + s.who(fm) + " met with " + s.who(sos) + " in " + pick(s.r, "Washington", s.F.Capital))
	s.rel(fm.p, "metWith", sos.p, true)
	s.endPara()

	s.quote(fm, s.says("cooperation", 1+s.r.IntN(2))...)
	s.endPara()
	s.quote(sos, s.says(pick(s.r, "cooperation", "diplomacy"), 1+s.r.IntN(2))...)
	s.endPara()

	s.say("The " + pick(s.r, "agreement", "deal") + " names " + s.ref(s.C) + " among the groups both governments will target")
	if s.C2 != nil {
		s.say("It also covers " + s.ref(s.C2) + ", officials said")
	}
	s.endPara()
}

func (s *story) violence(pub time.Time) {
	pol := s.agency("police")
	army := s.agency("army")
	n := s.n(2, 14)
	victims := pick(s.r, "police officers", "soldiers", "people")
	var h string
	switch s.r.IntN(3) {
	case 0:
		h = "Gunmen kill " + num(n) + " " + victims + " in " + s.place
	case 1:
		h = s.bare(s.C) + " blamed for deadly attack in " + s.place
	default:
		h = s.bare(s.F.gov) + " sends troops to " + s.place + " after attack"
	}
	pre := s.opening(h, pub, "")
	target := pol
	if victims == "soldiers" {
		target = army
	}
	sec := s.post(s.F.Name + "|" + pick(s.r, "security", "security", "police-spokes"))
	s.lede(pre, "Gunmen "+pick(s.r, "from ", "believed to belong to ")+s.ref(s.C)+" "+pick(s.r, "ambushed", "attacked")+" a "+pick(s.r, "patrol", "convoy", "checkpoint")+" of "+s.ref(target)+" in "+s.place+" "+s.on+", killing "+num(n)+" "+victims+", "+s.who(sec)+" said")
	s.rel(s.C, "attacked", target, true)
	s.endPara()

	s.quote(sec, s.says("violence", 1+s.r.IntN(2))...)
	s.say(s.ref(s.F.gov) + " sent " + num(s.n(2, 30)*100) + " troops of " + s.ref(army) + " to the area")
	s.rel(army, "deployedAgainst", s.C, true)
	s.endPara()

	if s.C2 != nil {
		s.say(pick(s.r, "The attack came amid a war between ", "The region has been torn by fighting between ") + s.ref(s.C) + " and " + s.ref(s.C2) + " over " + pick(s.r, "drug routes", "extortion rackets", "control of the ports", "illegal mining"))
		s.rel(s.C, "attacked", s.C2, false)
		s.say(pick(s.r, "More than "+num(s.n(2, 19)*100)+" people have been killed in the area this year", "Thousands of residents have fled their homes"))
		s.endPara()
	}

	res := s.newcomer(s.F)
	s.say(pick(s.r, "Residents", "People in the town", "Shopkeepers") + " said they " + pick(s.r, "feared reprisals", "had stopped going out at night", "had heard gunfire for hours"))
	m, g := s.quoted(s.w.quoteOf(s.builder, "victims"), true)
	s.say(m + " said " + s.full(res) + ", " + pick(s.r, "a shopkeeper", "a teacher", "a farmer", "a taxi driver", "a nurse") + " in " + s.place + ".")
	s.statement(res, g)
	s.endPara()
}

func (s *story) trial(pub time.Time) {
	sus := s.newcomer(s.F)
	city := pick(s.r, s.w.usCourts...)
	years := s.n(8, 40)
	var h string
	if s.chance(0.5) {
		h = s.bare(sus) + " sentenced to " + strconv.Itoa(years) + " years in prison in " + s.bare(s.us.gov)
	} else {
		h = "Alleged " + s.bare(s.C) + " trafficker sentenced in " + city
	}
	pre := s.opening(h, pub, strings.ToUpper(city))
	desc := pick(s.r, "former commander", "alleged member", "longtime operator")
	s.role(sus, desc, s.C, strings.HasPrefix(desc, "former"))
	s.lede(pre, "A federal judge in "+city+" sentenced "+s.ref(sus)+", "+aOrAn(desc)+" "+desc+" "+map[bool]string{true: "for", false: "of"}[strings.Contains(desc, "operator")]+" "+s.ref(s.C)+", to "+num(years)+" years in prison "+s.on+" for conspiring to import "+s.drug+" into "+s.ref(s.us.gov))
	s.rel(s.us.gov, "convicted", sus, true)
	s.rel(sus, "memberOf", s.C, false)
	s.endPara()

	doj := s.org("Department of Justice")
	s.say(s.ref(sus) + " " + pick(s.r, "pleaded guilty last year", "was convicted by a jury", "was found guilty on all counts") + ", " + s.withAcronym(doj) + " said")
	s.quote(s.post(pick(s.r, "US|ag", "US|dea", "US|fbi")), s.says("justice", 1+s.r.IntN(2))...)
	s.endPara()

	s.say(s.ref(sus) + " was extradited from " + s.ref(s.F.gov) + " in " + s.yearsAgo(1, 4))
	s.rel(s.F.gov, "extradited", sus, false)
	lawyer := s.newcomer(s.us)
	s.say(capFirst(his(sus)) + " lawyer, " + s.full(lawyer) + ", said " + he(lawyer) + " would appeal")
	m, g := s.quoted(s.w.quoteOf(s.builder, "defense"), true)
	s.say(m + " " + s.ref(lawyer) + " said.")
	s.statement(lawyer, g)
	s.endPara()
}

func (s *story) hearing(pub time.Time) {
	com := s.w.committee[s.r.IntN(len(s.w.committee))]
	off := s.post(pick(s.r, "US|dea", "US|state", "US|homeland", "US|fbi", "US|U.S. Southern Command"))
	var h string
	if s.chance(0.5) {
		h = s.bare(off.p) + " warns lawmakers about " + s.bare(s.C)
	} else {
		h = "Lawmakers press officials on " + s.bare(s.C) + " and " + s.bare(s.F.gov)
	}
	pre := s.opening(h, pub, "WASHINGTON")
	var claim string
	switch s.r.IntN(3) {
	case 0:
		claim = "had become the main supplier of " + s.drug + " to " + s.ref(s.us.gov)
	case 1:
		claim = "was expanding its operations in " + s.ref(s.F.gov)
	default:
		claim = "posed a direct threat to national security"
	}
	s.lede(pre, s.who(off)+" testified before "+s.refFull(com)+" "+s.on+", telling lawmakers that "+s.ref(s.C)+" "+claim)
	s.rel(off.p, "testifiedBefore", com, true)
	s.endPara()

	s.quote(off, s.says(pick(s.r, "crackdown", "cooperation", "sanctions"), 2)...)
	s.endPara()

	sen := s.newcomer(s.us)
	s.say("Sen. " + s.full(sen) + ", a " + pick(s.r, "Republican", "Democrat") + " from " + pick(s.r, "Texas", "Florida", "Arizona", "California") + ", " + pick(s.r, "asked why", "questioned whether", "pressed officials on why") + " " + s.ref(s.F.gov) + " " + pick(s.r, "had not extradited more suspects", "was not doing more", "had rejected joint operations"))
	s.role(sen, "senator", &entity{Name: "U.S. Senate"}, false)
	s.quote(post{p: sen}, s.says(pick(s.r, "general", "criticism"), 1)...)
	s.endPara()
}

func (s *story) summit(pub time.Time) {
	var others []*country
	for _, k := range s.w.focus[:12] {
		if k != s.F && len(others) < 2 && s.chance(0.25) {
			others = append(others, k)
		}
	}
	if len(others) == 0 {
		k := s.w.focus[0]
		if s.F == k {
			k = s.w.focus[1]
		}
		others = append(others, k)
	}
	h := "Regional ministers pledge joint action against " + pick(s.r, "cartels", "gangs", "drug trafficking") + " at " + s.F.Capital + " meeting"
	pre := s.opening(h, pub, "")
	parties := []*entity{s.F.gov}
	for _, k := range others {
		parties = append(parties, k.gov)
	}
	parties = append(parties, s.us.gov)
	var names []string
	for _, p := range parties {
		names = append(names, s.ref(p))
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	d := &entity{Name: pick(s.r, "regional security agreement", "regional security pact", "joint security plan"), Type: schema.Agreement, The: true}
	s.lede(pre, "Security ministers from "+list+" met in "+s.F.Capital+" "+s.on+" and signed a "+d.Name+" under which they will "+pick(s.r, "share intelligence", "coordinate operations", "trace weapons", "share prison records"))
	s.mention(d, d.Name)
	s.agreement(d, parties...)
	for i, a := range parties {
		s.rel(a, "signed", d, true)
		for _, b := range parties[i+1:] {
			s.rel(a, "metWith", b, true)
		}
	}
	s.endPara()

	s.quote(s.post(s.F.Name+"|security"), s.says("cooperation", 1+s.r.IntN(2))...)
	s.endPara()
	s.quote(s.post(others[0].Name+"|security"), s.says(pick(s.r, "cooperation", "violence"), 1+s.r.IntN(2))...)
	s.endPara()
	s.say("Officials said " + s.ref(s.C) + " was the main target of the new effort")
	s.endPara()
}

func (s *story) report(pub time.Time) {
	org := s.w.research[s.r.IntN(len(s.w.research))]
	h := s.bare(org) + " report finds " + pick(s.r, "cocaine production at record high", "gang violence spreading", "drug trade shifting") + " in " + s.bare(s.F.gov)
	pre := s.opening(h, pub, "")
	s.lede(pre, s.ref(org)+" said in a report published "+s.on+" that "+s.ref(s.C)+" "+pick(s.r, "had expanded into at least "+num(s.n(3, 9))+" new provinces", "now controls most of the trafficking routes in the country", "was recruiting more minors than ever"))
	s.say("The report, based on " + pick(s.r, "two years of field research", "interviews with more than 100 officials", "court records and seizure data") + ", " + pick(s.r, "warns", "says", "concludes") + " that " + pick(s.r, "arrests alone will not stop the group", "corruption in the ports is the main problem", "violence will rise as the group fragments"))
	s.endPara()

	an := s.post("R|" + org.Name + "|" + strconv.Itoa(s.r.IntN(3)))
	s.quote(an, s.says("analysis", 2)...)
	s.endPara()

	sec := s.post(s.F.Name + "|security")
	s.say(s.who(sec) + " " + pick(s.r, "rejected the report's findings", "dismissed the report", "said the report ignored recent arrests"))
	s.fixApos()
	s.rel(sec.p, "rejected", org, true)
	s.quote(sec, s.says(pick(s.r, "crackdown", "general"), 1)...)
	s.endPara()
}

// --- fillers: paragraphs any story may add; each returns false when it
// does not fit the article and wrote nothing.

var fillers = []struct {
	write func(*story) bool
	p     float64 // chance of being taken in the first pass
}{
	{(*story).fillAnalyst, 0.9},
	{(*story).fillBackground, 0.8},
	{(*story).fillHistory, 0.4},
	{(*story).fillStats, 0.6},
	{(*story).fillUS, 0.5},
	{(*story).fillHead, 0.6},
	{(*story).fillCriticism, 0.25},
	{(*story).fillCallback, 0.7},
	{(*story).fillMeeting, 0.35},
	{(*story).fillSanctionsHistory, 0.2},
	{(*story).fillFirearms, 0.15},
	{(*story).fillInstitution, 0.5},
	{(*story).fillFormer, 0.4},
}

func (s *story) fillAnalyst() bool {
	an := s.analyst()
	if s.known(an.p) {
		return false
	}
	if s.chance(0.4) {
		s.say(s.who(an) + " said " + pick(s.r, "the group had adapted quickly", "the government's strategy had not changed much", "the pressure had pushed the trade into new areas"))
		s.fixApos()
	}
	s.quote(an, s.says("analysis", 1+s.r.IntN(2))...)
	s.endPara()
	return true
}

func (s *story) fillBackground() bool {
	c := s.C
	switch s.r.IntN(3) {
	case 0:
		s.say(s.ref(c) + ", which " + pick(s.r, "operates", "is active", "has cells") + " in " + pick(s.r, "at least "+num(s.n(3, 12))+" countries", "much of the region", "several provinces") + ", " + pick(s.r, "has grown rapidly since", "has been weakened since", "has fought its rivals since") + " " + s.monthsAgo(12, 60)[3:])
	case 1:
		s.say(s.actor(s.us.gov) + " designated " + s.ref(c) + " a foreign terrorist organization " + s.monthsAgo(4, 24))
		s.rel(s.us.gov, "designated", c, false)
	default:
		var src string
		switch s.r.IntN(3) {
		case 0:
			src = "cocaine shipments to Europe"
		case 1:
			src = "fentanyl sales in " + s.ref(s.us.gov)
		default:
			src = pick(s.r, "extortion and kidnapping", "illegal mining and fuel theft")
		}
		s.say("Officials say " + s.ref(c) + " earns most of its money from " + src)
	}
	s.say(pick(s.r,
		"The group relies on alliances with local gangs to move drugs and collect extortion payments",
		"Its leaders have been arrested or killed several times, but the organization has always regrouped",
		"Analysts say it has diversified into human smuggling and illegal logging",
		"Its members are accused of hundreds of killings"))
	if s.C2 != nil && s.chance(0.5) {
		s.say("Its main rival is " + s.ref(s.C2) + ", which " + pick(s.r, "controls the coastal routes", "has been expanding", "split from it years ago"))
	}
	s.endPara()
	return true
}

func (s *story) fillHistory() bool {
	d := s.deal()
	if d.Parties == nil {
		s.say(s.ref(s.F.gov) + " and " + s.ref(s.us.gov) + " signed " + aOrAn(d.Name) + " " + d.Name + " in " + s.yearsAgo(2, 12) + ", and officials on both sides say it has been used " + pick(s.r, "dozens of times", "more often in recent years", "sparingly"))
		s.mention(d, d.Name)
		s.rel(s.F.gov, "signed", d, false)
		s.rel(s.us.gov, "signed", d, false)
	} else {
		s.say(s.actor(s.us.gov) + " has spent " + pick(s.r, "billions", "hundreds of millions") + " of dollars in " + s.ref(s.F.gov) + " under " + s.refFull(d) + ", which " + pick(s.r, "funds police training and equipment", "pays for judicial reform and border security", "has been criticized for favoring the armed forces"))
		s.rel(s.us.gov, "supports", d, false)
	}
	s.agreement(d, s.F.gov, s.us.gov)
	s.say(pick(s.r, "Cooperation has had ups and downs", "The relationship has been tested by disputes over migration and trade", "Critics say the money has done little to reduce violence"))
	s.endPara()
	return true
}

func (s *story) fillStats() bool {
	src := s.agency(pick(s.r, "prosecutor", "police", "security"))
	change := pick(s.r, "doubled", "rose sharply", "fell sharply", "rose by "+num(s.n(10, 80))+" percent", "fell by "+num(s.n(10, 60))+" percent")
	s.say(pick(s.r, "Homicides in ", "Seizures of "+s.drug+" in ", "Kidnappings in ", "Extortion complaints in ") + s.place + " " + change + " last year, according to " + s.ref(src))
	s.say(pick(s.r,
		"Most of the victims were young men",
		"Officials attribute the change to the fighting between criminal groups",
		"The figures do not include people who have disappeared",
		"Independent experts say the real numbers are higher"))
	s.say(pick(s.r,
		"The government has promised to publish more detailed data",
		"Local officials have asked for more federal support",
		"Several towns in the area have no police of their own"))
	s.endPara()
	return true
}

func (s *story) fillUS() bool {
	ps := s.post(pick(s.r, s.F.Name+"|ambassador", s.F.Name+"|ambassador", "US|spokes|Department of State", "US|state",
		"US|U.S. Southern Command", "US|president", "US|defense"))
	if s.spoke[ps.p] {
		return false
	}
	s.say(s.actor(s.us.gov) + " " + pick(s.r, "praised", "welcomed", "has closely followed") + " " + pick(s.r, "the operation", "the government's efforts", "the case"))
	s.fixApos()
	s.quote(ps, s.says(pick(s.r, "cooperation", "general"), 1+s.r.IntN(2))...)
	s.rel(s.us.gov, "supports", s.F.gov, false)
	s.endPara()
	return true
}

func (s *story) fillHead() bool {
	hd := s.post(s.F.Name + "|head")
	if s.spoke[hd.p] {
		return false
	}
	where := pick(s.r, "at a news conference", "in a speech", "on social media", "at "+his(hd.p)+" morning news conference")
	s.say(s.who(hd) + " " + pick(s.r, "defended the strategy", "addressed the case", "spoke about the operation") + " " + where)
	s.quote(hd, s.says(pick(s.r, "sovereignty", "crackdown", "cooperation"), 1+s.r.IntN(2))...)
	s.endPara()
	return true
}

func (s *story) fillCriticism() bool {
	h := s.w.rights[s.r.IntN(len(s.w.rights))]
	if s.known(h) {
		return false
	}
	ps := s.post("H|" + h.Name + "|" + strconv.Itoa(s.r.IntN(3)))
	s.say(s.ref(h) + " accused " + s.govt(s.F) + " of " + pick(s.r, "tolerating arbitrary detentions", "excessive use of force", "covering up abuses during the operations", "ignoring forced disappearances"))
	s.rel(h, "accused", s.F.gov, false)
	s.quote(ps, s.says("criticism", 1+s.r.IntN(2))...)
	s.endPara()
	return true
}

// fillCallback quotes again, by surname only, someone already quoted.
func (s *story) fillCallback() bool {
	for _, key := range []string{s.F.Name + "|security", s.F.Name + "|foreign", s.F.Name + "|ag", "US|dea", "US|state"} {
		p := s.holders[key]
		if p == nil || !s.spoke[p] || p.Short == "" {
			continue
		}
		s.say(s.ref(p) + " said " + pick(s.r, "the government", "authorities", "officials") + " would " + pick(s.r, "keep up the pressure", "release more information soon", "not negotiate with criminal groups", "ask for more help from partners"))
		s.quote(s.post(key), s.says(pick(s.r, "general", "crackdown"), 1)...)
		s.endPara()
		return true
	}
	return false
}

func (s *story) fillMeeting() bool {
	a := s.post(s.F.Name + "|" + pick(s.r, "foreign", "security", "head"))
	b := s.post(pick(s.r, "US|state", "US|homeland", "US|ag"))
	if s.known(a.p) && s.known(b.p) {
		return false
	}
	s.say(s.who(a) + " met with " + s.who(b) + " in " + pick(s.r, "Washington", s.F.Capital) + " " + pick(s.r, "last month", "earlier this year", "last week") + " to discuss " + pick(s.r, "security cooperation", "extraditions", "the flow of weapons", "migration and security"))
	s.rel(a.p, "metWith", b.p, false)
	s.say(pick(s.r, "Both sides described the talks as productive", "No agreement was announced", "They agreed to set up a working group"))
	s.endPara()
	return true
}

func (s *story) fillSanctionsHistory() bool {
	ofac := s.org("Office of Foreign Assets Control")
	s.say(s.withAcronym(ofac) + " has sanctioned more than " + num(s.n(2, 30)*10) + " people and companies linked to " + s.ref(s.C) + " since " + s.yearsAgo(2, 9))
	s.rel(ofac, "sanctioned", s.C, false)
	s.say(pick(s.r, "The measures have frozen millions of dollars in assets", "Few of those sanctioned have been arrested", "Banks in the region have closed hundreds of accounts as a result"))
	s.endPara()
	return true
}

func (s *story) fillFirearms() bool {
	atf := s.org("Bureau of Alcohol, Tobacco, Firearms and Explosives")
	if s.known(atf) {
		return false
	}
	s.say("Most of the weapons seized from criminal groups in " + s.ref(s.F.gov) + " were bought in " + s.ref(s.us.gov) + ", according to " + s.withAcronym(atf))
	s.say(pick(s.r, "Officials on both sides have promised to do more to stop the flow", "Gun shops in border states sell thousands of rifles a year to straw buyers", "The weapons include rifles that can pierce body armor"))
	s.endPara()
	return true
}

// fillInstitution quotes a ministry's or agency's statement.
func (s *story) fillInstitution() bool {
	var e *entity
	switch s.r.IntN(3) {
	case 0:
		e = s.agency(pick(s.r, "security", "foreign", "prosecutor"))
	case 1:
		e = s.org(pick(s.r, "Drug Enforcement Administration", "Department of State", "Department of Justice"))
	default:
		e = s.agency("police")
	}
	if e == nil || s.spoke[e] {
		return false
	}
	topic := pick(s.r, "crackdown", "cooperation", "general")
	switch s.r.IntN(3) {
	case 0:
		m, g := s.quoted(s.w.quoteOf(s.builder, topic), true)
		s.say(m + " " + s.ref(e) + " said in a statement.")
		s.statement(e, g)
	case 1:
		m, g := s.quoted(s.w.quoteOf(s.builder, topic), false)
		s.say(s.ref(e) + " said in a statement: " + m)
		s.statement(e, g)
	default:
		m, g := s.quoted(s.w.quoteOf(s.builder, topic), false)
		s.say("In a statement, " + s.ref(e) + " said: " + m)
		s.statement(e, g)
	}
	s.endPara()
	return true
}

// fillFormer quotes a former official of the country's police.
func (s *story) fillFormer() bool {
	pol := s.agency("police")
	p := s.newcomer(s.F)
	title := pick(s.r, "former director", "former deputy director", "retired commander")
	s.role(p, title, pol, true)
	s.say(s.full(p) + ", " + aOrAn(title) + " " + title + " of " + s.ref(pol) + ", said " + pick(s.r, "the force lacked resources", "officers were outgunned", "the problem was corruption", "the strategy had to change"))
	s.quote(post{p: p}, s.says(pick(s.r, "analysis", "violence"), 1+s.r.IntN(2))...)
	s.endPara()
	return true
}
