package cli

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/pgtest"
)

// TestLoadConcurrentPostgres runs several `newsgraph load` commands at once
// against one PostgreSQL database, each with its own Factory (its own store
// and connections, as separate processes have), on disjoint and on
// overlapping sets of generated articles. The database must end as a
// single load of all the articles leaves one: the same stored quads and
// nodes (with their reference counts), and every article whole.
func TestLoadConcurrentPostgres(t *testing.T) {
	const articles, loaders = 45, 3
	lines := corpusLines(t, articles)
	dir := t.TempDir()
	all := filepath.Join(dir, "all.jsonl")
	writeLines(t, all, lines)

	ref := pgtest.Fresh(t)
	if code, _, e := runLoad(ref, all); code != 0 {
		t.Fatalf("sequential load: exit %d: %s", code, e)
	}
	want := pgState(t, ref)
	if want.articles != articles {
		t.Fatalf("sequential load stored %d articles, want %d", want.articles, articles)
	}

	for _, tc := range []struct {
		name string
		// takes reports whether loader l loads article i.
		takes func(l, i int) bool
	}{
		{"disjoint", func(l, i int) bool { return i%loaders == l }},
		// every article by two loaders, each pair of loaders sharing a third
		{"overlapping", func(l, i int) bool { return i%loaders != l }},
		{"same", func(l, i int) bool { return true }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := pgtest.Fresh(t)
			var files []string
			for l := range loaders {
				var mine []string
				for i, line := range lines {
					if tc.takes(l, i) {
						mine = append(mine, line)
					}
				}
				// each loader reads its articles in its own order
				if l%2 == 1 {
					for a, b := 0, len(mine)-1; a < b; a, b = a+1, b-1 {
						mine[a], mine[b] = mine[b], mine[a]
					}
				}
				f := filepath.Join(t.TempDir(), fmt.Sprintf("loader%d.jsonl", l))
				writeLines(t, f, mine)
				files = append(files, f)
			}
			var wg sync.WaitGroup
			for l, f := range files {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if code, _, e := runLoad(db, f); code != 0 {
						t.Errorf("loader %d: exit %d: %s", l, code, e)
					}
				}()
			}
			wg.Wait()
			got := pgState(t, db)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(pgSnapshot{})); diff != "" {
				t.Errorf("%d concurrent loads differ from one sequential load (-sequential +concurrent):\n%s", loaders, diff)
			}
		})
	}
}

// corpusLines returns n generated articles, one JSON line each.
func corpusLines(t *testing.T, n int) []string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, _, _, errOut := NewTestFactory("memory")
	if code := Main([]string{"corpus", "--articles", fmt.Sprint(n), "--out", out}, f); code != 0 {
		t.Fatalf("corpus: exit %d: %s", code, errOut)
	}
	fh, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var lines []string
	sc := bufio.NewScanner(fh)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) != n {
		t.Fatalf("corpus wrote %d articles, want %d", len(lines), n)
	}
	return lines
}

func writeLines(t *testing.T, path string, lines []string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runLoad runs `newsgraph load -` into db, as its own process would, with
// the JSON lines of path on its standard input (so that every article
// names the same source whichever loader wrote it), and returns its exit
// code and output.
func runLoad(db, path string) (code int, out, errOut string) {
	f, in, o, e := NewTestFactory(db)
	b, err := os.ReadFile(path)
	if err != nil {
		return -1, "", err.Error()
	}
	in.Write(b)
	code = Main([]string{"load", "-j", "2", "-"}, f)
	return code, o.String(), e.String()
}

// pgSnapshot is what a PostgreSQL store holds, independent of the order it
// was written in: its quads and its nodes with their reference counts, and
// the quads of each article as export gives them.
type pgSnapshot struct {
	quads, nodes, articles int64
	quadSet, nodeRefs      string
	articleQuads           map[string]string
}

func pgState(t *testing.T, url string) pgSnapshot {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var st pgSnapshot
	err = db.QueryRow(`SELECT count(*), coalesce(string_agg(q, E'\n' ORDER BY q), '') FROM (
		SELECT encode(subject_hash, 'hex') || ' ' || encode(predicate_hash, 'hex') || ' ' ||
			encode(object_hash, 'hex') || ' ' || coalesce(encode(label_hash, 'hex'), '-') AS q FROM quads) x`).
		Scan(&st.quads, &st.quadSet)
	if err != nil {
		t.Fatal(err)
	}
	err = db.QueryRow(`SELECT count(*), coalesce(string_agg(encode(hash, 'hex') || ' ' || refs, E'\n' ORDER BY hash), '')
		FROM nodes`).Scan(&st.nodes, &st.nodeRefs)
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.OpenReadOnly(url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sum, err := s.Summary(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.articles = sum.Articles
	byArticle := map[string][]string{}
	for _, q := range allQuads(t, s) {
		k := fmt.Sprint(q.Label)
		byArticle[k] = append(byArticle[k], q.NQuad())
	}
	st.articleQuads = map[string]string{}
	for k, qs := range byArticle {
		sort.Strings(qs)
		st.articleQuads[k] = strings.Join(qs, "\n")
	}
	return st
}
