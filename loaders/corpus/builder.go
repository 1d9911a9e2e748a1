package corpus

import (
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// builder writes one article and records, as it writes, the gold
// annotation of what it wrote: every entity with the surface forms it took,
// every role stated, every quotation and its speaker, every agreement and
// relation.
type builder struct {
	w     *world
	r     *rand.Rand
	curly bool      // curly quotation marks and apostrophes, else ASCII
	event time.Time // the day the news happened
	text  strings.Builder
	para  []string // sentences of the paragraph being written
	paras int      // paragraphs written after the dateline paragraph
	gold  Gold
	seen  map[*entity]int  // index into gold.Entities
	named map[*entity]bool // entities whose full name has been written
	roled map[*entity]bool // people whose role is recorded
	used  map[string]bool  // given names and surnames taken by people of the article
	told  map[string]bool  // quotation sentences used
	// pronouns: the one person the previous sentence was about, and the
	// people of the sentence being written
	solo   *entity
	inSent []*entity
	spoke  map[*entity]bool // people who have been quoted
	// pad fills out a paragraph before it is closed; noPad skips it once
	// (a quotation running on into the next paragraph must end it)
	pad   func()
	noPad bool
}

func newBuilder(w *world, r *rand.Rand) *builder {
	return &builder{w: w, r: r, gold: Gold{Entities: []schema.Entity{}, Roles: []schema.Role{}, Statements: []schema.Statement{},
		Agreements: []schema.AgreementFact{}, Relations: []Relation{}}, seen: map[*entity]int{}, named: map[*entity]bool{}, roled: map[*entity]bool{}, used: map[string]bool{},
		told: map[string]bool{}, spoke: map[*entity]bool{}}
}

// pick returns one of xs at random.
func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

// chance is true with probability p.
func (b *builder) chance(p float64) bool { return b.r.Float64() < p }

// mention records that e was written as surface.
func (b *builder) mention(e *entity, surface string) {
	i, ok := b.seen[e]
	if !ok {
		// a namesake of the same type already in the article is one entity
		i = slices.IndexFunc(b.gold.Entities, func(g schema.Entity) bool { return g.Name == e.Name && g.Type == e.Type })
		if i < 0 {
			i = len(b.gold.Entities)
			b.gold.Entities = append(b.gold.Entities, schema.Entity{Name: e.Name, Type: e.Type})
		}
		b.seen[e] = i
	}
	b.touch(e)
	g := &b.gold.Entities[i]
	if surface == e.Name {
		b.named[e] = true
	} else if !slices.Contains(g.Aliases, surface) {
		g.Aliases = append(g.Aliases, surface)
	}
}

// touch notes that the sentence being written is about e (for pronouns).
func (b *builder) touch(e *entity) {
	if e.Type == schema.Person && !slices.Contains(b.inSent, e) {
		b.inSent = append(b.inSent, e)
	}
}

// known reports whether e's full name has been written.
func (b *builder) known(e *entity) bool { return b.named[e] }

// bare names e without an article: its full name the first time, then
// often its short form.
func (b *builder) bare(e *entity) string {
	s := e.Name
	if b.known(e) && e.Short != "" {
		switch {
		case e.Type == schema.Person:
			s = e.Short
		case e.Type == schema.Government:
			// "Washington" only where the government acts: see actor
		case b.chance(0.7):
			s = e.Short
		}
	}
	b.mention(e, s)
	return s
}

// actor names e as the subject of an act: ref, or for the United States
// once named, sometimes "Washington".
func (b *builder) actor(e *entity) string {
	if e == b.w.us.gov && b.known(e) && b.chance(0.25) {
		b.mention(e, "Washington")
		return "Washington"
	}
	return b.ref(e)
}

// full names e by its full name.
func (b *builder) full(e *entity) string {
	b.mention(e, e.Name)
	return e.Name
}

// ref names e as running text does: "the DEA", "Los Lobos", "Mexico".
func (b *builder) ref(e *entity) string {
	s := b.bare(e)
	if e.The && !(s == e.Short && noThe[s]) {
		return "the " + s
	}
	return s
}

// noThe are acronyms written without an article.
var noThe = map[string]bool{"OFAC": true, "SEMAR": true, "SEDENA": true, "FGR": true, "SSPC": true, "SRE": true, "UIF": true}

// refFull is ref with the full name.
func (b *builder) refFull(e *entity) string {
	s := b.full(e)
	if e.The {
		return "the " + s
	}
	return s
}

// poss is the possessive of a country or organisation: "Mexico’s"; the
// United States takes its attributive form, "the U.S." once named.
func (b *builder) poss(e *entity) string {
	if e == b.w.us.gov {
		if b.known(e) {
			b.mention(e, "U.S.")
			return "the U.S."
		}
		return "the " + b.full(e)
	}
	s := b.full(e)
	if e.The {
		s = "the " + s
	}
	return s + b.apos() + "s"
}

// adj is the attributive form of a country already named (Mexican,
// U.S.); before it is named, its possessive.
func (b *builder) adj(k *country) string {
	if k == b.w.us {
		if b.known(k.gov) {
			b.mention(k.gov, "U.S.")
			return "U.S."
		}
		return b.poss(k.gov)
	}
	if b.known(k.gov) && k.Demonym != "" {
		return k.Demonym
	}
	return b.poss(k.gov)
}

func (b *builder) apos() string {
	if b.curly {
		return "’"
	}
	return "'"
}

// q puts s in quotation marks of the article's style.
func (b *builder) q(s string) string {
	if b.curly {
		return "“" + s + "”"
	}
	return `"` + s + `"`
}

func (b *builder) openMark() string {
	if b.curly {
		return "“"
	}
	return `"`
}

// styled converts a quotation's apostrophes to the article's style.
func (b *builder) styled(s string) string {
	if b.curly {
		return strings.ReplaceAll(s, "'", "’")
	}
	return s
}

// govt names country k's government: "the Mexican government".
func (b *builder) govt(k *country) string {
	if k.Demonym == "" || k == b.w.us {
		return b.ref(k.gov)
	}
	if !b.known(k.gov) {
		b.full(k.gov)
		return "the government of " + k.Name
	}
	b.mention(k.gov, k.Demonym+" government")
	return "the " + k.Demonym + " government"
}

// quoted puts q (a sentence without final punctuation) in marks, ending
// it with a comma before an attribution or else a period, and returns the
// marked text and the quotation as the gold records it.
func (b *builder) quoted(q string, comma bool) (marked, gold string) {
	q = b.styled(q)
	if comma {
		return b.q(q + ","), q
	}
	return b.q(q + "."), q + "."
}

// say adds a sentence to the current paragraph.
func (b *builder) say(s string) {
	s = capFirst(strings.TrimSpace(s))
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "”") && !strings.HasSuffix(s, `"`) && !strings.HasSuffix(s, "?") {
		s += "."
	}
	b.para = append(b.para, s)
	b.solo = nil
	if len(b.inSent) == 1 {
		b.solo = b.inSent[0]
	}
	b.inSent = b.inSent[:0]
}

