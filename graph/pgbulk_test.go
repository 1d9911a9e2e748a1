package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/schema"
)

// The bulk PostgreSQL writer (pgbulk.go) against Cayley's own: each test
// writes the same deltas both ways into fresh databases and compares the
// tables row by row.

// pgTestDB returns the URL of a fresh database initialised by Cayley's
// postgres backend (plus the counter pgApplyDeltas increments), and a
// connection to it.
func pgTestDB(tb testing.TB) (string, *sql.DB) {
	tb.Helper()
	url := freshPostgres(tb)
	if err := graph.InitQuadStore(BackendPostgres, url, nil); err != nil {
		tb.Fatalf("InitQuadStore(%q): %v", BackendPostgres, err)
	}
	db, err := sql.Open("postgres", url)
	if err != nil {
		tb.Fatalf("sql.Open: %v", err)
	}
	tb.Cleanup(func() { db.Close() }) // Before freshPostgres drops the database.
	for _, q := range pgGeneration {
		if _, err := db.Exec(q); err != nil {
			tb.Fatal(err)
		}
	}
	return url, db
}

// pgCayley opens Cayley's postgres QuadStore on url.
func pgCayley(tb testing.TB, url string) graph.QuadStore {
	tb.Helper()
	qs, err := graph.NewQuadStore(BackendPostgres, url, nil)
	if err != nil {
		tb.Fatalf("NewQuadStore: %v", err)
	}
	tb.Cleanup(func() { qs.Close() })
	return qs
}

// pgTables is the content of the nodes and quads tables, one string per
// row with every column but the quads' ts, in a fixed order.
type pgTables struct {
	Nodes, Quads []string
}

func pgDump(tb testing.TB, db *sql.DB) pgTables {
	tb.Helper()
	read := func(query string) []string {
		rows, err := db.Query(query)
		if err != nil {
			tb.Fatalf("%s: %v", query, err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				tb.Fatal(err)
			}
			out = append(out, s)
		}
		if err := rows.Err(); err != nil {
			tb.Fatal(err)
		}
		return out
	}
	return pgTables{
		Nodes: read(`SELECT row(hash, refs, value, value_string, datatype, language, iri, bnode,
			value_int, value_bool, value_float, value_time)::text FROM nodes ORDER BY hash`),
		Quads: read(`SELECT row(horizon, subject_hash, predicate_hash, object_hash, label_hash)::text
			FROM quads ORDER BY horizon`),
	}
}

// pgReadBack reads every quad through Cayley's QuadStore, as sorted keys.
func pgReadBack(tb testing.TB, qs graph.QuadStore) []string {
	tb.Helper()
	var out []string
	err := EachQuad(context.Background(), qs, func(q quad.Quad) error {
		out = append(out, pgKey(q))
		return nil
	})
	if err != nil {
		tb.Fatalf("read every quad: %v", err)
	}
	sort.Strings(out)
	return out
}

// pgKey is a quad as PostgreSQL gives it back: times in UTC to the
// microsecond.
func pgKey(q quad.Quad) string {
	var b strings.Builder
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if t, ok := v.(quad.Time); ok {
			v = quad.Time(time.Time(t).Round(time.Microsecond).UTC())
		}
		if v != nil {
			fmt.Fprintf(&b, "%T:%s", v, v)
		}
		b.WriteByte(0)
	}
	return b.String()
}

func pgAdds(qs ...quad.Quad) []graph.Delta {
	ds := make([]graph.Delta, len(qs))
	for i, q := range qs {
		ds[i] = graph.Delta{Quad: q, Action: graph.Add}
	}
	return ds
}

func pgDels(qs ...quad.Quad) []graph.Delta {
	ds := make([]graph.Delta, len(qs))
	for i, q := range qs {
		ds[i] = graph.Delta{Quad: q, Action: graph.Delete}
	}
	return ds
}

func pgJoin(dss ...[]graph.Delta) []graph.Delta {
	var out []graph.Delta
	for _, ds := range dss {
		out = append(out, ds...)
	}
	return out
}

func pgQ(s, p, o, l quad.Value) quad.Quad {
	return quad.Quad{Subject: s, Predicate: p, Object: o, Label: l}
}

