package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "update golden files in testdata/")

func newGen(tb testing.TB, seed int64, n int) *Generator {
	tb.Helper()
	g, err := New(Config{Seed: seed, Articles: n})
	if err != nil {
		tb.Fatalf("New(seed %d, %d articles) error: %v", seed, n, err)
	}
	return g
}

// render writes a corpus as `newsgraph corpus` does: the JSON Lines, and
// the gold files one after the other.
func render(tb testing.TB, g *Generator) (jsonl, gold []byte) {
	tb.Helper()
	var lines, golds bytes.Buffer
	for a, gd := range g.All() {
		if _, err := WriteRecord(&lines, a); err != nil {
			tb.Fatal(err)
		}
		b, err := MarshalGold(gd)
		if err != nil {
			tb.Fatal(err)
		}
		golds.Write(b)
	}
	return lines.Bytes(), golds.Bytes()
}

func TestDeterminism(t *testing.T) {
	for _, tt := range []struct {
		name       string
		seedA      int64
		seedB      int64
		wantSameTo bool
	}{
		{"same seed", 1, 1, true},
		{"same seed, negative", -7, -7, true},
		{"different seed", 1, 2, false},
		{"seeds far apart", 1, 1 << 40, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ja, ga := render(t, newGen(t, tt.seedA, 40))
			jb, gb := render(t, newGen(t, tt.seedB, 40))
			if same := bytes.Equal(ja, jb) && bytes.Equal(ga, gb); same != tt.wantSameTo {
				t.Errorf("corpus of seed %d == corpus of seed %d: %v, want %v", tt.seedA, tt.seedB, same, tt.wantSameTo)
			}
			if !tt.wantSameTo {
				// not just the IDs: the texts differ
				ta, tb := texts(t, ja), texts(t, jb)
				for i := range ta {
					if ta[i] == tb[i] {
						t.Errorf("article %d has the same text under seeds %d and %d", i, tt.seedA, tt.seedB)
					}
				}
			}
		})
	}
}

func texts(t *testing.T, jsonl []byte) []string {
	t.Helper()
	var out []string
	for _, l := range bytes.Split(bytes.TrimSpace(jsonl), []byte("\n")) {
		var r Record
		if err := json.Unmarshal(l, &r); err != nil {
			t.Fatalf("json.Unmarshal(%.80q): %v", l, err)
		}
		out = append(out, r.Text)
	}
	return out
}

// TestArticleIndependent checks that article i depends on the seed and i
// only: not on the corpus size nor on the order articles are made in.
func TestArticleIndependent(t *testing.T) {
	small, large := newGen(t, 3, 10), newGen(t, 3, 100000)
	for _, i := range []int{7, 2, 9, 0} {
		a1, g1 := small.Article(i)
		a2, g2 := large.Article(i)
		if diff := cmp.Diff(a1, a2); diff != "" {
			t.Errorf("Article(%d) differs between corpus sizes (-10 +100000):\n%s", i, diff)
		}
		if diff := cmp.Diff(g1, g2); diff != "" {
			t.Errorf("gold of Article(%d) differs between corpus sizes:\n%s", i, diff)
		}
	}
}