// endPara closes the current paragraph.
func (b *builder) endPara() {
	if len(b.para) == 0 {
		return
	}
	if b.pad != nil && !b.noPad {
		b.pad()
	}
	b.noPad = false
	b.text.WriteString(strings.Join(b.para, " "))
	b.text.WriteByte('\n')
	b.para = b.para[:0]
	b.paras++
}

// line writes a line of its own (the headline, a date line).
func (b *builder) line(s string) {
	b.text.WriteString(s)
	b.text.WriteByte('\n')
	b.inSent = b.inSent[:0]
}

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// role records a stated office once per person and article.
func (b *builder) role(p *entity, title string, org *entity, former bool) {
	if b.roled[p] {
		return
	}
	b.roled[p] = true
	b.gold.Roles = append(b.gold.Roles, schema.Role{Person: p.Name, Title: title, Org: org.Name, Former: former})
}

// rel records a relation; dated relations happened on the event day.
func (b *builder) rel(subj *entity, pred string, obj *entity, dated bool) {
	if subj == nil || obj == nil || subj == obj {
		return
	}
	r := Relation{Subject: subj.Name, Predicate: pred, Object: obj.Name}
	if dated {
		r.Date = b.event.Format(time.DateOnly)
	}
	if slices.Contains(b.gold.Relations, r) {
		return
	}
	b.gold.Relations = append(b.gold.Relations, r)
}

