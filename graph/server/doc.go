// Package server serves a newsgraph store over HTTP: Cayley's HTTP API v2
// (Gizmo, GraphQL and MQL queries, N-Quads writes when writable), the
// Query Shape endpoint the Cayley UI calls (POST /api/v1/shape/{lang}),
// GET /health, newsgraph's own /api/ endpoints when given, and the Cayley
// web UI itself, rewritten so that it works from whatever address it is
// served on and with no internet (its editor and icon font are embedded from
// third_party/), plus a script that fixes and extends it (uiscript.js).
//
// Every request that touches the store runs under the store's lock: queries
// and reads share it, writes take it exclusively (memstore has no locking of
// its own, and bolt can deadlock when a write remaps the file under a
// reader). Bodies are read, bounded, before the lock is taken.
//
// No request can take the server down (see Limits): queries wait for a slot
// in one of two lanes (scripts in Cayley's languages; newsgraph's own
// questions) and get 503 with Retry-After when the queue is full; each runs
// under one deadline that stops Gizmo's JavaScript and Cayley's iterators,
// and stops when its client goes away; results are bounded in bytes; and a
// watchdog samples the heap while scripts run, stopping the oldest when the
// heap has grown past the memory budget. Requests whose Host is not this
// server (DNS rebinding) or whose Origin is another site are refused;
// writes need the server's token.
//
//	srv, err := server.New(store, server.Options{QueryTimeout: 30 * time.Second, Extra: ask.NewHandler(store)})
//	err = http.ListenAndServe("127.0.0.1:64210", srv)
//
// The Query Shape endpoint describes a query's shape tree (query/shape)
// before and after Cayley's optimiser as nodes and links. For Gizmo it runs
// the script with g replaced by a proxy that hands each path to g.emit
// instead of running it; Gizmo gives an emitted path to Go as its
// *path.Path, so no unexported state is touched.
package server
