package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRunInHeading: a report's run-in headings ("Pretrial Detention:")
// are no speakers' labels, so the text is no transcript and a heading is
// no person; a transcript's labels stay labels. All copy is invented.
func TestRunInHeading(t *testing.T) {
	ex := newExtractor(t)
	report := "Paraguay 2021 Human Rights Report: d. Arbitrary Arrest or Detention\n\n" +
		"The law prohibits arbitrary arrest and detention.\n\n" +
		"Arbitrary Arrest: As of August 31, the office had received 12 complaints of arbitrary arrest.\n\n" +
		"Pretrial Detention: Lengthy pretrial detention was a problem.\n"
	x := ex.Extract(article(report))
	if hasEntity(x, "Arbitrary Arrest", schema.Person) {
		t.Errorf("Extract(%q): a run-in heading read as a person: %+v", report, x.Entities)
	}
	for _, s := range x.Statements {
		t.Errorf("Extract(%q): a run-in heading read as a speaker: %+v", report, s)
	}
	for _, c := range []struct {
		text string
		want bool // the paragraph's label is read as a speaker's
	}{
		{"Report\n\nPretrial Detention: Lengthy pretrial detention was a problem.", false},
		{"Briefing\n\nTalbot: We worked on port security with the navy.", true},
		{"Briefing\n\nQUESTION: What is the question on port security?", true},
		{"Briefing\n\nThe President: The president thanks the navy.", true},
	} {
		d := &doc{g: ex.g}
		d.toks = tokenize(normalize(c.text).n, noKnownWords)
		sentences(d.toks)
		d.at = make([]int32, len(d.toks))
		p0 := 0
		for p0 < len(d.toks) && d.toks[p0].para == d.toks[0].para {
			p0++
		}
		if got := d.paraLabel(p0) >= 0; got != c.want {
			t.Errorf("paraLabel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
