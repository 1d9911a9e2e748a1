package ask

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

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
		skip := func(p quad.Value) bool {
			return p == quad.Value(schema.PredType) || p == quad.Value(schema.PredMentions) || p == quad.Value(schema.PredInArticle)
		}
		seen := set{center.IRI: true}
		frontier := []string{center.IRI}
		for d := 0; d < hops && len(frontier) > 0; d++ {
			var next []string
			for _, iri := range frontier {
				outQ, err := r.outQuads(iri)
				if err != nil {
					return err
				}
				inQ, err := r.inQuads(iri)
				if err != nil {
					return err
				}
				for _, q := range append(outQ, inQ...) {
					if skip(q.Predicate) {
						continue
					}
					for _, v := range []quad.Value{q.Subject, q.Object} {
						if o := iriOf(v); o != "" && !seen[o] {
							seen.add(o)
							next = append(next, o)
						}
					}
				}
			}
			frontier = next
		}
		for _, iri := range seen.sorted() {
			qs, err := r.outQuads(iri)
			if err != nil {
				return err
			}
			for _, q := range qs {
				if o := iriOf(q.Object); o == "" || seen[o] || q.Predicate == quad.Value(schema.PredType) {
					out = append(out, q)
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
