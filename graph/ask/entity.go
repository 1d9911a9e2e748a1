package ask

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
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
}

// Relation is a relation between two actors.
type Relation struct {
	Subject   Node     `json:"subject"`
	Predicate string   `json:"predicate"` // "ng:rejects".
	Object    Node     `json:"object"`
	Articles  []string `json:"articles"`
}

// Card is everything known about one entity.
type Card struct {
	Entity       Node         `json:"entity"`
	Names        []string     `json:"names"` // Name first, then aliases.
	Wikidata     string       `json:"wikidata,omitempty"`
	Roles        []RoleFact   `json:"roles"`     // Offices it holds or held.
	Officials    []RoleFact   `json:"officials"` // Offices others hold in it.
	Said         []Statement  `json:"said"`
	SaidAbout    []Statement  `json:"said_about"`
	Agreements   []Agreement  `json:"agreements"` // Agreements it is a party to, or itself when it is one.
	RelationsOut []Relation   `json:"relations_out"`
	RelationsIn  []Relation   `json:"relations_in"`
	Articles     []ArticleRef `json:"articles"` // Articles that mention it.
}

// Entity returns the card of the entity named name.
func (a *Asker) Entity(ctx context.Context, name string) (Card, error) {
	var c Card
	err := a.view(ctx, func(r *reader) error {
		n, err := r.resolve(name)
		if err != nil {
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
		RelationsOut: []Relation{}, RelationsIn: []Relation{}, Articles: []ArticleRef{}}
	out, err := r.outQuads(n.IRI)
	if err != nil {
		return Card{}, err
	}
	aliases := set{}
	rolesRead := map[string]bool{}
	rels := map[[2]string]set{}
	for _, q := range out {
		switch q.Predicate {
		case quad.Value(schema.PredName):
			if len(c.Names) == 0 {
				c.Names = append(c.Names, graph.LiteralText(q.Object))
			}
		case quad.Value(schema.PredAlias):
			aliases.add(graph.LiteralText(q.Object))
		case quad.Value(schema.PredWikidata):
			c.Wikidata = graph.LiteralText(q.Object)
		case quad.Value(schema.PredHolds):
			// One holds quad per article that read the role: read it once.
			if role := iriOf(q.Object); role != "" && !rolesRead[role] {
				rolesRead[role] = true
				rf, err := r.role(role)
				if err != nil {
					return Card{}, err
				}
				c.Roles = append(c.Roles, rf...)
			}
		}
		if p, ok := isRelation(q.Predicate); ok && iriOf(q.Object) != "" {
			k := [2]string{p, iriOf(q.Object)}
			if rels[k] == nil {
				rels[k] = set{}
			}
			rels[k].add(labelOf(q))
		}
	}
	for _, al := range aliases.sorted() {
		if len(c.Names) == 0 || schema.Fold(al) != schema.Fold(c.Names[0]) {
			c.Names = append(c.Names, al)
		}
	}
	for k, labels := range rels {
		o, err := r.node(k[1])
		if err != nil {
			return Card{}, err
		}
		c.RelationsOut = append(c.RelationsOut, Relation{Subject: n, Predicate: k[0], Object: o, Articles: labels.sorted()})
	}
	in, err := r.inQuads(n.IRI)
	if err != nil {
		return Card{}, err
	}
	rels = map[[2]string]set{}
	mentioned := set{}
	agreements := set{}
	for _, q := range in {
		s := iriOf(q.Subject)
		if s == "" {
			continue
		}
		if p, ok := isRelation(q.Predicate); ok {
			k := [2]string{p, s}
			if rels[k] == nil {
				rels[k] = set{}
			}
			rels[k].add(labelOf(q))
			continue
		}
		switch q.Predicate {
		case quad.Value(schema.PredOf):
			if rolesRead[s] {
				continue
			}
			rolesRead[s] = true
			rf, err := r.role(s)
			if err != nil {
				return Card{}, err
			}
			c.Officials = append(c.Officials, rf...)
		case quad.Value(schema.PredSaidBy):
			st, err := r.statement(s)
			if err != nil {
				return Card{}, err
			}
			c.Said = append(c.Said, st)
		case quad.Value(schema.PredAbout):
			st, err := r.statement(s)
			if err != nil {
				return Card{}, err
			}
			c.SaidAbout = append(c.SaidAbout, st)
		case quad.Value(schema.PredParty):
			agreements.add(s)
		case quad.Value(schema.PredMentions):
			mentioned.add(s)
		}
	}
	if n.Type == string(schema.Agreement) {
		agreements.add(n.IRI)
	}
	for k, labels := range rels {
		s, err := r.node(k[1])
		if err != nil {
			return Card{}, err
		}
		c.RelationsIn = append(c.RelationsIn, Relation{Subject: s, Predicate: k[0], Object: n, Articles: labels.sorted()})
	}
	for _, ag := range agreements.sorted() {
		a, err := r.agreement(ag)
		if err != nil {
			return Card{}, err
		}
		c.Agreements = append(c.Agreements, a)
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

// role returns the facts of a role node: one per holder.
func (r *reader) role(iri string) ([]RoleFact, error) {
	rn, err := r.node(iri)
	if err != nil {
		return nil, err
	}
	out, err := r.outQuads(iri)
	if err != nil {
		return nil, err
	}
	base := RoleFact{Role: rn, Title: rn.Name}
	labels := set{}
	for _, q := range out {
		switch q.Predicate {
		case quad.Value(schema.PredOf):
			if base.Org, err = r.node(iriOf(q.Object)); err != nil {
				return nil, err
			}
			labels.add(labelOf(q))
		case quad.Value(schema.PredFormer):
			if b, ok := q.Object.(quad.Bool); ok && bool(b) {
				base.Former = true
			}
		}
	}
	// A title that says "former" is a former office even when the flag is unset.
	if strings.HasPrefix(schema.Fold(base.Title), "former ") {
		base.Former = true
	}
	in, err := r.inQuads(iri)
	if err != nil {
		return nil, err
	}
	// One fact per holder, with every article that read the role.
	var facts []RoleFact
	byPerson := map[string]int{}
	for _, q := range in {
		if q.Predicate != quad.Value(schema.PredHolds) {
			continue
		}
		person := iriOf(q.Subject)
		i, seen := byPerson[person]
		if !seen {
			f := base
			if f.Person, err = r.node(person); err != nil {
				return nil, err
			}
			f.Articles = labels.sorted()
			i = len(facts)
			byPerson[person] = i
			facts = append(facts, f)
		}
		ls := set{}
		ls.add(facts[i].Articles...)
		ls.add(labelOf(q))
		facts[i].Articles = ls.sorted()
	}
	return facts, nil
}

// statement returns a statement node's facts.
func (r *reader) statement(iri string) (Statement, error) {
	out, err := r.outQuads(iri)
	if err != nil {
		return Statement{}, err
	}
	st := Statement{IRI: iri, About: []Node{}}
	articles := set{}
	about := set{}
	for _, q := range out {
		articles.add(labelOf(q))
		switch q.Predicate {
		case quad.Value(schema.PredText):
			st.Text = graph.LiteralText(q.Object)
		case quad.Value(schema.PredSaidBy):
			if st.Speaker, err = r.node(iriOf(q.Object)); err != nil {
				return Statement{}, err
			}
		case quad.Value(schema.PredAbout):
			about.add(iriOf(q.Object))
		case quad.Value(schema.PredInArticle):
			articles.add(iriOf(q.Object))
		}
	}
	for _, a := range about.sorted() {
		n, err := r.node(a)
		if err != nil {
			return Statement{}, err
		}
		st.About = append(st.About, n)
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
	out, err := r.outQuads(iri)
	if err != nil {
		return Agreement{}, err
	}
	ag := Agreement{Agreement: n, Parties: []Party{}}
	parties := map[string]set{}
	all := set{}
	for _, q := range out {
		if p := iriOf(q.Object); q.Predicate == quad.Value(schema.PredParty) && p != "" {
			if parties[p] == nil {
				parties[p] = set{}
			}
			parties[p].add(labelOf(q))
			all.add(labelOf(q))
		}
	}
	for p, labels := range parties {
		pn, err := r.node(p)
		if err != nil {
			return Agreement{}, err
		}
		ag.Parties = append(ag.Parties, Party{Entity: pn, Articles: labels.sorted()})
	}
	sort.Slice(ag.Parties, func(i, j int) bool { return ag.Parties[i].Entity.IRI < ag.Parties[j].Entity.IRI })
	ag.Articles = all.sorted()
	return ag, nil
}

// StatementFilter selects statements; empty fields select everything.
type StatementFilter struct {
	By    string    // Speaker name.
	About string    // Name of an entity the statement is about.
	Since time.Time // Only statements read in an article published on or after it (undated ones are left out).
	Limit int       // Most statements returned; 0 means no limit.
}

// ParseDate reads a --since value: a date (2006-01-02) or an RFC 3339 time.
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, invalidf("date %q is neither YYYY-MM-DD nor RFC 3339", s)
}

// Statements returns the statements that pass f, by date then speaker.
func (a *Asker) Statements(ctx context.Context, f StatementFilter) ([]Statement, error) {
	if f.Limit < 0 {
		return nil, invalidf("limit must be positive, not %d", f.Limit)
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
		// Start from the narrowest set the filter gives.
		var cands []quad.Quad
		switch {
		case by.IRI != "":
			cands, err = r.inQuads(by.IRI)
		case about.IRI != "":
			cands, err = r.inQuads(about.IRI)
		default:
			cands, err = r.inQuads(string(schema.ClassStatement))
		}
		if err != nil {
			return err
		}
		seen := set{}
		for _, q := range cands {
			iri := iriOf(q.Subject)
			if seen[iri] || !(q.Predicate == quad.Value(schema.PredSaidBy) || q.Predicate == quad.Value(schema.PredAbout) || q.Predicate == quad.Value(schema.PredType)) {
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
			if !f.Since.IsZero() {
				if st.Date == "" {
					continue
				}
				if d, err := time.Parse(time.RFC3339, st.Date); err != nil || d.Before(f.Since) {
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
		if party != "" {
			p, err := r.resolve(party)
			if err != nil {
				return err
			}
			in, err := r.inQuads(p.IRI)
			if err != nil {
				return err
			}
			for _, q := range in {
				if q.Predicate == quad.Value(schema.PredParty) {
					iris.add(iriOf(q.Subject))
				}
			}
		} else {
			in, err := r.inQuads(string(schema.ClassOf(schema.Agreement)))
			if err != nil {
				return err
			}
			for _, q := range in {
				if q.Predicate == quad.Value(schema.PredType) {
					iris.add(iriOf(q.Subject))
				}
			}
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
