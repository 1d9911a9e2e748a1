package extract

import (
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPortfolioLabel: a transcript label that gives a title with its
// portfolio before the full name ("SECRETARY OF DEFENSE ANA RUIZ:") names
// the person of that full name.
func TestPortfolioLabel(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Press Briefing in Asuncion\n\nSecretary of Defense Ana Ruiz spoke to reporters on Monday.\n\n" +
		"SECRETARY OF DEFENSE ANA RUIZ: “We will keep working with Paraguay.”\n\n" +
		"QUESTION: “Will there be troops?”\n\nMINISTER OF THE INTERIOR TOMAS HERRERA: “None.”"
	x := ex.Extract(article(text))
	got := speakerQuotes(x)
	want := []schema.Statement{{Speaker: "Ana Ruiz", Quote: "We will keep working with Paraguay."}}
	gj, _ := json.Marshal(got)
	wj, _ := json.Marshal(want)
	if string(gj) != string(wj) {
		t.Errorf("Extract(%q) statements = %s, want %s", text, gj, wj)
	}
}
