package ask

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// RoleFact is an office a person holds (or held) in an organisation.
type RoleFact struct {
	Role     Node     `json:"role"`
	Title    string   `json:"title"`
	Person   Node     `json:"person"`
	Org      Node     `json:"org"`
	Former   bool     `json:"former"`
	Articles []string `json:"articles"`
}

// Statement is a quotation, who said it, whom it is about and where it was
// read.
type Statement struct {
	IRI      string       `json:"iri"`
	Text     string       `json:"text"`
	Speaker  Node         `json:"speaker"`
	About    []Node       `json:"about"`
	Date     string       `json:"date,omitempty"` // Earliest publication date of its articles (RFC 3339).
	Articles []ArticleRef `json:"articles"`
}

// Agreement is an agreement and its parties.
type Agreement struct {
	Agreement Node     `json:"agreement"`
	Parties   []Party  `json:"parties"`
	Articles  []string `json:"articles"` // Where any of its parties was read.
}

// Party is one party of an agreement.
type Party struct {
	Entity   Node     `json:"entity"`
	Articles []string `json:"articles"`
	// Acts are the party's signing, ratification or withdrawal as read
	// in the articles (verb and date: its own, else its article's).
	Acts []Act `json:"acts,omitempty"`
}

// agreementEvents is how many of the newest events on an agreement are
// read for its parties' acts.
const agreementEvents = 50

// Act is a party's act on an agreement: signed, ratified, withdrewFrom.
type Act struct {
	Verb string `json:"verb"`
	Date string `json:"date,omitempty"` // YYYY-MM-DD.
}

// Relation is a relation between two actors.
type Relation struct {
	Subject   Node     `json:"subject"`
	Predicate string   `json:"predicate"` // "ng:rejected".
	Object    Node     `json:"object"`
	Articles  []string `json:"articles"`
}

// Card is everything known about one entity.
type Card struct {
	Entity       Node        `json:"entity"`
	Names        []string    `json:"names"` // Name first, then aliases.
	Wikidata     string      `json:"wikidata,omitempty"`
	Roles        []RoleFact  `json:"roles"`     // Offices it holds or held.
	Officials    []RoleFact  `json:"officials"` // Offices others hold in it.
	Said         []Statement `json:"said"`
	SaidAbout    []Statement `json:"said_about"`
	Agreements   []Agreement `json:"agreements"` // Agreements it is a party to, or itself when it is one.
	RelationsOut []Relation  `json:"relations_out"`
	RelationsIn  []Relation  `json:"relations_in"`
	// Events are its relations as read in each article, with their
	// sentence and date (its own, else the article's), oldest first.
	Events   []TimelineEntry `json:"events"`
	Articles []ArticleRef    `json:"articles"` // Articles that mention it.
	// Totals counts each list in full; a list shows at most CardItems,
	// the newest first stored.
	Totals CardTotals `json:"totals"`
}

// CardTotals are the full sizes of a Card's lists.
type CardTotals struct {
	Officials  int `json:"officials"`
	Said       int `json:"said"`
	SaidAbout  int `json:"said_about"`
	Agreements int `json:"agreements"`
	Relations  int `json:"relations"` // In and out.
	Events     int `json:"events"`
	Articles   int `json:"articles"`
}

// CardItems is the most entries one list of a Card shows: a government
// read in most articles has thousands of statements about it and officials
// in it; the card shows the newest and counts the rest.
const CardItems = 25

// Entity returns the card of the entity named name.
func (a *Asker) Entity(ctx context.Context, name string) (Card, error) {
	var c Card
	err := a.view(ctx, func(r *reader) error {
		n, err := r.resolve(name)
		if err != nil {
			return err
		}
		if err := r.ahead(func(p *plan) { p.card(n) }); err != nil {
			return err
		}
		c, err = r.card(n)
		return err
	})
	if err != nil {
		return Card{}, fmt.Errorf("entity %q: %w", name, err)
	}
	return c, nil
}