// TestJSONLReadsBack writes a corpus to a file and reads it with the
// loader `newsgraph load` uses.
func TestJSONLReadsBack(t *testing.T) {
	const n = 200
	g := newGen(t, 1, n)
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []schema.Article
	for a := range g.All() {
		if _, err := WriteRecord(f, a); err != nil {
			t.Fatal(err)
		}
		want = append(want, a)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	i := 0
	for a, err := range loaders.Read(path) {
		if err != nil {
			t.Fatalf("loaders.Read(%s) record %d: %v", path, i+1, err)
		}
		w := want[i]
		if a.ID != w.ID || a.URL != w.URL || a.Title != w.Title || !a.Published.Equal(w.Published) || a.Text != w.Text {
			t.Errorf("record %d read back as %q %q %q %v (%d bytes), want %q %q %q %v (%d bytes)", i+1,
				a.ID, a.URL, a.Title, a.Published, len(a.Text), w.ID, w.URL, w.Title, w.Published, len(w.Text))
		}
		i++
	}
	if i != n {
		t.Errorf("loaders.Read(%s) read %d articles, want %d", path, i, n)
	}
}

func TestShape(t *testing.T) {
	const n = 600
	g := newGen(t, 5, n)
	var prev time.Time
	for a, gold := range g.All() {
		if l := len(a.Text); l < 2500 || l > 5000 {
			t.Errorf("%s is %d bytes, want 2,500 to 5,000", a.ID, l)
		}
		// paragraphs are the lines that end a sentence: not the headline,
		// the date line or the byline
		paras := 0
		for _, line := range strings.Split(a.Text, "\n")[1:] {
			if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "”") || strings.HasSuffix(line, `"`) {
				paras++
			}
		}
		if paras < 4 || paras > 8 {
			t.Errorf("%s has %d paragraphs, want 4 to 8:\n%s", a.ID, paras, a.Text)
		}
		if title, _, _ := strings.Cut(a.Text, "\n"); title != a.Title {
			t.Errorf("%s: text starts with %q, want its title %q", a.ID, title, a.Title)
		}
		if a.Published.Before(prev) {
			t.Errorf("%s published %v, before the article before it (%v)", a.ID, a.Published, prev)
		}
		prev = a.Published
		if gold.Published != a.Published.Format(time.DateOnly) || gold.Article != a.ID {
			t.Errorf("%s: gold names article %q published %q", a.ID, gold.Article, gold.Published)
		}
		if len(gold.Statements) == 0 || len(gold.Roles) == 0 {
			t.Errorf("%s: gold has %d statements and %d roles, want some of each", a.ID, len(gold.Statements), len(gold.Roles))
		}
	}
	if days := prev.Sub(DefaultStart).Hours() / 24; days < float64(n/DefaultPerDay-1) {
		t.Errorf("%d articles span %.0f days from %v, want %d a day", n, days, DefaultStart, DefaultPerDay)
	}
}

// TestGoldInText checks that the gold describes the text: every entity's
// name and aliases occur in it, every quotation is cut out of it at its
// offsets, and roles, statements, agreements and relations name entities of
// the gold.
func TestGoldInText(t *testing.T) {
	g := newGen(t, 11, 400)
	for a, gold := range g.All() {
		names := map[string]schema.EntityType{}
		for _, e := range gold.Entities {
			if _, err := schema.ParseEntityType(string(e.Type)); err != nil {
				t.Errorf("%s: entity %q: %v", a.ID, e.Name, err)
			}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				if !strings.Contains(a.Text, n) {
					t.Errorf("%s: entity %q (%q) does not occur in the text", a.ID, e.Name, n)
				}
			}
			names[e.Name] = e.Type
		}
		has := func(what, name string, types ...schema.EntityType) {
			typ, ok := names[name]
			if !ok {
				t.Errorf("%s: %s %q is not an entity of the gold", a.ID, what, name)
				return
			}
			for _, want := range types {
				if typ == want {
					return
				}
			}
			if len(types) > 0 {
				t.Errorf("%s: %s %q is a %s, want one of %v", a.ID, what, name, typ, types)
			}
		}
		for _, r := range gold.Roles {
			has("role holder", r.Person, schema.Person)
			if r.Org != "U.S. Senate" { // "Sen." names it
				has("role org", r.Org)
			}
		}
		for _, s := range gold.Statements {
			has("speaker", s.Speaker, schema.Person, schema.Agency)
			if s.Start >= s.End || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Quote {
				t.Errorf("%s: quote %q is not at [%d:%d] of the text", a.ID, s.Quote, s.Start, s.End)
			}
		}
		for _, ag := range gold.Agreements {
			has("agreement", ag.Name, schema.Agreement)
			if len(ag.Parties) == 0 {
				t.Errorf("%s: agreement %q has no parties", a.ID, ag.Name)
			}
			for _, p := range ag.Parties {
				has("party", p, schema.Government)
			}
		}
		for _, r := range gold.Relations {
			has("relation subject", r.Subject)
			has("relation object", r.Object)
			if !predicates[r.Predicate] {
				t.Errorf("%s: relation predicate %q is not in the extraction format", a.ID, r.Predicate)
			}
		}
	}
}

// predicates is the closed vocabulary of extraction-format.md.
var predicates = map[string]bool{"designated": true, "sanctioned": true, "charged": true, "arrested": true, "extradited": true,
	"convicted": true, "seized": true, "attacked": true, "deployedAgainst": true, "cooperatesWith": true, "metWith": true,
	"negotiatesWith": true, "signed": true, "ratified": true, "withdrewFrom": true, "testifiedBefore": true, "accused": true,
	"threatened": true, "rejected": true, "supports": true, "leads": true, "memberOf": true}

