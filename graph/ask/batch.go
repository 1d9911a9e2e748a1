package ask

import (
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Reading ahead. On a store where each read is a round trip to a server
// (PostgreSQL: graph.Batcher), an answer read lazily, fact by fact, costs
// hundreds of round trips. Before it reads, an answer walks what it will
// read (a plan) as far as the reader's caches already reach and reads
// every lookup it finds missing in one batch; it walks again from the
// top, one level deeper each time, until nothing is missing. The answer
// itself then runs as before and finds its reads in the caches, so its
// result is the lazy one by construction: a walk that misses a read costs
// a round trip, never a different answer. On other stores (bolt, memory)
// nothing is read ahead.

// maxAhead bounds the batches one read-ahead makes (the depth of the
// deepest walk: a card's agreements' events' articles are five levels
// down).
const maxAhead = 8

// plan collects the lookups a walk found missing.
type plan struct {
	r       *reader
	ls      []graph.Lookup
	seen    map[graph.Lookup]bool
	visited map[string]bool // nodes walked in this pass (kind + IRI)
}

// ahead reads ahead what walk reads, in at most maxAhead batches.
func (r *reader) ahead(walk func(p *plan)) error {
	b, ok := r.rd.(graph.Batcher)
	if !ok {
		return nil
	}
	for range maxAhead {
		p := &plan{r: r, seen: map[graph.Lookup]bool{}, visited: map[string]bool{}}
		walk(p)
		if len(p.ls) == 0 {
			return nil
		}
		found, err := b.Lookups(r.ctx, p.ls)
		if err != nil {
			return err
		}
		for i, l := range p.ls {
			r.store(l, found[i])
		}
	}
	return nil
}

// store caches the answer of one lookup where facts, last and articlesOf
// look for it.
func (r *reader) store(l graph.Lookup, f graph.Found) {
	switch {
	case l.Newest && l.P == schema.PredAsserts:
		if key, ok := l.V.(quad.String); ok {
			r.asserted[assertedKey{key, l.N}] = articleIRIs(f.Quads)
		}
	case l.Newest:
		r.lasts[edgeKey{l.D, iriOf(l.V), l.P.(quad.IRI), l.N}] = lastFacts{f.Quads, f.Total}
	default:
		sortFacts(f.Quads)
		r.edges[edgeKey{l.D, iriOf(l.V), l.P.(quad.IRI), l.N}] = f.Quads
	}
}

// want adds a lookup unless it is planned already.
func (p *plan) want(l graph.Lookup) {
	if !p.seen[l] {
		p.seen[l] = true
		p.ls = append(p.ls, l)
	}
}

// visit reports whether a node of a kind is walked for the first time in
// this pass.
func (p *plan) visit(kind, iri string) bool {
	if iri == "" || p.visited[kind+" "+iri] {
		return false
	}
	p.visited[kind+" "+iri] = true
	return true
}

// facts returns what reader.facts will return, if it is cached, else
// plans its lookup.
func (p *plan) facts(d quad.Direction, iri string, pred quad.IRI, n int) ([]quad.Quad, bool) {
	if qs, ok := p.r.edges[edgeKey{d, iri, pred, n}]; ok {
		return qs, true
	}
	p.want(graph.Lookup{D: d, V: quad.IRI(iri), P: pred, N: n})
	return nil, false
}

// last is facts for reader.last.
func (p *plan) last(d quad.Direction, iri string, pred quad.IRI, n int) ([]quad.Quad, bool) {
	if l, ok := p.r.lasts[edgeKey{d, iri, pred, n}]; ok {
		return l.quads, true
	}
	p.want(graph.Lookup{D: d, V: quad.IRI(iri), P: pred, N: n, Newest: true})
	return nil, false
}

// articlesOf plans reader.articlesOf.
func (p *plan) articlesOf(q quad.Quad, n int) {
	q.Label = nil
	key := graph.FactKey(q)
	if _, ok := p.r.asserted[assertedKey{key, n}]; !ok {
		p.want(graph.Lookup{D: quad.Object, V: key, P: schema.PredAsserts, N: n, Newest: true, NoTotal: true})
	}
}

// node plans reader.node.
func (p *plan) node(iri string) {
	if _, ok := p.r.nodes[iri]; ok || !p.visit("node", iri) {
		return
	}
	p.facts(quad.Subject, iri, schema.PredType, 0)
	for _, pred := range []quad.IRI{schema.PredName, schema.PredTitle, schema.PredText, schema.PredHeadline} {
		qs, ok := p.facts(quad.Subject, iri, pred, 1)
		if ok && len(qs) > 0 && graph.LiteralText(qs[0].Object) != "" {
			break
		}
	}
}

// names plans reader.names.
func (p *plan) names(iri string) {
	p.facts(quad.Subject, iri, schema.PredName, MaxFacts)
	p.facts(quad.Subject, iri, schema.PredAlias, MaxFacts)
}

// article plans reader.article.
func (p *plan) article(iri string) {
	if _, ok := p.r.articles[iri]; ok || !p.visit("article", iri) {
		return
	}
	for _, pred := range []quad.IRI{schema.PredHeadline, schema.PredURL, schema.PredPublished} {
		p.facts(quad.Subject, iri, pred, 1)
	}
}

// statement plans reader.statement.
func (p *plan) statement(iri string) {
	if !p.visit("statement", iri) {
		return
	}
	p.facts(quad.Subject, iri, schema.PredText, 1)
	speakers, _ := p.facts(quad.Subject, iri, schema.PredSaidBy, 1)
	for _, q := range speakers {
		p.node(iriOf(q.Object))
	}
	about, _ := p.facts(quad.Subject, iri, schema.PredAbout, MaxFacts)
	for _, q := range about {
		p.node(iriOf(q.Object))
	}
	read, _ := p.facts(quad.Subject, iri, schema.PredInArticle, MaxArticles)
	for _, q := range read {
		p.article(iriOf(q.Object))
	}
}

// role plans reader.role.
func (p *plan) role(iri string) {
	if !p.visit("role", iri) {
		return
	}
	p.node(iri)
	orgs, _ := p.facts(quad.Subject, iri, schema.PredOf, MaxFacts)
	for _, q := range orgs {
		p.node(iriOf(q.Object))
		p.articlesOf(q, MaxArticles)
	}
	p.facts(quad.Subject, iri, schema.PredFormer, MaxFacts)
	holders, _ := p.facts(quad.Object, iri, schema.PredHolds, MaxFacts)
	for _, q := range holders {
		p.node(iriOf(q.Subject))
		p.articlesOf(q, MaxArticles)
	}
}

// event plans reader.event.
func (p *plan) event(iri string) {
	if !p.visit("event", iri) {
		return
	}
	for _, pred := range []quad.IRI{schema.PredVerb, schema.PredSubject, schema.PredObject, schema.PredSentence, schema.PredDate, schema.PredInArticle} {
		qs, _ := p.facts(quad.Subject, iri, pred, 0)
		for _, q := range qs {
			switch pred {
			case schema.PredSubject, schema.PredObject:
				p.node(iriOf(q.Object))
			case schema.PredInArticle:
				p.article(iriOf(q.Object))
			}
		}
	}
}

// entries plans reader.entries.
func (p *plan) entries(iri string, links []quad.IRI, n int) {
	for _, pred := range links {
		qs, _ := p.last(quad.Object, iri, pred, n)
		for _, q := range qs {
			if pred == schema.PredSaidBy || pred == schema.PredAbout {
				p.statement(iriOf(q.Subject))
			} else {
				p.event(iriOf(q.Subject))
			}
		}
	}
}

// agreement plans reader.agreement.
func (p *plan) agreement(iri string) {
	if !p.visit("agreement", iri) {
		return
	}
	p.node(iri)
	parties, _ := p.facts(quad.Subject, iri, schema.PredParty, MaxFacts)
	for _, q := range parties {
		if o := iriOf(q.Object); o != "" {
			p.node(o)
			p.articlesOf(q, MaxArticles)
		}
	}
	p.entries(iri, []quad.IRI{schema.PredObject}, agreementEvents)
}

// card plans reader.card.
func (p *plan) card(n Node) {
	iri := n.IRI
	p.names(iri)
	p.facts(quad.Subject, iri, schema.PredWikidata, 1)
	holds, _ := p.facts(quad.Subject, iri, schema.PredHolds, MaxFacts)
	for _, q := range holds {
		p.role(iriOf(q.Object))
	}
	officials, _ := p.last(quad.Object, iri, schema.PredOf, CardItems)
	for _, q := range officials {
		p.role(iriOf(q.Subject))
	}
	for _, pred := range relationPreds {
		for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
			qs, _ := p.last(dir, iri, pred, CardItems)
			for _, q := range qs {
				other := q.Object
				if dir == quad.Object {
					other = q.Subject
				}
				if o := iriOf(other); o != "" {
					p.node(o)
					p.articlesOf(q, MaxArticles)
				}
			}
		}
	}
	p.entries(iri, eventLinks, CardItems)
	for _, pred := range []quad.IRI{schema.PredSaidBy, schema.PredAbout} {
		qs, _ := p.last(quad.Object, iri, pred, CardItems)
		for _, q := range qs {
			p.statement(iriOf(q.Subject))
		}
	}
	if n.Type == string(schema.Agreement) {
		p.agreement(iri)
	}
	parties, _ := p.last(quad.Object, iri, schema.PredParty, CardItems)
	for _, q := range parties {
		p.agreement(iriOf(q.Subject))
	}
	mentions, _ := p.last(quad.Object, iri, schema.PredMentions, CardItems)
	for _, q := range mentions {
		p.article(iriOf(q.Subject))
	}
}

// articleIRIs returns the IRIs of the subjects of quads (articles that
// assert a fact), sorted, as articlesOf gives them.
func articleIRIs(newest []quad.Quad) []string {
	as := make([]string, 0, len(newest))
	for _, a := range newest {
		if iri := iriOf(a.Subject); iri != "" {
			as = append(as, iri)
		}
	}
	sort.Strings(as)
	return as
}
