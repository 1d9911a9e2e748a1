package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// The GraphML document, as encoding/xml writes it.
type graphML struct {
	XMLName xml.Name     `xml:"graphml"`
	XMLNS   string       `xml:"xmlns,attr"`
	Keys    []graphMLKey `xml:"key"`
	Graph   graphMLGraph `xml:"graph"`
}

type graphMLKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphMLGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphMLNode `xml:"node"`
	Edges       []graphMLEdge `xml:"edge"`
}

type graphMLNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphMLData `xml:"data"`
}

type graphMLEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphMLData `xml:"data"`
}

type graphMLData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// GraphML attribute keys.
var graphMLKeys = []graphMLKey{
	{"name", "node", "name", "string"},
	{"type", "node", "type", "string"},
	{"aliases", "node", "aliases", "string"},
	{"predicate", "edge", "predicate", "string"},
	{"article", "edge", "article", "string"},
}

// WriteGraphML writes quads as a GraphML document: node ids are the IRIs,
// nodes have name, type and aliases ("; "-separated), edges predicate and
// article (space-separated article IRIs).
func WriteGraphML(w io.Writer, quads []quad.Quad) error {
	m := NewModel(quads)
	doc := graphML{XMLNS: "http://graphml.graphdrawing.org/xmlns", Keys: graphMLKeys,
		Graph: graphMLGraph{ID: "newsgraph", EdgeDefault: "directed"}}
	for _, n := range m.Nodes {
		gn := graphMLNode{ID: n.IRI, Data: []graphMLData{{"name", n.Name}, {"type", n.Type}}}
		if len(n.Aliases) > 0 {
			gn.Data = append(gn.Data, graphMLData{"aliases", strings.Join(n.Aliases, "; ")})
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for i, e := range m.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphMLEdge{ID: fmt.Sprintf("e%d", i), Source: e.From, Target: e.To,
			Data: []graphMLData{{"predicate", e.Predicate}, {"article", strings.Join(e.Articles, " ")}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