// agreement records an agreement and the parties the text names for it.
func (b *builder) agreement(a *entity, parties ...*entity) {
	for i := range b.gold.Agreements {
		g := &b.gold.Agreements[i]
		if g.Name == a.Name {
			for _, p := range parties {
				if !slices.Contains(g.Parties, p.Name) {
					g.Parties = append(g.Parties, p.Name)
				}
			}
			return
		}
	}
	f := schema.AgreementFact{Name: a.Name, Parties: []string{}}
	for _, p := range parties {
		if !slices.Contains(f.Parties, p.Name) {
			f.Parties = append(f.Parties, p.Name)
		}
	}
	b.gold.Agreements = append(b.gold.Agreements, f)
}

// statement records a quotation as written (without outer marks).
func (b *builder) statement(sp *entity, quote string) {
	b.gold.Statements = append(b.gold.Statements, schema.Statement{Speaker: sp.Name, Quote: quote})
	b.spoke[sp] = true
}

// np is a noun phrase that names a person; appos is true when it ends in
// an apposition, which takes a comma before a following verb.
type np struct {
	text  string
	appos bool
}

// subj is the phrase as the subject of a verb.
func (n np) subj() string {
	if n.appos {
		return n.text + ","
	}
	return n.text
}

// post is a title held by someone: office o as held by p.
type post struct {
	p     *entity
	title string  // lower case: "security minister", "analyst"
	cap   string  // capitalised before a name, "" when the title is not used so
	org   *entity // what the title belongs to
	prep  string  // "of", "at", "for"
}

// intro introduces p with the title of their post, the first time; later
// it names them by surname.
func (b *builder) intro(ps post) np {
	p := ps.p
	if b.known(p) {
		return np{text: b.bare(p)}
	}
	org := ps.org
	if org == nil {
		return np{text: b.full(p)}
	}
	title := ps.title
	if title == "spokesperson" {
		title = "spokesman"
		if p.Female {
			title = "spokeswoman"
		}
		if b.chance(0.3) {
			title = "spokesperson"
		}
	}
	b.role(p, title, org, false)
	if org.Country != nil && org.Country != b.w.us && strings.Contains(title, org.Country.Name) {
		b.mention(org.Country.gov, org.Country.Name)
	}
	for _, k := range b.w.focus {
		if strings.HasSuffix(title, " "+k.Name) {
			b.mention(k.gov, k.Name) // "ambassador to Ecuador"
		}
	}
	var forms []int
	if org.Type == schema.Government {
		forms = append(forms, 1, 2, 2)
		if ps.cap != "" && b.known(org) && (org.Country.Demonym != "" || org == b.w.us.gov) {
			forms = append(forms, 3, 3)
		}
		if ps.cap != "" {
			forms = append(forms, 6)
		}
		if b.known(org) && org.Country.Demonym != "" && org != b.w.us.gov {
			forms = append(forms, 8)
		}
	} else {
		forms = append(forms, 4, 4)
		if ps.cap != "" && org.Short != "" && !strings.Contains(org.Short, " ") && b.known(org) {
			forms = append(forms, 7)
		}
	}
	switch pick(b.r, forms...) {
	case 1: // Mexico’s security minister, Ana Ruiz,
		return np{text: b.poss(org) + " " + title + ", " + b.full(p), appos: true}
	case 2: // Ana Ruiz, Mexico’s security minister,
		return np{text: b.full(p) + ", " + b.poss(org) + " " + title, appos: true}
	case 3: // Mexican Security Minister Ana Ruiz
		return np{text: b.adj(org.Country) + " " + ps.cap + " " + b.full(p)}
	case 8: // Ana Ruiz, the Mexican security minister,
		return np{text: b.full(p) + ", the " + org.Country.Demonym + " " + title, appos: true}
	case 6: // Security Minister Ana Ruiz of Mexico
		return np{text: ps.cap + " " + b.full(p) + " of " + b.ref(org)}
	case 7: // DEA Administrator Terrance Cole
		b.mention(org, org.Short)
		return np{text: org.Short + " " + ps.cap + " " + b.full(p)}
	default: // Ana Ruiz, the director of the DEA, / Ana Ruiz, a spokeswoman for the DEA,
		return np{text: b.full(p) + ", " + determiner(title) + " " + title + " " + ps.prep + " " + b.ref(org), appos: true}
	}
}