// pgTyped has a quad for every kind of value Cayley's SQL backend stores,
// with and without labels, sharing nodes across quads and directions.
var pgTyped = func() []quad.Quad {
	e1, e2, doc1, doc2 := quad.IRI("e/1"), quad.IRI("e/2"), quad.IRI("doc/1"), quad.IRI("doc/2")
	p := func(s string) quad.IRI { return quad.IRI("p/" + s) }
	xsd := quad.IRI("http://www.w3.org/2001/XMLSchema#date")
	return []quad.Quad{
		pgQ(doc1, p("type"), quad.IRI("Article"), doc1), // The label is also a subject.
		pgQ(e1, p("name"), quad.String("Claudia Sheinbaum"), nil),
		pgQ(e2, p("name"), quad.String("Claudia Sheinbaum"), nil),  // Shared object.
		pgQ(e2, p("name"), quad.String("Claudia Sheinbaum"), doc1), // Same triple, labelled.
		pgQ(e1, p("name"), quad.LangString{Value: "Claudia", Lang: "es"}, doc1),
		pgQ(e1, p("name"), quad.LangString{Value: "Claudia", Lang: "en"}, doc2),
		pgQ(e1, p("born"), quad.TypedString{Value: "1962-06-24", Type: xsd}, doc1),
		pgQ(e1, p("code"), quad.TypedString{Value: "42", Type: "xsd:integer"}, nil),
		pgQ(e1, p("code"), quad.String("42"), nil),
		pgQ(e1, p("age"), quad.Int(62), nil),
		pgQ(e1, p("min"), quad.Int(math.MinInt64), nil),
		pgQ(e1, p("max"), quad.Int(math.MaxInt64), doc2),
		pgQ(e1, p("score"), quad.Float(0.75), nil),
		pgQ(e1, p("score"), quad.Float(-1.5e300), doc1),
		pgQ(e1, p("score"), quad.Float(1.0/3), doc2),
		pgQ(e1, p("president"), quad.Bool(true), nil),
		pgQ(e1, p("retired"), quad.Bool(false), doc1),
		pgQ(e1, p("seen"), quad.Time(time.Date(2024, 3, 1, 12, 30, 0, 123456000, time.UTC)), doc1),
		pgQ(e1, p("seen"), quad.Time(time.Date(1969, 7, 20, 20, 17, 40, 0, time.FixedZone("EDT", -4*3600))), nil),
		pgQ(quad.BNode("b1"), p("knows"), e1, nil),
		pgQ(e1, p("knows"), quad.BNode("b1"), doc2),
		pgQ(e1, p("self"), e1, nil), // One quad, two references to a node.
		pgQ(e1, p("note"), quad.String(""), nil),
		pgQ(e1, p("note"), quad.String("tab\there\nnew line \\ backslash \\N \r"), nil), // COPY's escapes.
		pgQ(e1, p("note"), quad.String("nul\x00byte"), doc1),                            // Cayley escapes NUL.
		pgQ(e1, p("note"), quad.String("ünïcödé 🙂 \"quoted\""), nil),
		pgQ(e2, p("knows"), e1, doc2),
		pgQ(e2, p("score"), quad.Float(math.NaN()), nil),
		pgQ(e2, p("score"), quad.Float(math.Inf(1)), nil),
		pgQ(e2, p("score"), quad.Float(math.Inf(-1)), nil),
		pgQ(e2, p("score"), quad.Float(math.Copysign(0, -1)), doc1),
		pgQ(e2, p("score"), quad.Float(5e-324), doc2),
		pgQ(e2, p("seen"), quad.Time(time.Date(2024, 3, 1, 12, 30, 0, 123456789, time.FixedZone("", 5*3600+1800))), nil),
		pgQ(e2, p("seen"), quad.Time(time.Time{}), nil),
	}
}()

// pgGenerated makes n quads over a few hundred entities, so nodes are
// shared widely.
func pgGenerated(n int) []quad.Quad {
	out := make([]quad.Quad, 0, n)
	ent := func(i int) quad.IRI { return quad.IRI(fmt.Sprintf("e/%d", i)) }
	for i := 0; len(out) < n; i++ {
		s := ent(i)
		doc := quad.IRI(fmt.Sprintf("doc/%d", i/50))
		for _, q := range []quad.Quad{
			pgQ(s, quad.IRI("rdf:type"), quad.IRI(fmt.Sprintf("Type%d", i%5)), nil),
			pgQ(s, quad.IRI("name"), quad.String(fmt.Sprintf("Entity %d", i)), doc),
			pgQ(s, quad.IRI("name"), quad.LangString{Value: quad.String(fmt.Sprintf("Entität %d", i%40)), Lang: "de"}, doc),
			pgQ(s, quad.IRI("score"), quad.Int(i%17), nil),
			pgQ(s, quad.IRI("weight"), quad.Float(float64(i%13)/7), doc),
			pgQ(s, quad.IRI("flag"), quad.Bool(i%3 == 0), nil),
			pgQ(s, quad.IRI("seen"), quad.Time(time.Date(2025, 1, 1+i%28, i%24, 0, 0, 0, time.UTC)), doc),
			pgQ(s, quad.IRI("partOf"), ent(i/10), doc),
			pgQ(s, quad.IRI("links"), ent((i*7+3)%(n/8+1)), nil),
			pgQ(quad.BNode(fmt.Sprintf("m%d", i%100)), quad.IRI("mentions"), s, doc),
		} {
			if len(out) < n {
				out = append(out, q)
			}
		}
	}
	return out
}

