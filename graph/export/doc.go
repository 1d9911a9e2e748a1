// Package export writes the graph, or one article's part of it, as N-Quads
// (Cayley's quad/nquads writer), JSON-LD (quad/jsonld), GraphML (for Gephi
// and yEd: nodes carry name and type, edges their predicate and the articles
// they were read in) or Graphviz DOT.
//
// GraphML and DOT draw entities, roles, statements and articles as nodes;
// literal values (names, titles, quotes) become node attributes and rdf:type
// becomes the node's type rather than an edge.
package export
