// Package schema is newsgraph's domain: the article and extraction types,
// the ontology (classes and predicates), how IRIs are minted from an
// entity's type and normalised name, and how an Extraction becomes quads.
//
// It imports nothing of newsgraph's own; loaders produce its types and graph
// stores what it emits.
package schema