func (r *reader) card(n Node) (Card, error) {
	c := Card{Entity: n, Names: []string{}, Roles: []RoleFact{}, Officials: []RoleFact{},
		Said: []Statement{}, SaidAbout: []Statement{}, Agreements: []Agreement{},
		RelationsOut: []Relation{}, RelationsIn: []Relation{}, Events: []TimelineEntry{}, Articles: []ArticleRef{}}
	names, err := r.names(n.IRI)
	if err != nil {
		return Card{}, err
	}
	if len(names) > 0 {
		c.Names = append(c.Names, names[0])
		aliases := set{}
		for _, al := range names[1:] {
			if schema.Fold(al) != schema.Fold(names[0]) {
				aliases.add(al)
			}
		}
		c.Names = append(c.Names, aliases.sorted()...)
	}
	if c.Wikidata, err = r.first(n.IRI, schema.PredWikidata); err != nil {
		return Card{}, err
	}
	rolesRead := map[string]bool{}
	holds, err := r.out(n.IRI, schema.PredHolds)
	if err != nil {
		return Card{}, err
	}
	for _, q := range holds {
		if role := iriOf(q.Object); role != "" && !rolesRead[role] {
			rolesRead[role] = true
			rf, err := r.role(role)
			if err != nil {
				return Card{}, err
			}
			c.Roles = append(c.Roles, rf...)
		}
	}
	officials, total, err := r.last(quad.Object, n.IRI, schema.PredOf, CardItems)
	if err != nil {
		return Card{}, err
	}
	c.Totals.Officials = total
	for _, q := range officials {
		if role := iriOf(q.Subject); role != "" && !rolesRead[role] {
			rolesRead[role] = true
			rf, err := r.role(role)
			if err != nil {
				return Card{}, err
			}
			c.Officials = append(c.Officials, rf...)
		}
	}
	for _, p := range relationPreds {
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			qs, total, err := r.last(dir, n.IRI, p, CardItems)
			if err != nil {
				return Card{}, err
			}
			c.Totals.Relations += total
			for _, q := range qs {
				other := q.Object
				if dir == quad.Object {
					other = q.Subject
				}
				if iriOf(other) == "" {
					continue
				}
				on, err := r.node(iriOf(other))
				if err != nil {
					return Card{}, err
				}
				as, err := r.articlesOf(q, MaxArticles)
				if err != nil {
					return Card{}, err
				}
				if dir == quad.Subject {
					c.RelationsOut = append(c.RelationsOut, Relation{Subject: n, Predicate: string(p), Object: on, Articles: as})
				} else {
					c.RelationsIn = append(c.RelationsIn, Relation{Subject: on, Predicate: string(p), Object: n, Articles: as})
				}
			}
		}
	}
	if c.Events, c.Totals.Events, err = r.entries(n.IRI, eventLinks, CardItems); err != nil {
		return Card{}, err
	}
	sortEntries(c.Events)
	if len(c.Events) > CardItems {
		c.Events = c.Events[len(c.Events)-CardItems:]
	}
	for _, part := range []struct {
		pred  quad.IRI
		into  *[]Statement
		total *int
	}{{schema.PredSaidBy, &c.Said, &c.Totals.Said}, {schema.PredAbout, &c.SaidAbout, &c.Totals.SaidAbout}} {
		qs, total, err := r.last(quad.Object, n.IRI, part.pred, CardItems)
		if err != nil {
			return Card{}, err
		}
		*part.total = total
		for _, q := range qs {
			st, err := r.statement(iriOf(q.Subject))
			if err != nil {
				return Card{}, err
			}
			*part.into = append(*part.into, st)
		}
	}
	agreements := set{}
	if n.Type == string(schema.Agreement) {
		agreements.add(n.IRI)
	}
	parties, total, err := r.last(quad.Object, n.IRI, schema.PredParty, CardItems)
	if err != nil {
		return Card{}, err
	}
	c.Totals.Agreements = total + len(agreements)
	for _, q := range parties {
		agreements.add(iriOf(q.Subject))
	}
	for _, ag := range agreements.sorted() {
		a, err := r.agreement(ag)
		if err != nil {
			return Card{}, err
		}
		c.Agreements = append(c.Agreements, a)
	}
	mentions, total, err := r.last(quad.Object, n.IRI, schema.PredMentions, CardItems)
	if err != nil {
		return Card{}, err
	}
	c.Totals.Articles = total
	mentioned := set{}
	for _, q := range mentions {
		mentioned.add(iriOf(q.Subject))
	}
	if c.Articles, err = r.articleRefs(mentioned.sorted()); err != nil {
		return Card{}, err
	}
	sortRoles(c.Roles)
	sortRoles(c.Officials)
	sortStatements(c.Said)
	sortStatements(c.SaidAbout)
	sortRelations(c.RelationsOut)
	sortRelations(c.RelationsIn)
	return c, nil
}

