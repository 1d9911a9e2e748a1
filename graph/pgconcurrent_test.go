package graph

import (
	"context"
	"database/sql"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPostgresRemoverWaitsForAdder has one process remove the last
// assertion of some facts (rewriting article A without a person) while
// another adds one (article B naming him), the second starting after the
// first has read how many articles assert them: the facts and the name
// keys must stay, as when the two are written one after the other.
// Without the facts' locks (pgLockFacts) both commit, each having seen
// the other's assertion, and B asserts facts that are gone.
func TestPostgresRemoverWaitsForAdder(t *testing.T) {
	spec := freshPostgres(t)
	ctx := context.Background()
	person := schema.Extraction{Entities: []schema.Entity{
		{Name: "Omar García Harfuch", Type: schema.Person, Aliases: []string{"García Harfuch"}},
		{Name: "Mexico", Type: schema.Government},
	}}
	other := schema.Extraction{Entities: []schema.Entity{{Name: "Mexico", Type: schema.Government}}}
	artA, artB := schema.Article{ID: "a", Title: "A"}, schema.Article{ID: "b", Title: "B"}
	write := func(a schema.Article, x schema.Extraction) ArticleWrite {
		label, qs := quadsOf(a, x)
		return ArticleWrite{Label: label, Quads: qs}
	}
	remover, adder := openStore(t, spec), openStore(t, spec)
	replace(t, remover, artA, person)

	db, err := sql.Open("postgres", spec)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	done := make(chan []WriteResult, 1)
	var fired atomic.Bool
	testHookBeforeWrite = func() {
		if !fired.CompareAndSwap(false, true) {
			return // the adder's own write
		}
		go func() { done <- adder.WriteArticles(ctx, []ArticleWrite{write(artB, person)}) }()
		// until the adder has written, or waits for a lock
		for {
			select {
			case r := <-done:
				done <- r
				return
			default:
			}
			var waiting int
			if err := db.QueryRow(`SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
				AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&waiting); err != nil {
				t.Error(err)
				return
			}
			if waiting > 0 {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	t.Cleanup(func() { testHookBeforeWrite = nil })
	for _, r := range remover.WriteArticles(ctx, []ArticleWrite{write(artA, other)}) {
		if r.Err != nil {
			t.Fatalf("remover: %v", r.Err)
		}
	}
	for _, r := range <-done {
		if r.Err != nil {
			t.Fatalf("adder: %v", r.Err)
		}
	}
	if !fired.Load() {
		t.Fatal("the remover wrote nothing")
	}

	ref := openStore(t, freshPostgres(t))
	replace(t, ref, artA, person)
	replace(t, ref, artA, other)
	replace(t, ref, artB, person)
	sameStore(t, openStore(t, spec), ref, "A rewritten without the person while B named him")
	pgNoDanglingQuads(t, spec)
}

// pgNoDanglingQuads fails the test when a quad of the PostgreSQL store at
// spec names a node the nodes table lacks, or a node is kept at zero
// references: what Cayley's foreign keys (dropped, see pgIndexes) and
// newsgraph's reference counts must rule out.
func pgNoDanglingQuads(t *testing.T, spec string) {
	t.Helper()
	db, err := sql.Open("postgres", spec)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var dangling, unreferenced int
	err = db.QueryRow(`SELECT
		(SELECT count(*) FROM quads q WHERE
			NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.subject_hash) OR
			NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.predicate_hash) OR
			NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.object_hash) OR
			(q.label_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM nodes WHERE hash = q.label_hash))),
		(SELECT count(*) FROM nodes WHERE refs <= 0)`).Scan(&dangling, &unreferenced)
	if err != nil {
		t.Fatal(err)
	}
	if dangling > 0 || unreferenced > 0 {
		t.Errorf("%d quads name a missing node, %d nodes have no references", dangling, unreferenced)
	}
}

// TestPostgresTableShape checks the indexes and constraints a PostgreSQL
// store has after a writable open (pgIndexes), both for a new database and
// for one Cayley alone initialised, as older newsgraph versions left it.
func TestPostgresTableShape(t *testing.T) {
	want := []string{"ng_oph_index", "ng_sph_index", "pos_index", "quads_pkey", "spo_unique", "spol_unique"}
	for _, tt := range []struct {
		name string
		init func(t *testing.T, spec string)
	}{
		{"new database", func(t *testing.T, spec string) {}},
		{"initialised by Cayley", func(t *testing.T, spec string) {
			if err := graph.InitQuadStore(BackendPostgres, spec, nil); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			spec := freshPostgres(t)
			tt.init(t, spec)
			openStore(t, spec)
			db, err := sql.Open("postgres", spec)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			var indexes string
			var keys, generations int
			err = db.QueryRow(`SELECT
				(SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'quads'),
				(SELECT count(*) FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'f'),
				(SELECT count(*) FROM ng_generation)`).Scan(&indexes, &keys, &generations)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, strings.Fields(indexes)); diff != "" {
				t.Errorf("indexes of quads (-want +got):\n%s", diff)
			}
			if keys != 0 || generations != 1 {
				t.Errorf("%d foreign keys on quads (want 0), %d rows in ng_generation (want 1)", keys, generations)
			}
		})
	}
}
