package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestPortfolioTailIsNoName checks that the capitalised words after "and"
// that end a title's portfolio name no one, while a person coordinated
// after a title still does.
func TestPortfolioTailIsNoName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, want, notWant string }{
		{"H\nThe talks began with the Minister of Trade and Rural Development, Ambassador Tomas Quirell, in Lima.", "Tomas Quirell", "Rural Development"},
		{"H\nThe Secretary of Labor and Social Welfare said on Monday the plan would go ahead.", "", "Social Welfare"},
		{"H\nThe Minister of Trade and Ana Quirell, a senior adviser, arrived in Lima.", "Ana Quirell", ""},
	} {
		x := ex.Extract(article(c.text))
		if c.want != "" && !hasEntity(x, c.want, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want person %q", c.text, x.Entities, c.want)
		}
		if c.notWant != "" && hasEntity(x, c.notWant, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want no person %q", c.text, x.Entities, c.notWant)
		}
	}
}

// TestCountedPluralIsNoName checks that a capitalised plural after a count
// word ("the two Parties") names no one.
func TestCountedPluralIsNoName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, notWant string }{
		{"H\nThe two Parties agreed to meet again in the spring.", "Parties"},
		{"H\nBoth Signatories welcomed the plan on Tuesday.", "Signatories"},
	} {
		x := ex.Extract(article(c.text))
		if hasEntity(x, c.notWant, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want no person %q", c.text, x.Entities, c.notWant)
		}
	}
}

// TestRankClassIsNoName checks that the grade of a rank written with an
// ordinal and "Class" is part of the title before a name.
func TestRankClassIsNoName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, want, notWant string }{
		{"Officials Meet\n\nBy Army Sgt. 1st Class Tomas J. Quirell\nDefense News Service\n\nOfficials met in Lima today.", "Tomas J. Quirell", "Class Tomas J. Quirell"},
		{"H\nNavy Petty Officer Second Class Ana Obal said the crew was safe.", "Ana Obal", "Class Ana Obal"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.want, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want person %q", c.text, x.Entities, c.want)
		}
		if hasEntity(x, c.notWant, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want no person %q", c.text, x.Entities, c.notWant)
		}
	}
}

// TestPortfolioWordBeforeName checks that a portfolio whose capitalised
// word no name run takes ("Transnational", "National") still ends before
// a given name ("Senior Director for Trade and Transnational Crime Daniel
// Vega").
func TestPortfolioWordBeforeName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, want, notWant string }{
		{"H\nThe delegation included Senior Director for Trade and Transnational Crime Daniel Vega and two aides.", "Daniel Vega", "Crime Daniel Vega"},
		{"H\nThe talks were led by Deputy Director for Ports and National Customs Daniel Vega of Peru.", "Daniel Vega", "Customs Daniel Vega"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.want, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want person %q", c.text, x.Entities, c.want)
		}
		if hasEntity(x, c.notWant, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want no person %q", c.text, x.Entities, c.notWant)
		}
	}
}
