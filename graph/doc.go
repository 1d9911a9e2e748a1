// Package graph opens newsgraph's Cayley store (a bbolt file by default,
// memstore for "memory", PostgreSQL for a postgres:// URL) and writes one
// article's quads per transaction, replacing whatever that article wrote
// before as a diff (re-adding existing quads would inflate node reference
// counts on bolt and PostgreSQL). It serialises writers against readers,
// since memstore has no locking and bbolt can deadlock when a commit remaps
// under a reader; on PostgreSQL readers are serialised too, as Cayley's SQL
// query optimizer is shared between queries without a lock.
//
// A Resolver gives a person named only by surname in one article the full
// name the store already knows, so that one person is one node across
// articles; it rewrites an Extraction before schema.Quads builds its quads.
//
// The store conformance suite (TestStore) runs the same tests against
// memstore, a bolt file and PostgreSQL (set NEWSGRAPH_TEST_POSTGRES to a
// URL whose user may create databases; CI must set it).
package graph
