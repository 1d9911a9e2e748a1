package export

import (
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Node is a drawn node: an IRI with the literals read about it.
type Node struct {
	IRI     string
	Name    string // schema:name, else a role's title, a statement's text or an article's headline.
	Type    string // "Person", "Government", ... "Role", "Statement", "Article", or the class IRI.
	Aliases []string
}

// Edge is one (subject, predicate, object) link between two nodes, with
// every article it was read in.
type Edge struct {
	From, To  string // Node IRIs.
	Predicate string // "ng:holds".
	Articles  []string
}

// Model is the node-and-edge view of a quad set that GraphML and DOT draw.
type Model struct {
	Nodes []Node // In IRI order.
	Edges []Edge // In (from, predicate, to) order.
}

// NewModel builds the drawing of quads: every IRI used as a subject or an
// object is a node, except classes (rdf:type becomes the node's Type); a quad
// with an IRI object is an edge; a literal object is an attribute.
func NewModel(quads []quad.Quad) Model {
	nodes := map[string]*Node{}
	node := func(iri string) *Node {
		n, ok := nodes[iri]
		if !ok {
			n = &Node{IRI: iri}
			nodes[iri] = n
		}
		return n
	}
	type ekey struct{ from, pred, to string }
	edges := map[ekey]map[string]bool{}
	fallback := map[string]string{}
	for _, q := range quads {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		n := node(string(s))
		p := iriString(q.Predicate)
		switch o := q.Object.(type) {
		case quad.IRI:
			if q.Predicate == quad.Value(schema.PredType) {
				if name, ok := schema.ClassName(o); ok {
					n.Type = name
				} else {
					n.Type = string(o)
				}
				continue
			}
			node(string(o))
			k := ekey{string(s), p, string(o)}
			if edges[k] == nil {
				edges[k] = map[string]bool{}
			}
			if l, ok := q.Label.(quad.IRI); ok {
				edges[k][string(l)] = true
			}
		default:
			text := graph.LiteralText(o)
			switch q.Predicate {
			case quad.Value(schema.PredName):
				n.Name = text
			case quad.Value(schema.PredAlias):
				n.Aliases = append(n.Aliases, text)
			case quad.Value(schema.PredTitle), quad.Value(schema.PredText), quad.Value(schema.PredHeadline):
				fallback[n.IRI] = text
			}
		}
	}
	var m Model
	for iri, n := range nodes {
		if n.Name == "" {
			n.Name = fallback[iri]
		}
		sort.Strings(n.Aliases)
		m.Nodes = append(m.Nodes, *n)
	}
	sort.Slice(m.Nodes, func(i, j int) bool { return m.Nodes[i].IRI < m.Nodes[j].IRI })
	for k, labels := range edges {
		e := Edge{From: k.from, Predicate: k.pred, To: k.to}
		for l := range labels {
			e.Articles = append(e.Articles, l)
		}
		sort.Strings(e.Articles)
		m.Edges = append(m.Edges, e)
	}
	sort.Slice(m.Edges, func(i, j int) bool {
		a, b := m.Edges[i], m.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.To < b.To
	})
	return m
}

func iriString(v quad.Value) string {
	if i, ok := v.(quad.IRI); ok {
		return string(i)
	}
	return v.String()
}