// determiner is the article before a title in an apposition: "the" for a
// post one person holds, else "a" or "an".
func determiner(title string) string {
	switch {
	case title == "director", title == "commander", title == "administrator", strings.HasSuffix(title, "leader"),
		strings.HasPrefix(title, "ambassador"):
		return "the"
	case strings.IndexByte("aeiou", title[0]) >= 0:
		return "an"
	}
	return "a"
}

// speaker is how a quotation's attribution names p: by surname once
// introduced, by pronoun when the previous sentence was about p alone.
func (b *builder) speaker(p *entity, introduce post) np {
	if b.known(p) {
		if b.solo == p && b.chance(0.5) {
			b.touch(p)
			if p.Female {
				return np{text: "she"}
			}
			return np{text: "he"}
		}
		return np{text: b.bare(p)}
	}
	return b.intro(introduce)
}

// quote writes one attributed quotation of sentences qs (one or two,
// without final punctuation) by p, in one of the attribution styles the
// extractor reads, and records the statement(s).
func (b *builder) quote(ps post, qs ...string) {
	p := ps.p
	for i := range qs {
		qs[i] = b.styled(qs[i])
	}
	joined := strings.Join(qs, ". ")
	sp := b.speaker(p, ps)
	verb := pick(b.r, "said", "said", "said", "told reporters", "added", "said in a statement", "said in an interview")
	if !b.spoke[p] && verb == "added" {
		verb = "said"
	}
	pronoun := sp.text == "he" || sp.text == "she"
	style := b.r.IntN(10)
	switch {
	case style < 3 || pronoun && style < 6: // “Q,” Ruiz said.
		b.say(b.q(joined+",") + " " + sp.subj() + " " + verb + ".")
		b.statement(p, joined)
	case style < 5: // Ruiz said: “Q.”
		v := pick(b.r, "said", "told reporters", "added", "said in a statement")
		if !b.spoke[p] && v == "added" {
			v = "said"
		}
		b.say(sp.subj() + " " + v + ": " + b.q(joined+"."))
		b.statement(p, joined+".")
	case style < 7 && !pronoun: // “Q,” said Ana Ruiz, the …
		b.say(b.q(joined+",") + " said " + sp.text + ".")
		b.statement(p, joined)
	case style < 8 && !pronoun: // “Q,” according to Ruiz.
		b.say(b.q(joined+",") + " according to " + sp.text + ".")
		b.statement(p, joined)
	case style == 8 && len(qs) == 2 && b.known(p) && !pronoun && b.paras < maxParas-1:
		// Ruiz said …. “Q1. ¶ “Q2,” Ruiz said.
		b.say(sp.subj() + " said " + pick(b.r, "there was more work to do", "the problem would not go away quickly",
			"the situation had changed", "the results would take time", "much was still unknown"))
		b.para = append(b.para, b.openMark()+qs[0]+".")
		b.statement(p, qs[0]+".")
		b.noPad = true
		b.endPara()
		b.say(b.q(qs[1]+",") + " " + b.bare(p) + " " + pick(b.r, "said", "added") + ".")
		b.statement(p, qs[1])
	default: // split: “Q1,” Ruiz said. “Q2.”
		if len(qs) < 2 {
			qs = append(qs, b.w.quoteOf(b, "general"))
			qs[1] = b.styled(qs[1])
		}
		b.say(b.q(qs[0]+",") + " " + sp.subj() + " " + verb + ".")
		b.statement(p, qs[0])
		b.say(b.q(qs[1] + "."))
		b.statement(p, qs[1]+".")
	}
}

// finish fills the statements' offsets into text.
func (b *builder) finish(text string) {
	at := 0
	for i := range b.gold.Statements {
		s := &b.gold.Statements[i]
		j := strings.Index(text[at:], s.Quote)
		if j < 0 {
			continue // a bug: the consistency test reports it
		}
		s.Start, s.End = at+j, at+j+len(s.Quote)
		at = s.End
	}
}
