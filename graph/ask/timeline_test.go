package ask

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// timelineStore holds two invented articles with dated relations (one
// stated with its own month) and a statement.
func timelineStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.BackendMemory)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ents := []schema.Entity{
		{Name: "United States", Type: schema.Government},
		{Name: "Mexico", Type: schema.Government},
		{Name: "Sinaloa Cartel", Type: schema.Cartel},
		{Name: "Marco Rubio", Type: schema.Person, Aliases: []string{"Rubio"}},
	}
	designation := "The United States designated the Sinaloa Cartel a terrorist organisation."
	a := schema.Article{ID: "a.txt", Text: "Designation\n\n" + designation + " Rubio said: \"This is only the start.\""}
	xa := schema.Extraction{Article: "a.txt", Published: "2025-02-20", Entities: ents,
		Statements: []schema.Statement{{Speaker: "Marco Rubio", Quote: "This is only the start.", About: []string{"Sinaloa Cartel"}}},
		Relations: []schema.Relation{{Subject: "United States", Predicate: "designated", Object: "Sinaloa Cartel",
			Sentence: designation, Start: 13, End: 13 + len(designation)}}}
	cooperation := "Mexico and the United States agreed in June 2023 to cooperate."
	b := schema.Article{ID: "b.txt", Text: "Talks\n\n" + cooperation}
	xb := schema.Extraction{Article: "b.txt", Published: "2024-01-05", Entities: ents,
		Relations: []schema.Relation{{Subject: "Mexico", Predicate: "cooperatesWith", Object: "United States", Date: "2023-06",
			Sentence: cooperation, Start: 7, End: 7 + len(cooperation)}}}
	for _, w := range []struct {
		a schema.Article
		x schema.Extraction
	}{{a, xa}, {b, xb}} {
		if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(w.a.ID), schema.Quads(w.a, w.x)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestTimeline(t *testing.T) {
	a := New(timelineStore(t))
	type entry struct{ date, kind, what string }
	for _, tt := range []struct {
		name    string
		entity  string
		limit   int
		want    []entry
		total   int
		wantErr error
	}{
		{"a cartel: what was done to it and what was said about it", "Sinaloa Cartel", 0, []entry{
			{"2025-02-20", "event", "designated"},
			{"2025-02-20", "statement", "This is only the start."},
		}, 2, nil},
		{"a state: an event's own date comes before its article's", "United States", 0, []entry{
			{"2023-06-01", "event", "cooperatesWith"},
			{"2025-02-20", "event", "designated"},
		}, 2, nil},
		{"the newest within the limit", "United States", 1, []entry{{"2025-02-20", "event", "designated"}}, 2, nil},
		{"a speaker by surname", "Rubio", 0, []entry{{"2025-02-20", "statement", "This is only the start."}}, 1, nil},
		{"unknown", "Atlantis", 0, nil, 0, ErrNotFound},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := a.Timeline(context.Background(), tt.entity, tt.limit)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Timeline(%s) error = %v, want %v", tt.entity, err, tt.wantErr)
			}
			if tt.wantErr != nil {
				return
			}
			var got []entry
			for _, e := range tl.Entries {
				what := e.Verb
				if e.Kind == "statement" {
					what = e.Text
				}
				got = append(got, entry{e.Date, e.Kind, what})
				if len(e.Articles) == 0 {
					t.Errorf("entry %+v names no article", e)
				}
			}
			if len(got) != len(tt.want) || tl.Total != tt.total {
				t.Fatalf("Timeline(%s) = %+v (total %d), want %+v (total %d)", tt.entity, got, tl.Total, tt.want, tt.total)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Timeline(%s)[%d] = %+v, want %+v", tt.entity, i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestEntityEvents: a card lists the entity's events with their dates.
func TestEntityEvents(t *testing.T) {
	a := New(timelineStore(t))
	c, err := a.Entity(context.Background(), "United States")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range c.Events {
		got = append(got, e.Date+" "+e.Subject.Name+" "+e.Verb+" "+e.Object.Name)
	}
	want := []string{"2023-06-01 Mexico cooperatesWith United States", "2025-02-20 United States designated Sinaloa Cartel"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || c.Totals.Events != 2 {
		t.Errorf("card events = %q (total %d), want %q", got, c.Totals.Events, want)
	}
}

// TestAgreementActs: a party's signing, read as an event with a date,
// shows on the agreement.
func TestAgreementActs(t *testing.T) {
	s, err := graph.Open(graph.BackendMemory)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	signing := "Colombia signed the Treaty of Cartagena on 4 May 2021."
	a := schema.Article{ID: "c.txt", Text: "Treaty\n\n" + signing}
	x := schema.Extraction{Article: "c.txt", Entities: []schema.Entity{
		{Name: "Colombia", Type: schema.Government}, {Name: "Treaty of Cartagena", Type: schema.Agreement}},
		Agreements: []schema.AgreementFact{{Name: "Treaty of Cartagena", Parties: []string{"Colombia"}}},
		Relations: []schema.Relation{{Subject: "Colombia", Predicate: "signed", Object: "Treaty of Cartagena", Date: "2021-05-04",
			Sentence: signing, Start: 8, End: 8 + len(signing)}}}
	if _, err := s.ReplaceArticle(context.Background(), schema.ArticleIRI(a.ID), schema.Quads(a, x)); err != nil {
		t.Fatal(err)
	}
	ags, err := New(s).Agreements(context.Background(), "Colombia", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(ags) != 1 || len(ags[0].Parties) != 1 || len(ags[0].Parties[0].Acts) != 1 ||
		ags[0].Parties[0].Acts[0] != (Act{Verb: "signed", Date: "2021-05-04"}) {
		t.Errorf("Agreements(Colombia) = %+v, want the treaty with Colombia's signing on 2021-05-04", ags)
	}
}