func TestPGApplyDeltasMatchesCayley(t *testing.T) {
	gen := pgGenerated(3000)
	var genEvery3, genHalf []quad.Quad
	for i, q := range gen {
		if i%3 == 0 {
			genEvery3 = append(genEvery3, q)
			if i%2 == 0 {
				genHalf = append(genHalf, q)
			}
		}
	}
	a := pgQ(quad.IRI("x"), quad.IRI("p"), quad.IRI("y"), nil)
	b := pgQ(quad.IRI("x"), quad.IRI("p"), quad.IRI("z"), quad.IRI("doc"))
	c := pgQ(quad.IRI("x"), quad.IRI("p"), quad.IRI("w"), nil)
	fresh := pgQ(quad.IRI("new/s"), quad.IRI("new/p"), quad.String("new o"), quad.IRI("new/l"))
	for _, tc := range []struct {
		name    string
		batches [][]graph.Delta
		// Nodes Cayley leaves at 0 refs at the end (beyond those of the
		// stored quads).
		zeroRefNodes int
	}{
		{name: "EveryValueType", batches: [][]graph.Delta{
			pgAdds(pgTyped...),
			pgDels(pgTyped[1], pgTyped[4], pgTyped[9], pgTyped[17], pgTyped[19], pgTyped[20], pgTyped[21], pgTyped[24]),
			pgAdds(pgTyped[1], pgTyped[4], pgTyped[9], pgTyped[17], pgTyped[19], pgTyped[20], pgTyped[21], pgTyped[24]),
			pgDels(pgTyped...),
			pgAdds(pgTyped...),
		}},
		{name: "OneQuadAtATime", batches: [][]graph.Delta{
			pgAdds(pgTyped[0]), pgAdds(pgTyped[1]), pgAdds(pgTyped[2]), pgDels(pgTyped[1]), pgDels(pgTyped[0]),
		}},
		{name: "DeleteAndAddSharingNodes", batches: [][]graph.Delta{
			pgAdds(a, b),
			pgJoin(pgDels(a), pgAdds(c)), // x and p keep their count: net 0.
			pgJoin(pgDels(b, c), pgAdds(a)),
		}},
		{name: "AddAndDeleteNewQuad", zeroRefNodes: 4, batches: [][]graph.Delta{
			pgAdds(a),
			pgJoin(pgAdds(fresh), pgDels(fresh)), // Cayley inserts its nodes at 0 refs and keeps them.
		}},
		{name: "LaterDeleteDropsZeroRefNodes", batches: [][]graph.Delta{
			pgAdds(a, b),
			pgJoin(pgAdds(fresh), pgDels(fresh)),
			pgDels(b), // Deletes every node at 0 refs, fresh's too.
		}},
		{name: "Generated", batches: [][]graph.Delta{
			pgAdds(gen...),
			pgDels(genEvery3...),
			pgAdds(genHalf...),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			cURL, cDB := pgTestDB(t)
			bURL, bDB := pgTestDB(t)
			cqs := pgCayley(t, cURL)
			live := map[string]quad.Quad{}
			for i, batch := range tc.batches {
				if err := cqs.ApplyDeltas(batch, graph.IgnoreOpts{}); err != nil {
					t.Fatalf("batch %d: Cayley ApplyDeltas: %v", i, err)
				}
				if err := pgApplyDeltas(ctx, bDB, batch); err != nil {
					t.Fatalf("batch %d: pgApplyDeltas: %v", i, err)
				}
				if diff := cmp.Diff(pgDump(t, cDB), pgDump(t, bDB)); diff != "" {
					t.Fatalf("batch %d: tables differ (-Cayley +bulk):\n%s", i, diff)
				}
				for _, d := range batch {
					if d.Action == graph.Add {
						live[pgKey(d.Quad)] = d.Quad
					} else {
						delete(live, pgKey(d.Quad))
					}
				}
			}

			// Cayley reads the bulk-written database as it reads its own.
			bqs := pgCayley(t, bURL)
			got := pgReadBack(t, bqs)
			if diff := cmp.Diff(pgReadBack(t, cqs), got); diff != "" {
				t.Errorf("quads read back differ (-Cayley +bulk):\n%s", diff)
			}
			var want []string
			nodes := map[string]bool{}
			for k, q := range live {
				want = append(want, k)
				for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
					if v != nil {
						nodes[pgKey(quad.Quad{Subject: v})] = true
					}
				}
			}
			sort.Strings(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("quads read back (-want +got):\n%s", diff)
			}
			st, err := bqs.Stats(ctx, true)
			if err != nil {
				t.Fatalf("Stats: %v", err)
			}
			if st.Quads.Value != int64(len(live)) || st.Nodes.Value != int64(len(nodes)+tc.zeroRefNodes) {
				t.Errorf("Stats = %d quads, %d nodes; want %d, %d",
					st.Quads.Value, st.Nodes.Value, len(live), len(nodes)+tc.zeroRefNodes)
			}
		})
	}
}

