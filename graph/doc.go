// Package graph opens newsgraph's Cayley store (a bbolt file by default,
// memstore for "memory", PostgreSQL for a postgres:// URL) and writes one
// article's quads per transaction, replacing whatever that article wrote
// before. It serialises writers against readers, since memstore has no
// locking and bbolt can deadlock when a commit remaps under a reader.
package graph
