package schema

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// Quads turns one article's extraction into quads, every one labelled with
// the article's IRI so that each fact says where it was read. Names in roles,
// statements, agreements and relations are resolved against the extraction's
// entities (by name or alias); a name with no entity becomes a node of the
// most likely type (a Person for speakers and role holders, an Organization
// otherwise). A relation is an edge subject -predicate-> object and, when
// it has a date or a sentence, also an event node (ClassEvent) carrying its
// verb, subject, object, date, sentence offsets and article. The result is
// sorted and free of duplicates.
func Quads(a Article, x Extraction) []quad.Quad {
	label := ArticleIRI(a.ID)
	b := &builder{label: label, seen: map[quad.Quad]bool{}}

	b.add(label, PredType, ClassArticle)
	if a.Title != "" {
		b.add(label, PredHeadline, quad.String(a.Title))
	}
	if a.URL != "" {
		b.add(label, PredURL, quad.String(a.URL))
	}
	if !a.Published.IsZero() {
		b.add(label, PredPublished, quad.Time(a.Published.UTC()))
	} else if t, err := time.Parse(time.DateOnly, x.Published); err == nil {
		// The date the extractor read in the text: a date line, a dateline.
		b.add(label, PredPublished, quad.Time(t))
	}
	if a.Source != "" {
		b.add(label, PredSource, quad.String(a.Source))
	}

	idx := NewIndex(x.Entities)
	for _, e := range x.Entities {
		node := EntityIRI(e.Type, e.Name)
		b.add(node, PredType, ClassOf(e.Type))
		b.add(node, PredName, quad.String(e.Name))
		for _, al := range e.Aliases {
			if Fold(al) != Fold(e.Name) {
				b.add(node, PredAlias, quad.String(al))
			}
		}
		if e.Wikidata != "" {
			b.add(node, PredWikidata, quad.String(e.Wikidata))
		}
		b.add(label, PredMentions, node)
	}
	// node resolves a name to its entity's IRI, declaring it if unknown.
	node := func(name string, fallback EntityType) quad.IRI {
		if e, ok := idx.Lookup(name); ok {
			return EntityIRI(e.Type, e.Name)
		}
		n := EntityIRI(fallback, name)
		b.add(n, PredType, ClassOf(fallback))
		b.add(n, PredName, quad.String(name))
		b.add(label, PredMentions, n)
		return n
	}

	for _, r := range x.Roles {
		person := node(r.Person, Person)
		org := node(r.Org, Organization)
		role := RoleIRI(idx.Canonical(r.Person), r.Title, idx.Canonical(r.Org))
		b.add(person, PredHolds, role)
		b.add(role, PredType, ClassRole)
		b.add(role, PredTitle, quad.String(r.Title))
		b.add(role, PredOf, org)
		b.add(role, PredFormer, quad.Bool(r.Former))
	}
	for _, s := range x.Statements {
		speaker := node(s.Speaker, Person)
		st := StatementIRI(idx.Canonical(s.Speaker), s.Quote)
		b.add(st, PredType, ClassStatement)
		b.add(st, PredSaidBy, speaker)
		b.add(st, PredText, quad.String(s.Quote))
		b.add(st, PredInArticle, label)
		if s.End > s.Start {
			b.add(st, PredStart, quad.Int(s.Start))
			b.add(st, PredEnd, quad.Int(s.End))
		}
		for _, about := range s.About {
			b.add(st, PredAbout, node(about, Organization))
		}
	}
	for _, ag := range x.Agreements {
		n := node(ag.Name, Agreement)
		for _, p := range ag.Parties {
			b.add(n, PredParty, node(p, Government))
		}
	}
	for _, r := range x.Relations {
		if _, ok := RelationPredicates[r.Predicate]; !ok {
			continue
		}
		subj, obj := node(r.Subject, Organization), node(r.Object, Organization)
		verb := RelationIRI(r.Predicate)
		b.add(subj, verb, obj) // the direct edge, for paths
		date, dated := relationDate(r.Date)
		if !dated && r.End <= r.Start {
			continue // nothing more than subject and object
		}
		ev := EventIRI(a.ID, idx.Canonical(r.Subject), r.Predicate, idx.Canonical(r.Object), r.Start)
		b.add(ev, PredType, ClassEvent)
		b.add(ev, PredVerb, verb)
		b.add(ev, PredSubject, subj)
		b.add(ev, PredObject, obj)
		b.add(ev, PredInArticle, label)
		if dated {
			b.add(ev, PredDate, date)
		}
		if r.End > r.Start {
			b.add(ev, PredStart, quad.Int(r.Start))
			b.add(ev, PredEnd, quad.Int(r.End))
		}
		if r.Sentence != "" {
			b.add(ev, PredSentence, quad.String(r.Sentence))
		}
	}
	return b.sorted()
}