// pgOdd is a value type Cayley's SQL backend cannot store.
type pgOdd struct{}

func (pgOdd) String() string      { return "odd" }
func (pgOdd) Native() interface{} { return nil }

func TestPGApplyDeltasFailureWritesNothing(t *testing.T) {
	ctx := context.Background()
	base := pgTyped[:10]
	stored, labelled := base[1], base[4] // Neither stored with the other's label.
	newQ := pgQ(quad.IRI("n/s"), quad.IRI("n/p"), quad.Int(7), nil)
	missing := pgQ(quad.IRI("n/s"), quad.IRI("n/p"), quad.Int(8), quad.IRI("doc/1"))
	unlabelled := labelled
	unlabelled.Label = nil
	otherLabel := stored
	otherLabel.Label = quad.IRI("doc/9")

	_, bDB := pgTestDB(t)
	cURL, _ := pgTestDB(t)
	cqs := pgCayley(t, cURL)
	if err := pgApplyDeltas(ctx, bDB, pgAdds(base...)); err != nil {
		t.Fatalf("pgApplyDeltas(base): %v", err)
	}
	if err := cqs.ApplyDeltas(pgAdds(base...), graph.IgnoreOpts{}); err != nil {
		t.Fatalf("Cayley ApplyDeltas(base): %v", err)
	}
	before := pgDump(t, bDB)

	for _, tc := range []struct {
		name   string
		deltas []graph.Delta
		want   error     // graph.ErrQuadExists or graph.ErrQuadNotExist.
		bad    quad.Quad // The delta the error names.
	}{
		{"AddStored", pgAdds(newQ, stored), graph.ErrQuadExists, stored},
		{"AddStoredLabelled", pgAdds(newQ, labelled), graph.ErrQuadExists, labelled},
		{"AddTwice", pgAdds(newQ, newQ), graph.ErrQuadExists, newQ},
		{"DeleteAndReAddStored", pgJoin(pgDels(stored), pgAdds(stored)), graph.ErrQuadExists, stored},
		{"DeleteMissing", pgJoin(pgAdds(newQ), pgDels(missing)), graph.ErrQuadNotExist, missing},
		{"DeleteUnderOtherLabel", pgDels(otherLabel), graph.ErrQuadNotExist, otherLabel},
		{"DeleteLabelledWithoutLabel", pgDels(unlabelled), graph.ErrQuadNotExist, unlabelled},
		{"DeleteTwice", pgDels(stored, base[2], stored), graph.ErrQuadNotExist, stored},
		{"DeleteAfterOthers", pgJoin(pgDels(base[0], base[2]), pgAdds(newQ), pgDels(missing)), graph.ErrQuadNotExist, missing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := pgApplyDeltas(ctx, bDB, tc.deltas)
			if !errors.Is(err, tc.want) {
				t.Fatalf("pgApplyDeltas = %v, want %v", err, tc.want)
			}
			var de *graph.DeltaError
			if !errors.As(err, &de) || de.Delta.Quad != tc.bad {
				t.Errorf("pgApplyDeltas = %v, want the error to name %v", err, tc.bad)
			}
			if diff := cmp.Diff(before, pgDump(t, bDB)); diff != "" {
				t.Errorf("tables changed (-before +after):\n%s", diff)
			}
			if err := cqs.ApplyDeltas(tc.deltas, graph.IgnoreOpts{}); !errors.Is(err, tc.want) {
				t.Errorf("Cayley ApplyDeltas = %v, want %v as pgApplyDeltas", err, tc.want)
			}
		})
	}

	t.Run("UnstorableValue", func(t *testing.T) {
		err := pgApplyDeltas(ctx, bDB, pgAdds(newQ, pgQ(quad.IRI("n/s"), quad.IRI("n/p"), pgOdd{}, nil)))
		if err == nil || !strings.Contains(err.Error(), "odd") {
			t.Errorf("pgApplyDeltas(value %T) = %v, want an error naming it", pgOdd{}, err)
		}
		if diff := cmp.Diff(before, pgDump(t, bDB)); diff != "" {
			t.Errorf("tables changed (-before +after):\n%s", diff)
		}
	})
	t.Run("ValuePostgreSQLRejects", func(t *testing.T) {
		// Cayley escapes NUL in literals but not in IRIs; TEXT cannot hold it.
		ds := pgAdds(newQ, pgQ(quad.IRI("n/s"), quad.IRI("n/p"), quad.IRI("nul\x00iri"), nil))
		if err := pgApplyDeltas(ctx, bDB, ds); err == nil {
			t.Errorf("pgApplyDeltas(IRI with NUL) = nil, want an error")
		}
		if diff := cmp.Diff(before, pgDump(t, bDB)); diff != "" {
			t.Errorf("tables changed (-before +after):\n%s", diff)
		}
		if err := cqs.ApplyDeltas(ds, graph.IgnoreOpts{}); err == nil {
			t.Errorf("Cayley ApplyDeltas(IRI with NUL) = nil, but pgApplyDeltas fails")
		}
	})
	t.Run("InvalidAction", func(t *testing.T) {
		ds := pgAdds(newQ)
		ds[0].Action = 0
		if err := pgApplyDeltas(ctx, bDB, ds); !graph.IsInvalidAction(err) {
			t.Errorf("pgApplyDeltas(action 0) = %v, want %v", err, graph.ErrInvalidAction)
		}
	})
	t.Run("CancelledContext", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if err := pgApplyDeltas(cctx, bDB, pgAdds(newQ)); err == nil {
			t.Errorf("pgApplyDeltas(cancelled) = nil, want an error")
		}
		if diff := cmp.Diff(before, pgDump(t, bDB)); diff != "" {
			t.Errorf("tables changed (-before +after):\n%s", diff)
		}
	})
}

