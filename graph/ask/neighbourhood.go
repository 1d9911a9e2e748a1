package ask

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// maxRenderFanout bounds the links of one kind followed from one node: a
// picture of more is unreadable, and a busy government has thousands.
const maxRenderFanout = 100

// Neighbourhood returns the entity named name and the quads around it: every
// node within hops links of it (roles and statements count as nodes, so a
// person's organisation is two hops away; articles are left out, being linked
// to everything), with the quads among those nodes and their names and
// types. It is what `render` draws.
func (a *Asker) Neighbourhood(ctx context.Context, name string, hops int) (Node, []quad.Quad, error) {
	if hops < 1 || hops > MaxMaxHops {
		return Node{}, nil, invalidf("hops must be between 1 and %d, not %d", MaxMaxHops, hops)
	}
	var center Node
	var out []quad.Quad
	err := a.view(ctx, func(r *reader) error {
		var err error
		if center, err = r.resolve(name); err != nil {
			return err
		}
		links := append([]quad.IRI{schema.PredHolds, schema.PredOf, schema.PredSaidBy, schema.PredAbout, schema.PredParty}, relationPreds...)
		seen := set{center.IRI: true}
		frontier := []string{center.IRI}
		for d := 0; d < hops && len(frontier) > 0; d++ {
			var next []string
			err := r.ahead(func(p *plan) {
				for _, iri := range frontier {
					for _, pred := range links {
						p.facts(quad.Subject, iri, pred, maxRenderFanout)
						p.facts(quad.Object, iri, pred, maxRenderFanout)
					}
				}
			})
			if err != nil {
				return err
			}
			for _, iri := range frontier {
				for _, p := range links {
					for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
						qs, err := r.facts(dir, iri, p, maxRenderFanout)
						if err != nil {
							return err
						}
						for _, q := range qs {
							for _, v := range []quad.Value{q.Subject, q.Object} {
								if o := iriOf(v); o != "" && !seen[o] {
									seen.add(o)
									next = append(next, o)
								}
							}
						}
					}
				}
			}
			frontier = next
		}
		described := append([]quad.IRI{schema.PredType, schema.PredName, schema.PredAlias, schema.PredWikidata,
			schema.PredTitle, schema.PredFormer, schema.PredText}, links...)
		err = r.ahead(func(p *plan) {
			for iri := range seen {
				for _, pred := range described {
					p.facts(quad.Subject, iri, pred, MaxFacts)
				}
			}
		})
		if err != nil {
			return err
		}
		for _, iri := range seen.sorted() {
			for _, p := range described {
				qs, err := r.out(iri, p)
				if err != nil {
					return err
				}
				for _, q := range qs {
					if o := iriOf(q.Object); o == "" || seen[o] || q.Predicate == quad.Value(schema.PredType) {
						out = append(out, q)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return Node{}, nil, fmt.Errorf("neighbourhood of %q: %w", name, err)
	}
	return center, out, nil
}
