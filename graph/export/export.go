package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/voc"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Formats export writes.
const (
	NQuads  = "nquads"
	JSONLD  = "jsonld"
	GraphML = "graphml"
	DOT     = "dot"
)

// Formats lists the format names in a fixed order.
var Formats = []string{NQuads, JSONLD, GraphML, DOT}

// ArticleIRI turns what a user calls an article — its IRI, with or without
// angle brackets, or its ID (the file name it was loaded from) — into the
// article's IRI.
func ArticleIRI(a string) quad.IRI {
	a = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(a), "<"), ">")
	if strings.HasPrefix(a, schema.Prefix+"article/") {
		return quad.IRI(a)
	}
	return schema.ArticleIRI(a)
}

// Quads reads the store's quads as articles wrote them (every fact
// labelled with each article that read it; see graph's layout), or only
// article's when it is not empty, in N-Quads order.
func Quads(ctx context.Context, store *graph.Store, article quad.IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	err := store.View(func(qs cgraph.QuadStore) error {
		articles := []quad.IRI{article}
		if article != "" {
			ref, err := qs.ValueOf(article)
			if err != nil {
				return err
			}
			if ref == nil {
				return fmt.Errorf("no article %s in the store", article)
			}
		} else {
			var err error
			if articles, err = graph.Articles(ctx, qs); err != nil {
				return err
			}
		}
		for _, a := range articles {
			aq, err := graph.ArticleQuads(ctx, qs, a)
			if err != nil {
				return err
			}
			out = append(out, aq...)
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("export: read quads: %w", err)
	}
	Sort(out)
	return out, nil
}

// StreamNQuads writes every article's quads as N-Quads, one article at a
// time (each article's quads in N-Quads order, articles in the order they
// were first stored), so memory stays flat however large the store; it
// returns how many quads it wrote.
func StreamNQuads(ctx context.Context, w io.Writer, store *graph.Store) (int, error) {
	var articles []quad.IRI
	err := store.View(func(qs cgraph.QuadStore) error {
		var err error
		articles, err = graph.Articles(ctx, qs)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("export: list articles: %w", err)
	}
	qw := nquads.NewWriter(w)
	n := 0
	for _, a := range articles {
		var quads []quad.Quad
		err := store.View(func(qs cgraph.QuadStore) error {
			var err error
			quads, err = graph.ArticleQuads(ctx, qs, a)
			return err
		})
		if err != nil {
			return n, fmt.Errorf("export %s: %w", a, err)
		}
		Sort(quads)
		if _, err := qw.WriteQuads(quads); err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		n += len(quads)
	}
	if err := qw.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// LDContext is the @context of JSON-LD exports: each prefix the store's
// IRIs use ("ng:", "schema:" for schema.org, "rdf:", …) bound to its
// namespace, so a JSON-LD processor expands every IRI to a full one.
func LDContext() map[string]any {
	ctx := map[string]any{}
	for _, ns := range voc.List() {
		ctx[strings.TrimSuffix(ns.Prefix, ":")] = ns.Full
	}
	return map[string]any{"@context": ctx}
}

// FullIRIs returns quads with every IRI (datatypes included) in full, as
// JSON-LD wants them; the store keeps them short ("ng:person/…").
func FullIRIs(quads []quad.Quad) []quad.Quad {
	out := make([]quad.Quad, len(quads))
	for i, q := range quads {
		out[i] = quad.Quad{Subject: fullValue(q.Subject), Predicate: fullValue(q.Predicate), Object: fullValue(q.Object), Label: fullValue(q.Label)}
	}
	return out
}

func fullValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return v.Full()
	case quad.TypedString:
		v.Type = v.Type.Full()
		return v
	case quad.TypedStringer:
		ts := v.TypedString()
		ts.Type = ts.Type.Full()
		return ts
	}
	return v
}

// Sort puts quads in N-Quads order, so output is deterministic.
func Sort(qs []quad.Quad) { graph.SortBy(qs, quad.Quad.NQuad) }

// Write writes quads to w in format.
func Write(w io.Writer, format string, quads []quad.Quad) error {
	var err error
	switch format {
	case NQuads:
		err = writeQuads(nquads.NewWriter(w), quads)
	case JSONLD:
		jw := jsonld.NewWriter(w)
		jw.SetLdContext(LDContext())
		err = writeQuads(jw, FullIRIs(quads))
	case GraphML:
		err = WriteGraphML(w, quads)
	case DOT:
		err = WriteDOT(w, quads, DOTOptions{})
	default:
		return fmt.Errorf("export: unknown format %q (have %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

func writeQuads(qw quad.WriteCloser, quads []quad.Quad) error {
	if _, err := qw.WriteQuads(quads); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}