// Cayley's QuadStore caches its counts: a bulk write leaves them stale
// until an ApplyDeltas of its own (an empty one does) resets them.
func TestPGApplyDeltasStaleStats(t *testing.T) {
	ctx := context.Background()
	url, db := pgTestDB(t)
	qs := pgCayley(t, url)
	stats := func() (int64, int64) {
		t.Helper()
		st, err := qs.Stats(ctx, true)
		if err != nil {
			t.Fatalf("Stats: %v", err)
		}
		return st.Quads.Value, st.Nodes.Value
	}
	if q, n := stats(); q != 0 || n != 0 {
		t.Fatalf("Stats of an empty store = %d quads, %d nodes", q, n)
	}
	if err := pgApplyDeltas(ctx, db, pgAdds(pgTyped[:3]...)); err != nil {
		t.Fatalf("pgApplyDeltas: %v", err)
	}
	if q, n := stats(); q != 0 || n != 0 {
		t.Errorf("Stats after a bulk write = %d quads, %d nodes; Cayley no longer caches its counts: update pgApplyDeltas' doc", q, n)
	}
	if err := qs.ApplyDeltas(nil, graph.IgnoreOpts{}); err != nil {
		t.Fatalf("ApplyDeltas(nil): %v", err)
	}
	if q, n := stats(); q != 3 || n != 7 {
		t.Errorf("Stats after ApplyDeltas(nil) = %d quads, %d nodes; want 3, 7", q, n)
	}
}

