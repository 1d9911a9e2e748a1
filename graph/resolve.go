package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// PersonNames returns the name of every Person in the store, sorted. It
// reads every person: a load does not call it (see NewResolver).
func (s *Store) PersonNames(ctx context.Context) ([]string, error) {
	var names []string
	err := s.View(func(qs graph.QuadStore) error {
		p := path.StartPath(qs).Has(schema.PredType, schema.ClassOf(schema.Person)).Out(schema.PredName).Unique()
		return p.Iterate(ctx).EachValue(qs, func(v quad.Value) error {
			if s, ok := v.(quad.String); ok {
				names = append(names, string(s))
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("person names: %w", err)
	}
	sort.Strings(names)
	return names, nil
}

// PeopleWithLastWord returns the names of the people in the store whose
// name ends with the word w (folded; words as NameWords splits them),
// found through the name keys: its cost follows how many people carry a
// word starting so, not the number of people in the store.
func (s *Store) PeopleWithLastWord(ctx context.Context, w string) ([]string, error) {
	var names []string
	err := s.Read(ctx, func(_ graph.QuadStore, r Reader) error {
		keyed, err := r.QuadsWith(ctx, quad.Object, quad.String(LookupKey(KeyWord, w)), schema.PredKey, 0)
		if err != nil {
			return err
		}
		seen := map[quad.IRI]bool{}
		var ls []Lookup // each person's names
		for _, q := range keyed {
			node, ok := q.Subject.(quad.IRI)
			if !ok || seen[node] || !strings.HasPrefix(string(node), personPrefix) {
				continue
			}
			seen[node] = true
			ls = append(ls, Lookup{D: quad.Subject, V: node, P: schema.PredName})
		}
		named, err := QuadsWithEach(ctx, r, ls)
		if err != nil {
			return err
		}
		for _, qs := range named {
			for _, n := range qs {
				name, ok := n.Object.(quad.String)
				if ok && lastWord(schema.Fold(string(name))) == w {
					names = append(names, string(name))
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("people named … %s: %w", w, err)
	}
	sort.Strings(names)
	return slices.Compact(names), nil
}

// personPrefix begins the IRI of every person (schema.EntityIRI).
var personPrefix = strings.TrimSuffix(string(schema.EntityIRI(schema.Person, "x")), "x")

// lastWord returns the last of a folded name's words ("" for none).
func lastWord(folded string) string {
	ws := NameWords(folded)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// Resolver gives people named only in part ("Sheinbaum") the full name
// ("Claudia Sheinbaum") under which they are already known, from earlier
// articles or from the same one, when exactly one known person fits, so
// that one person is one node across articles. It is not safe for
// concurrent use: resolve and learn articles in load order.
type Resolver struct {
	// bySuffix maps the last words of a full name ("sheinbaum",
	// "lopez obrador") to the full names (folded → as written) ending so.
	bySuffix map[string]map[string]string
	// known, when set, gives the names of the people already known whose
	// name ends with a word, asked once per word (asked) before a name
	// ending with it is resolved.
	known func(ctx context.Context, word string) ([]string, error)
	asked map[string]bool
}

// NewResolver returns a Resolver that knows the given full names.
func NewResolver(names []string) *Resolver {
	r := &Resolver{bySuffix: map[string]map[string]string{}}
	for _, n := range names {
		addName(r.bySuffix, n, false)
	}
	return r
}

// NewResolver returns a Resolver that knows every person in the store. It
// reads none of them up front: resolving a name asks the store for the
// people whose name ends with the name's last word, once per word, so
// starting a load costs nothing however many people the store holds.
func (s *Store) NewResolver(ctx context.Context) (*Resolver, error) {
	r := NewResolver(nil)
	r.known = s.PeopleWithLastWord
	r.asked = map[string]bool{}
	return r, nil
}

// addName indexes a full name (two words or more) under each of its proper
// word suffixes; replace says whether it overrides how an equal name is
// already written.
func addName(idx map[string]map[string]string, name string, replace bool) {
	// A copy: the name is a slice of its article's text, which the index
	// would otherwise keep alive for as long as it lives (a whole load).
	name = strings.Clone(strings.TrimSpace(name))
	k := schema.Fold(name)
	for i := 0; i < len(k); i++ {
		if k[i] != ' ' {
			continue
		}
		suffix := k[i+1:]
		m := idx[suffix]
		if m == nil {
			m = map[string]string{}
			idx[suffix] = m
		}
		if _, ok := m[k]; !ok || replace {
			m[k] = name
		}
	}
}

// Learn remembers the full names of x's people for the articles after it.
func (r *Resolver) Learn(x schema.Extraction) {
	for _, e := range x.Entities {
		if e.Type == schema.Person {
			addName(r.bySuffix, e.Name, false)
		}
	}
}

// Resolve returns x with every partial person name that fits exactly one
// known or in-article full name rewritten to it; the partial name becomes
// an alias. A name fits a full name whose last words it is ("Sheinbaum",
// "López Obrador"). Names in roles and statements that name no entity are
// rewritten the same way. x itself is not modified; changed reports
// whether any name was rewritten. Its cost follows the article, not the
// number of people known; the error is the store's, when asking it fails.
func (r *Resolver) Resolve(ctx context.Context, x schema.Extraction) (out schema.Extraction, changed bool, err error) {
	if err := r.ask(ctx, x); err != nil {
		return x, false, err
	}
	local := map[string]map[string]string{} // the article's own full names
	for _, e := range x.Entities {
		if e.Type == schema.Person {
			addName(local, e.Name, true)
		}
	}
	lookup := func(name string) (string, bool) {
		k := schema.Fold(name)
		if k == "" {
			return "", false
		}
		fits := map[string]string{}
		for fk, fv := range r.bySuffix[k] {
			fits[fk] = fv
		}
		for fk, fv := range local[k] {
			fits[fk] = fv // The article's spelling wins.
		}
		if len(fits) != 1 {
			return "", false // none, or ambiguous
		}
		for _, fv := range fits {
			return fv, true
		}
		return "", false
	}

	out = x
	out.Entities = nil
	pos := map[string]int{} // Fold(person name) → index in out.Entities
	for _, e := range x.Entities {
		e.Aliases = append([]string(nil), e.Aliases...)
		if e.Type == schema.Person {
			if name, ok := lookup(e.Name); ok {
				e.Aliases = append([]string{e.Name}, e.Aliases...)
				e.Name = name
				changed = true
			}
			if i, dup := pos[schema.Fold(e.Name)]; dup {
				changed = true
				// Two entities were one person: merge into the first.
				m := &out.Entities[i]
				m.Aliases = append(m.Aliases, e.Aliases...)
				if m.Wikidata == "" {
					m.Wikidata = e.Wikidata
				}
				m.Aliases = dedupAliases(m.Name, m.Aliases)
				continue
			}
			e.Aliases = dedupAliases(e.Name, e.Aliases)
			pos[schema.Fold(e.Name)] = len(out.Entities)
		}
		out.Entities = append(out.Entities, e)
	}

	idx := schema.NewIndex(out.Entities)
	person := func(name string) string {
		if _, ok := idx.Lookup(name); ok {
			return name
		}
		if full, ok := lookup(name); ok {
			changed = true
			return full
		}
		return name
	}
	out.Roles = append([]schema.Role(nil), x.Roles...)
	for i := range out.Roles {
		out.Roles[i].Person = person(out.Roles[i].Person)
	}
	out.Statements = append([]schema.Statement(nil), x.Statements...)
	for i := range out.Statements {
		out.Statements[i].Speaker = person(out.Statements[i].Speaker)
	}
	return out, changed, nil
}

// ask learns from the store the people who may fit the names of x's
// people, roles and statements: those whose name ends with the same word.
func (r *Resolver) ask(ctx context.Context, x schema.Extraction) error {
	if r.known == nil {
		return nil
	}
	names := make([]string, 0, len(x.Entities)+len(x.Roles)+len(x.Statements))
	for _, e := range x.Entities {
		if e.Type == schema.Person {
			names = append(names, e.Name)
		}
	}
	for _, ro := range x.Roles {
		names = append(names, ro.Person)
	}
	for _, st := range x.Statements {
		names = append(names, st.Speaker)
	}
	for _, n := range names {
		w := lastWord(schema.Fold(n))
		if w == "" || r.asked[w] {
			continue
		}
		known, err := r.known(ctx, w)
		if err != nil {
			return err
		}
		r.asked[w] = true
		for _, k := range known {
			addName(r.bySuffix, k, false)
		}
	}
	return nil
}

// dedupAliases drops aliases equal (folded) to the name or to an earlier alias.
func dedupAliases(name string, aliases []string) []string {
	seen := map[string]bool{schema.Fold(name): true}
	var out []string
	for _, a := range aliases {
		if k := schema.Fold(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}