// relationPreds holds the IRIs of schema.RelationPredicates, sorted; read
// only.
var relationPreds = relationPredicates()

// relationPredicates returns the IRIs of schema.RelationPredicates, sorted.
func relationPredicates() []quad.IRI {
	out := make([]quad.IRI, 0, len(schema.RelationPredicates))
	for verb := range schema.RelationPredicates {
		out = append(out, schema.RelationIRI(verb))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// role returns the facts of a role node: one per holder.
func (r *reader) role(iri string) ([]RoleFact, error) {
	rn, err := r.node(iri)
	if err != nil {
		return nil, err
	}
	base := RoleFact{Role: rn, Title: rn.Name}
	orgs, err := r.out(iri, schema.PredOf)
	if err != nil {
		return nil, err
	}
	var ofArticles []string
	for _, q := range orgs {
		if base.Org, err = r.node(iriOf(q.Object)); err != nil {
			return nil, err
		}
		if ofArticles, err = r.articlesOf(q, MaxArticles); err != nil {
			return nil, err
		}
	}
	former, err := r.out(iri, schema.PredFormer)
	if err != nil {
		return nil, err
	}
	for _, q := range former {
		if b, ok := q.Object.(quad.Bool); ok && bool(b) {
			base.Former = true
		}
	}
	// A title that says "former" is a former office even when the flag is unset.
	if strings.HasPrefix(schema.Fold(base.Title), "former ") {
		base.Former = true
	}
	holders, err := r.in(iri, schema.PredHolds)
	if err != nil {
		return nil, err
	}
	// One fact per holder, with the articles that read the role.
	var facts []RoleFact
	for _, q := range holders {
		f := base
		if f.Person, err = r.node(iriOf(q.Subject)); err != nil {
			return nil, err
		}
		as, err := r.articlesOf(q, MaxArticles)
		if err != nil {
			return nil, err
		}
		ls := set{}
		ls.add(ofArticles...)
		ls.add(as...)
		f.Articles = capped(ls.sorted())
		facts = append(facts, f)
	}
	return facts, nil
}

// capped cuts a sorted list of articles to MaxArticles.
func capped(as []string) []string {
	if len(as) > MaxArticles {
		return as[:MaxArticles]
	}
	return as
}

// statement returns a statement node's facts.
func (r *reader) statement(iri string) (Statement, error) {
	st := Statement{IRI: iri, About: []Node{}}
	var err error
	if st.Text, err = r.first(iri, schema.PredText); err != nil {
		return Statement{}, err
	}
	speakers, err := r.facts(quad.Subject, iri, schema.PredSaidBy, 1)
	if err != nil {
		return Statement{}, err
	}
	for _, q := range speakers {
		if st.Speaker, err = r.node(iriOf(q.Object)); err != nil {
			return Statement{}, err
		}
	}
	about, err := r.out(iri, schema.PredAbout)
	if err != nil {
		return Statement{}, err
	}
	for _, q := range about {
		n, err := r.node(iriOf(q.Object))
		if err != nil {
			return Statement{}, err
		}
		st.About = append(st.About, n)
	}
	read, err := r.facts(quad.Subject, iri, schema.PredInArticle, MaxArticles)
	if err != nil {
		return Statement{}, err
	}
	articles := set{}
	for _, q := range read {
		articles.add(iriOf(q.Object))
	}
	if st.Articles, err = r.articleRefs(articles.sorted()); err != nil {
		return Statement{}, err
	}
	for _, a := range st.Articles {
		if a.Published != "" && (st.Date == "" || a.Published < st.Date) {
			st.Date = a.Published
		}
	}
	return st, nil
}

// agreement returns an agreement node with its parties.
func (r *reader) agreement(iri string) (Agreement, error) {
	n, err := r.node(iri)
	if err != nil {
		return Agreement{}, err
	}
	ag := Agreement{Agreement: n, Parties: []Party{}}
	parties, err := r.out(iri, schema.PredParty)
	if err != nil {
		return Agreement{}, err
	}
	all := set{}
	for _, q := range parties {
		p := iriOf(q.Object)
		if p == "" {
			continue
		}
		pn, err := r.node(p)
		if err != nil {
			return Agreement{}, err
		}
		as, err := r.articlesOf(q, MaxArticles)
		if err != nil {
			return Agreement{}, err
		}
		all.add(as...)
		ag.Parties = append(ag.Parties, Party{Entity: pn, Articles: as})
	}
	// Signings, ratifications and withdrawals read as events on it; a
	// party named only there is a party too.
	events, _, err := r.entries(iri, []quad.IRI{schema.PredObject}, agreementEvents)
	if err != nil {
		return Agreement{}, err
	}
	sortEntries(events)
	for _, e := range events {
		if e.Object == nil || e.Object.IRI != iri || (e.Verb != "signed" && e.Verb != "ratified" && e.Verb != "withdrewFrom") {
			continue
		}
		i := slices.IndexFunc(ag.Parties, func(p Party) bool { return p.Entity.IRI == e.Subject.IRI })
		if i < 0 {
			ag.Parties = append(ag.Parties, Party{Entity: e.Subject, Articles: []string{}})
			i = len(ag.Parties) - 1
		}
		ag.Parties[i].Acts = append(ag.Parties[i].Acts, Act{Verb: e.Verb, Date: e.Date})
		for _, a := range e.Articles {
			all.add(a.IRI)
		}
	}
	sort.Slice(ag.Parties, func(i, j int) bool { return ag.Parties[i].Entity.IRI < ag.Parties[j].Entity.IRI })
	ag.Articles = capped(all.sorted())
	return ag, nil
}

// StatementFilter selects statements; empty fields select everything.
type StatementFilter struct {
	By    string    // Speaker name.
	About string    // Name of an entity the statement is about.
	Since time.Time // Only statements read in an article published on or after it (undated ones are left out).
	Until time.Time // Only statements read in an article published on or before it (undated ones are left out).
	Limit int       // Most statements returned (the newest); 0 means DefaultStatements, and at most MaxFacts.
}

// DefaultStatements is how many statements Statements returns when no
// limit is given.
const DefaultStatements = 100

// ParseDate reads a --since value: a date (2006-01-02) or an RFC 3339 time.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, invalidf("date %q is neither YYYY-MM-DD nor RFC 3339", s)
}

// ParseUntil reads an --until value as ParseDate does; a date means the
// end of that day.
func ParseUntil(s string) (time.Time, error) {
	t, err := ParseDate(s)
	if err == nil && len(s) == len(time.DateOnly) {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, err
}

// Statements returns the statements that pass f, by date then speaker: the
// newest stored first chosen (at most f.Limit, and never more than
// MaxFacts are read), then sorted.
func (a *Asker) Statements(ctx context.Context, f StatementFilter) ([]Statement, error) {
	if f.Limit < 0 {
		return nil, invalidf("limit must be positive, not %d", f.Limit)
	}
	if f.Limit == 0 {
		f.Limit = DefaultStatements
	}
	sts := []Statement{}
	err := a.view(ctx, func(r *reader) error {
		var by, about Node
		var err error
		if f.By != "" {
			if by, err = r.resolve(f.By); err != nil {
				return err
			}
		}
		if f.About != "" {
			if about, err = r.resolve(f.About); err != nil {
				return err
			}
		}
		// Start from the narrowest set the filter gives, newest first
		// stored; with only one filter and a limit, read no more than the
		// limit, else at most MaxFacts.
		n := MaxFacts
		if f.Limit > 0 && f.Since.IsZero() && f.Until.IsZero() && (by.IRI == "" || about.IRI == "") {
			n = f.Limit
		}
		from, pred := string(schema.ClassStatement), schema.PredType
		switch {
		case by.IRI != "":
			from, pred = by.IRI, schema.PredSaidBy
		case about.IRI != "":
			from, pred = about.IRI, schema.PredAbout
		}
		err = r.ahead(func(p *plan) {
			qs, _ := p.last(quad.Object, from, pred, n)
			for _, q := range qs {
				p.statement(iriOf(q.Subject))
			}
		})
		if err != nil {
			return err
		}
		cands, _, err := r.last(quad.Object, from, pred, n)
		if err != nil {
			return err
		}
		seen := set{}
		for _, q := range cands {
			iri := iriOf(q.Subject)
			if seen[iri] {
				continue
			}
			seen.add(iri)
			st, err := r.statement(iri)
			if err != nil {
				return err
			}
			if by.IRI != "" && st.Speaker.IRI != by.IRI {
				continue
			}
			if about.IRI != "" && !hasNode(st.About, about.IRI) {
				continue
			}
			if !f.Since.IsZero() || !f.Until.IsZero() {
				if st.Date == "" {
					continue
				}
				d, err := time.Parse(time.RFC3339, st.Date)
				if err != nil || !f.Since.IsZero() && d.Before(f.Since) || !f.Until.IsZero() && d.After(f.Until) {
					continue
				}
			}
			sts = append(sts, st)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("statements: %w", err)
	}
	sortStatements(sts)
	if f.Limit > 0 && len(sts) > f.Limit {
		sts = sts[:f.Limit]
	}
	return sts, nil
}

// Agreements returns the agreements, or those party names a party of.
func (a *Asker) Agreements(ctx context.Context, party string, limit int) ([]Agreement, error) {
	if limit < 0 {
		return nil, invalidf("limit must be positive, not %d", limit)
	}
	ags := []Agreement{}
	err := a.view(ctx, func(r *reader) error {
		iris := set{}
		var in []quad.Quad
		if party != "" {
			p, err := r.resolve(party)
			if err != nil {
				return err
			}
			in, err = r.in(p.IRI, schema.PredParty)
			if err != nil {
				return err
			}
		} else {
			var err error
			in, err = r.in(string(schema.ClassOf(schema.Agreement)), schema.PredType)
			if err != nil {
				return err
			}
		}
		for _, q := range in {
			iris.add(iriOf(q.Subject))
		}
		err := r.ahead(func(p *plan) {
			for iri := range iris {
				p.agreement(iri)
			}
		})
		if err != nil {
			return err
		}
		for _, iri := range iris.sorted() {
			ag, err := r.agreement(iri)
			if err != nil {
				return err
			}
			ags = append(ags, ag)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("agreements: %w", err)
	}
	sort.SliceStable(ags, func(i, j int) bool { return ags[i].Agreement.Name < ags[j].Agreement.Name })
	if limit > 0 && len(ags) > limit {
		ags = ags[:limit]
	}
	return ags, nil
}

func hasNode(ns []Node, iri string) bool {
	for _, n := range ns {
		if n.IRI == iri {
			return true
		}
	}
	return false
}

func sortRoles(rs []RoleFact) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Former != b.Former {
			return !a.Former
		}
		if a.Person.Name != b.Person.Name {
			return a.Person.Name < b.Person.Name
		}
		return a.Role.IRI < b.Role.IRI
	})
}

func sortStatements(ss []Statement) {
	sort.Slice(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Speaker.Name != b.Speaker.Name {
			return a.Speaker.Name < b.Speaker.Name
		}
		if len(a.Articles) > 0 && len(b.Articles) > 0 && a.Articles[0].IRI != b.Articles[0].IRI {
			return a.Articles[0].IRI < b.Articles[0].IRI
		}
		return a.Text < b.Text
	})
}

func sortRelations(rs []Relation) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if a.Subject.IRI != b.Subject.IRI {
			return a.Subject.IRI < b.Subject.IRI
		}
		return a.Object.IRI < b.Object.IRI
	})
}
