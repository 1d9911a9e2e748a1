package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// A text may stop anywhere: on a cue word, after "According to", inside a
// defendant's origin. Every rule that looks past a token must stop at the
// text's end instead of indexing beyond it.
func TestTextEndingMidClause(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text string
	}{
		{"cue as last word", "Officials on the trip:\n\n- Ana Ruiz, Deputy Director\n\n- Tomas Vela, HHS ORR Head"},
		{"verb with no object", "Police in Lima arrested"},
		{"according to", "Cells were crowded. According to"},
		{"action noun", "The group moved cocaine across the border. Today's action"},
		{"origin commas", "Court papers name the men. Luis Prado, 45, of Tijuana,"},
		{"district at the end", "U.S. Attorney Ana Ruiz of the Southern District of Texas"},
		{"meeting frame", "The two leaders spoke on Monday. During their first bilateral"},
		{"district of a state", "He was charged in the District of New Mexico"},
		{"attorney's district", "U.S. Attorney Ana Ruiz for the District of Maryland"},
		{"listed name", "Sanctions Bill\n\nRep. Ruiz,"},
		{"authorized object", "The governor has authorized the Port Authority"},
		{"according to a report", "Cuba 2031 Human Rights Report\n\nPrisons were full. According to the Interior Ministry’s 2029 annual report"},
		{"according to at the start", "According to"},
		{"custody clause", "Mexico 2031 Human Rights Report\n\nLuis Prado, a baker, died in jail while"},
		{"unnamed doers and no report state", "Marta Solis was stopped twice. In May Solis alleged police officers continued to follow her"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ex.ExtractBounded(schema.Article{ID: "a", Title: "Title", Text: tt.text}); err != nil {
				t.Errorf("ExtractBounded(%q) = %v, want no error", tt.text, err)
			}
		})
	}
}

// Every real text cut after every 23rd word extracts without error: a
// published text holds the shapes a rule meets at a text's end.
func TestTruncatedRealTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("25,000 truncated texts skipped under -short")
	}
	ex := newExtractor(t)
	files, err := filepath.Glob("../../data/real/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no real texts: %v", err)
	}
	failed := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words := strings.Fields(string(b))
		for k := 7; k < len(words); k += 23 {
			text := strings.Join(words[:k], " ")
			if _, err := ex.ExtractBounded(schema.Article{ID: "a", Text: text}); err != nil {
				if failed++; failed <= 5 {
					t.Errorf("%s cut after word %d (…%q): %v", f, k, text[max(0, len(text)-60):], err)
				}
			}
		}
	}
	if failed > 5 {
		t.Errorf("%d more truncated texts failed", failed-5)
	}
}