// pgBenchQuads makes n distinct quads shaped like the store's: 10 per
// entity, every value type, two thirds labelled.
func pgBenchQuads(n int) []quad.Quad {
	out := make([]quad.Quad, 0, n)
	ents := n/10 + 1
	ent := func(i int) quad.IRI { return quad.IRI(fmt.Sprintf("http://example.org/e/%d", i)) }
	for i := 0; len(out) < n; i++ {
		s := ent(i)
		doc := quad.IRI(fmt.Sprintf("http://example.org/doc/%d", i/20))
		for _, q := range []quad.Quad{
			pgQ(s, quad.IRI("rdf:type"), quad.IRI(fmt.Sprintf("Type%d", i%10)), doc),
			pgQ(s, quad.IRI("name"), quad.String(fmt.Sprintf("Entity number %d", i)), nil),
			pgQ(s, quad.IRI("alias"), quad.LangString{Value: quad.String(fmt.Sprintf("E%d", i)), Lang: "en"}, doc),
			pgQ(s, quad.IRI("score"), quad.Int(i%1000), nil),
			pgQ(s, quad.IRI("weight"), quad.Float(float64(i%977)/3), doc),
			pgQ(s, quad.IRI("flag"), quad.Bool(i%2 == 0), doc),
			pgQ(s, quad.IRI("seen"), quad.Time(time.Date(2025, 1, 1, 0, 0, i, 0, time.UTC)), nil),
			pgQ(s, quad.IRI("partOf"), ent(i/100), doc),
			pgQ(s, quad.IRI("links"), ent((i*7919+1)%ents), doc),
			pgQ(s, quad.IRI("code"), quad.TypedString{Value: quad.String(fmt.Sprint(i)), Type: "xsd:integer"}, nil),
		} {
			if len(out) < n {
				out = append(out, q)
			}
		}
	}
	return out
}

// BenchmarkPGApplyDeltas writes 100k quads into a fresh database in one
// call, through Cayley's ApplyDeltas and through pgApplyDeltas. Run it with
// -benchtime=1x: Cayley's path takes tens of seconds.
func BenchmarkPGApplyDeltas(b *testing.B) {
	const n = 100_000
	deltas := pgAdds(pgBenchQuads(n)...)
	for _, path := range []struct {
		name  string
		apply func(ctx context.Context, qs graph.QuadStore, db *sql.DB) error
	}{
		{"cayley", func(_ context.Context, qs graph.QuadStore, _ *sql.DB) error {
			return qs.ApplyDeltas(deltas, graph.IgnoreOpts{})
		}},
		{"bulk", func(ctx context.Context, _ graph.QuadStore, db *sql.DB) error {
			return pgApplyDeltas(ctx, db, deltas)
		}},
	} {
		b.Run(path.name, func(b *testing.B) {
			ctx := context.Background()
			var elapsed time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				url, db := pgTestDB(b)
				qs := pgCayley(b, url)
				b.StartTimer()
				start := time.Now()
				if err := path.apply(ctx, qs, db); err != nil {
					b.Fatalf("%s: %v", path.name, err)
				}
				elapsed += time.Since(start)
			}
			b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "quads/s")
		})
	}
}

// TestPostgresQuadCountOfAnOlderStore: a store made before ng_generation
// counted quads reads PostgreSQL's estimate until a writable open counts
// them once; from then on writes keep the count exact.
func TestPostgresQuadCountOfAnOlderStore(t *testing.T) {
	ctx := context.Background()
	url := freshPostgres(t)
	s := openStore(t, url)
	replace(t, s, articleA, extractionA)
	replace(t, s, articleB, extractionB)
	want := countAllQuads(t, s)
	if _, err := s.sql.ExecContext(ctx, `ALTER TABLE ng_generation DROP COLUMN quads`); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	ro, err := OpenReadOnly(url)
	if err != nil {
		t.Fatalf("OpenReadOnly of an older store: %v", err)
	}
	if _, err := ro.Summary(ctx); err != nil {
		t.Errorf("Summary of an older store opened read-only: %v", err)
	}
	ro.Close()

	s = openStore(t, url)
	sum, err := s.Summary(ctx)
	if err != nil || sum.Quads != want {
		t.Fatalf("after a writable open, Summary = %+v, %v; want %d quads", sum, err, want)
	}
	if _, err := s.DeleteArticle(ctx, schema.ArticleIRI(articleB.ID)); err != nil {
		t.Fatal(err)
	}
	sum, err = s.Summary(ctx)
	if want := countAllQuads(t, s); err != nil || sum.Quads != want {
		t.Errorf("after a delete, Summary = %+v, %v; want %d quads", sum, err, want)
	}
}