// TestPopulation checks the scale of the cast: a few hubs in a large share
// of the articles, a recurring cast of hundreds, and a long tail of new
// people that keeps the number of distinct entities growing.
func TestPopulation(t *testing.T) {
	const n = 2000
	g := newGen(t, 1, n)
	articles := map[string]int{}
	distinctAt := map[int]int{}
	for i := range n {
		_, gold := g.Article(i)
		for _, e := range gold.Entities {
			articles[e.Name]++
		}
		if i+1 == n/10 || i+1 == n {
			distinctAt[i+1] = len(articles)
		}
	}
	for _, hub := range []struct {
		name  string
		share float64
	}{{"United States", 0.6}, {"Mexico", 0.15}} {
		if got := float64(articles[hub.name]) / n; got < hub.share {
			t.Errorf("%s is in %.2f of the articles, want at least %.2f", hub.name, got, hub.share)
		}
	}
	recurring := 0
	for _, c := range articles {
		if c >= 10 {
			recurring++
		}
	}
	if recurring < 200 {
		t.Errorf("%d entities recur in 10 or more of %d articles, want at least 200", recurring, n)
	}
	if small, large := distinctAt[n/10], distinctAt[n]; large < 5*small {
		t.Errorf("distinct entities: %d after %d articles, %d after %d; want growth close to linear", small, n/10, large, n)
	}
}

func TestNewErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  Config
		want error
	}{
		{"negative count", Config{Articles: -1}, ErrConfig},
		{"negative rate", Config{PerDay: -3}, ErrConfig},
		{"empty gazetteer", Config{Gazetteer: fstest.MapFS{}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if err == nil {
				t.Fatalf("New(%+v) = nil error, want one", tt.cfg)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("New(%+v) error %v, want %v", tt.cfg, err, tt.want)
			}
		})
	}
}

func TestDefaults(t *testing.T) {
	g := newGen(t, 1, 3)
	cfg := g.Config()
	if !cfg.Start.Equal(DefaultStart) || cfg.PerDay != DefaultPerDay {
		t.Errorf("Config() = start %v, %d a day; want %v, %d", cfg.Start, cfg.PerDay, DefaultStart, DefaultPerDay)
	}
	for _, tt := range []struct {
		i      int
		id     string
		pubUTC string
	}{
		{0, "corpus-1-000001.txt", "2025-01-06T00:00:00Z"},
		{1, "corpus-1-000002.txt", "2025-01-06T00:36:00Z"},
		{40, "corpus-1-000041.txt", "2025-01-07T00:00:00Z"},
	} {
		if id, pub := g.ID(tt.i), g.Published(tt.i).Format(time.RFC3339); id != tt.id || pub != tt.pubUTC {
			t.Errorf("ID, Published(%d) = %s, %s; want %s, %s", tt.i, id, pub, tt.id, tt.pubUTC)
		}
	}
}

// TestGolden compares the first two articles of seed 1 and their gold with
// testdata/; go test ./loaders/corpus -update rewrites them after a change
// to the generator (and any change to it changes every corpus).
func TestGolden(t *testing.T) {
	jsonl, gold := render(t, newGen(t, 1, 2))
	for _, f := range []struct {
		name string
		got  []byte
	}{{"seed1.jsonl", jsonl}, {"seed1.gold.json", gold}} {
		path := filepath.Join("testdata", f.name)
		if *update {
			if err := os.WriteFile(path, f.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read golden: %v (run go test ./loaders/corpus -update)", err)
		}
		if !bytes.Equal(f.got, want) {
			t.Errorf("the corpus of seed 1 differs from %s; run go test ./loaders/corpus -update and review the diff\n%s",
				path, cmp.Diff(string(want), string(f.got)))
		}
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mexico seizes 3.2 tons of cocaine in Sinaloa", "mexico-seizes-3-2-tons-of-cocaine-in"},
		{"Bogotá: ‘No más’", "bogota-no-mas"},
		{"", ""},
	} {
		if got := slug(c.in); got != c.want {
			t.Errorf("slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestExpand(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"a {x} b", "a X b"},
		{"{one}", "ONE"},
		{"open { brace", "open { brace"},
	} {
		got := expand(nil, c.in, strings.ToUpper) // no alternatives: no draws
		if got != c.want {
			t.Errorf("expand(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
