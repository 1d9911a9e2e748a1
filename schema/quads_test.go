package schema

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

var update = flag.Bool("update", false, "update golden files")

func sampleExtraction() (Article, Extraction) {
	a := Article{
		ID:        "seed.txt",
		Title:     "Mexico rejects US strikes",
		URL:       "https://example.org/seed",
		Published: time.Date(2025, 8, 9, 0, 0, 0, 0, time.UTC),
		Source:    "data/articles/seed.txt",
	}
	x := Extraction{
		Entities: []Entity{
			{Name: "Claudia Sheinbaum", Type: Person, Aliases: []string{"Sheinbaum", "Claudia Sheinbaum"}},
			{Name: "Mexico", Type: Government, Wikidata: "Q96"},
			{Name: "United States", Type: Government, Aliases: []string{"US", "Washington"}},
			{Name: "Mérida Initiative", Type: Agreement},
		},
		Roles: []Role{{Person: "Sheinbaum", Title: "president", Org: "Mexico"}},
		Statements: []Statement{{Speaker: "Sheinbaum", Quote: "It's off the table", Start: 10, End: 28,
			About: []string{"US"}}},
		Agreements: []AgreementFact{{Name: "Mérida Initiative", Parties: []string{"Mexico", "Washington"}}},
		Relations: []Relation{
			{Subject: "Mexico", Predicate: "negotiatesWith", Object: "United States"},
			{Subject: "Mexico", Predicate: "notAVerb", Object: "United States"},
			{Subject: "US", Predicate: "designated", Object: "Sinaloa Cartel", Date: "2025-02-20",
				Sentence: "The US designated the Sinaloa Cartel on Feb. 20, 2025.", Start: 30, End: 84},
		},
	}
	return a, x
}

func TestQuadsGolden(t *testing.T) {
	a, x := sampleExtraction()
	var buf bytes.Buffer
	for _, q := range Quads(a, x) {
		buf.WriteString(q.NQuad())
		buf.WriteByte('\n')
	}
	golden := filepath.Join("testdata", "seed.nq")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Quads differ from %s (run go test ./schema -update):\n%s", golden, buf.String())
	}
}

func TestQuadsInvariants(t *testing.T) {
	a, x := sampleExtraction()
	qs := Quads(a, x)
	label := ArticleIRI(a.ID)
	seen := map[string]bool{}
	has := func(s quad.Value, p quad.IRI, o quad.Value) bool {
		return seen[quad.Make(s, p, o, label).NQuad()]
	}
	for _, q := range qs {
		if q.Label != label {
			t.Errorf("quad %s: label %v, want %v", q.NQuad(), q.Label, label)
		}
		if seen[q.NQuad()] {
			t.Errorf("duplicate quad %s", q.NQuad())
		}
		seen[q.NQuad()] = true
	}
	sheinbaum := EntityIRI(Person, "Claudia Sheinbaum")
	us := EntityIRI(Government, "United States")
	merida := EntityIRI(Agreement, "Mérida Initiative")
	st := StatementIRI("Claudia Sheinbaum", "It's off the table")
	for _, c := range []struct {
		name string
		s    quad.Value
		p    quad.IRI
		o    quad.Value
	}{
		{"alias resolves speaker", st, PredSaidBy, sheinbaum},
		{"alias resolves about", st, PredAbout, us},
		{"alias resolves party", merida, PredParty, us},
		{"known relation", EntityIRI(Government, "Mexico"), RelationIRI("negotiatesWith"), us},
		{"role holder", sheinbaum, PredHolds, RoleIRI("Claudia Sheinbaum", "president", "Mexico")},
		{"wikidata", EntityIRI(Government, "Mexico"), PredWikidata, quad.String("Q96")},
	} {
		if !has(c.s, c.p, c.o) {
			t.Errorf("%s: missing %v %v %v", c.name, c.s, c.p, c.o)
		}
	}
	// the dated relation is an edge and an event; the bare one only an edge
	cartel := EntityIRI(Organization, "Sinaloa Cartel")
	ev := EventIRI(a.ID, "United States", "designated", "Sinaloa Cartel", 30)
	for _, c := range []struct {
		name string
		s    quad.Value
		p    quad.IRI
		o    quad.Value
	}{
		{"direct edge", us, RelationIRI("designated"), cartel},
		{"event type", ev, PredType, ClassEvent},
		{"event verb", ev, PredVerb, RelationIRI("designated")},
		{"event subject", ev, PredSubject, us},
		{"event object", ev, PredObject, cartel},
		{"event date", ev, PredDate, quad.Time(time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC))},
		{"event start", ev, PredStart, quad.Int(30)},
		{"event end", ev, PredEnd, quad.Int(84)},
		{"event article", ev, PredInArticle, label},
	} {
		if !has(c.s, c.p, c.o) {
			t.Errorf("%s: missing %v %v %v", c.name, c.s, c.p, c.o)
		}
	}
	for _, q := range qs {
		if q.Predicate == PredType && q.Object == ClassEvent && q.Subject != ev {
			t.Errorf("event %v written for a relation with only subject and object", q.Subject)
		}
	}
	if has(EntityIRI(Government, "Mexico"), RelationIRI("notAVerb"), us) {
		t.Error("relation outside the vocabulary was written")
	}
	if has(sheinbaum, PredAlias, quad.String("Claudia Sheinbaum")) {
		t.Error("alias equal to the name was written")
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		x    Extraction
		fail bool
	}{
		{Extraction{Entities: []Entity{{Name: "Mexico", Type: Government}}}, false},
		{Extraction{Entities: []Entity{{Name: "", Type: Government}}}, true},
		{Extraction{Entities: []Entity{{Name: "Mexico", Type: "Country"}}}, true},
	} {
		if err := c.x.Validate(); (err != nil) != c.fail {
			t.Errorf("Validate(%+v) = %v, want failure %v", c.x.Entities, err, c.fail)
		}
	}
}

func BenchmarkQuads(b *testing.B) {
	a, x := sampleExtraction()
	for i := 0; i < 40; i++ { // an article-sized extraction: ~60 entities, ~40 statements
		n := string(rune('A'+i%26)) + string(rune('a'+i/26))
		x.Entities = append(x.Entities, Entity{Name: "Person " + n, Type: Person, Aliases: []string{n}})
		x.Statements = append(x.Statements, Statement{Speaker: n, Quote: "quote number " + n, Start: i, End: i + 5})
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Quads(a, x)
	}
}

// TestQuadsPublished: the article's date comes from its metadata, else from
// the date the extractor read in its text.
func TestQuadsPublished(t *testing.T) {
	meta := time.Date(2021, 5, 6, 10, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name string
		meta time.Time
		read string
		want string // "" means no date quad.
	}{
		{"metadata", meta, "2020-01-02", "2021-05-06"},
		{"read in the text", time.Time{}, "2020-01-02", "2020-01-02"},
		{"none", time.Time{}, "", ""},
		{"unreadable", time.Time{}, "soon", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{ID: "a", Text: "Headline\n\nBody.", Published: tt.meta}
			var got string
			for _, q := range Quads(a, Extraction{Article: "a", Published: tt.read}) {
				if q.Predicate == PredPublished {
					got = time.Time(q.Object.(quad.Time)).Format(time.DateOnly)
				}
			}
			if got != tt.want {
				t.Errorf("published quad = %q, want %q", got, tt.want)
			}
		})
	}
}
