package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestGenres(t *testing.T) {
	for _, tt := range []struct {
		name, sources string
		want          map[string]string
	}{
		{"no SOURCES.md", "", map[string]string{}},
		{"a table without genres", "| file | publisher |\n|---|---|\n| a.txt | x |\n", map[string]string{}},
		{"the genre table among others",
			"# S\n\n| id | note |\n|---|---|\n| 1 | y |\n\n| file | words | genre |\n|:---|---:|---|\n| `a.txt` | 10 | wire |\n| b.txt | 20 \\| 30 | remarks |\n| c.txt | 5 | |\n\ntext\n",
			map[string]string{"a.txt": "wire", "b.txt": "remarks"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.sources != "" {
				if err := os.WriteFile(filepath.Join(dir, "SOURCES.md"), []byte(tt.sources), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := Genres(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Genres = %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("Genres[%s] = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

// TestRealSetsHaveGenres: every article of the real sets in data/ has a
// genre, so eval can report them per genre and apart from written text.
func TestRealSetsHaveGenres(t *testing.T) {
	vocab := genreVocabulary(t, "../../data/real/blind1/SOURCES.md")
	dirs, _ := filepath.Glob("../../data/real/*")
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		genres, err := Genres(dir)
		if err != nil {
			t.Fatal(err)
		}
		golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		if len(golds) == 0 {
			t.Errorf("%s: no gold files", dir)
		}
		for _, g := range golds {
			x, err := ReadGold(g)
			if err != nil {
				t.Fatal(err)
			}
			if g := genres[x.Article]; g == "" || strings.ContainsAny(g, " '|") {
				t.Errorf("%s: %s has no genre in SOURCES.md, or a cell shifted into it: %q", dir, x.Article, g)
			} else if !vocab[g] {
				t.Errorf("%s: %s has genre %q, which is not in the vocabulary of blind1/SOURCES.md", dir, x.Article, g)
			}
		}
	}
}

// genreVocabulary reads the closed genre vocabulary: the first column of
// the table under "## Genre vocabulary" in path.
func genreVocabulary(t *testing.T, path string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "## Genre vocabulary")
	if !ok {
		t.Fatalf("%s: no \"## Genre vocabulary\" section", path)
	}
	vocab := map[string]bool{}
	for _, line := range strings.Split(section, "\n")[1:] {
		if strings.HasPrefix(line, "#") {
			break
		}
		cells := strings.Split(line, "|")
		if len(cells) < 3 {
			continue
		}
		g := strings.TrimSpace(cells[1])
		if g == "" || g == "genre" || strings.HasPrefix(g, "-") {
			continue
		}
		vocab[g] = true
	}
	if len(vocab) < 10 {
		t.Fatalf("%s: genre vocabulary has %d entries: %v", path, len(vocab), vocab)
	}
	return vocab
}

func TestScoreRelationsAndPublished(t *testing.T) {
	ents := []schema.Entity{
		{Name: "United States", Type: schema.Government, Aliases: []string{"US"}},
		{Name: "Mexico", Type: schema.Government},
		{Name: "Sinaloa Cartel", Type: schema.Cartel},
	}
	gold := schema.Extraction{Article: "a", Published: "2025-03-13", Entities: ents, Relations: []schema.Relation{
		{Subject: "United States", Predicate: "designated", Object: "Sinaloa Cartel"},
		{Subject: "Mexico", Predicate: "cooperatesWith", Object: "United States"},
		{Subject: "Mexico", Predicate: "rejected", Object: "United States"},
	}}
	for _, tt := range []struct {
		name      string
		got       []schema.Relation
		published string
		rel, pub  Count
	}{
		{"all found, alias and symmetric", []schema.Relation{
			{Subject: "US", Predicate: "designated", Object: "Sinaloa Cartel"},
			{Subject: "United States", Predicate: "cooperatesWith", Object: "Mexico"},
			{Subject: "Mexico", Predicate: "rejected", Object: "US"},
		}, "2025-03-13", Count{Got: 3, Gold: 3, GotMatch: 3, GoldMatch: 3}, Count{Got: 1, Gold: 1, GotMatch: 1, GoldMatch: 1}},
		{"direction matters for acts", []schema.Relation{
			{Subject: "Sinaloa Cartel", Predicate: "designated", Object: "United States"},
			{Subject: "United States", Predicate: "rejected", Object: "Mexico"},
		}, "2025-03-14", Count{Got: 2, Gold: 3}, Count{Got: 1, Gold: 1}},
		{"predicate must be equal", []schema.Relation{
			{Subject: "United States", Predicate: "sanctioned", Object: "Sinaloa Cartel"},
		}, "", Count{Got: 1, Gold: 3}, Count{Gold: 1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(gold, schema.Extraction{Article: "a", Entities: ents, Relations: tt.got, Published: tt.published})
			if got := r.Field("relations"); got != tt.rel {
				t.Errorf("relations = %+v, want %+v", got, tt.rel)
			}
			if got := r.Field("published"); got != tt.pub {
				t.Errorf("published = %+v, want %+v", got, tt.pub)
			}
			// Per predicate, the designation is counted on its own.
			des := r.Field(RelationPrefix + "designated")
			if des.Gold != 1 || (tt.rel.GoldMatch == 3) != (des.GoldMatch == 1) {
				t.Errorf("relations:designated = %+v", des)
			}
		})
	}
}
