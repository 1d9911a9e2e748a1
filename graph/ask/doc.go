// Package ask answers newsgraph's questions over a *graph.Store: which
// entity a name means (Resolve), how two entities are connected (Paths),
// everything known about one entity (Entity), who said what about whom
// (Statements), which agreements bind whom (Agreements) and which entities a
// few letters could mean (Search). Every answer carries its provenance: the
// articles (quad labels) each fact was read in.
//
// Results are plain structs with JSON tags; NewHandler serves the same
// answers as JSON over HTTP (/api/path, /api/entity, /api/statements,
// /api/agreements, /api/search), so the CLI's --json output and the HTTP
// endpoints print the same documents.
//
// An Asker is meant to live as long as its store is open: path searches
// keep the neighbour lists they read (the governments and much-quoted
// people most paths pass through) for the questions that follow, until the
// store changes (graph.Store.Generation).
//
// Recipes lists saved Gizmo queries whose results tag "source" and "target",
// ready for the Cayley UI's Visualize tab.
package ask