// relationDate reads a relation's date, YYYY-MM-DD or YYYY-MM, as a typed
// date.
func relationDate(s string) (quad.Time, bool) {
	for _, layout := range []string{time.DateOnly, "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return quad.Time(t), true
		}
	}
	return quad.Time{}, false
}

type builder struct {
	label quad.IRI
	seen  map[quad.Quad]bool
	out   []quad.Quad
}

func (b *builder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Make(validUTF8(s), p, validUTF8(o), b.label)
	if !b.seen[q] {
		b.seen[q] = true
		b.out = append(b.out, q)
	}
}

// validUTF8 replaces invalid UTF-8 in a string or IRI with U+FFFD: N-Quads
// cannot carry it, so a store keyed by a quad's N-Quad text could not find
// the quad again.
func validUTF8(v quad.Value) quad.Value {
	switch t := v.(type) {
	case quad.String:
		if !utf8.ValidString(string(t)) {
			return quad.String(strings.ToValidUTF8(string(t), "\uFFFD"))
		}
	case quad.IRI:
		if !utf8.ValidString(string(t)) {
			return quad.IRI(strings.ToValidUTF8(string(t), "\uFFFD"))
		}
	}
	return v
}

// sorted returns the quads in N-Quad text order, each line rendered once.
func (b *builder) sorted() []quad.Quad {
	keys := make([]string, len(b.out))
	order := make([]int, len(b.out))
	for i, q := range b.out {
		keys[i] = q.NQuad()
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return keys[order[i]] < keys[order[j]] })
	out := make([]quad.Quad, len(order))
	for i, k := range order {
		out[i] = b.out[k]
	}
	return out
}

// Index finds an extraction's entities by any of their names, compared with
// Fold.
type Index struct {
	byName map[string]Entity
}

// NewIndex indexes entities by name and alias; the first entity to claim a
// name keeps it.
func NewIndex(entities []Entity) *Index {
	idx := &Index{byName: map[string]Entity{}}
	for _, e := range entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := Fold(n)
			if _, dup := idx.byName[k]; !dup {
				idx.byName[k] = e
			}
		}
	}
	return idx
}

// Lookup returns the entity with the given name or alias.
func (idx *Index) Lookup(name string) (Entity, bool) {
	e, ok := idx.byName[Fold(name)]
	return e, ok
}

// Canonical returns the entity name for name, or name itself when unknown.
func (idx *Index) Canonical(name string) string {
	if e, ok := idx.Lookup(name); ok {
		return e.Name
	}
	return name
}

// Validate reports the first structural problem of an extraction: an entity
// without a name or with a type outside the closed set.
func (x Extraction) Validate() error {
	for i, e := range x.Entities {
		if e.Name == "" {
			return fmt.Errorf("entity %d: empty name", i)
		}
		if _, err := ParseEntityType(string(e.Type)); err != nil {
			return fmt.Errorf("entity %d (%s): %w", i, e.Name, err)
		}
	}
	return nil
}
