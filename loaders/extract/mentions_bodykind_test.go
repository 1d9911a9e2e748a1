package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestNamedBodyKind checks that a name whose head is an agreement's word
// but that a body noun introduces ("the NGO", "the group") is an
// organisation's, and that "NGO" is no part of the name.
func TestNamedBodyKind(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, org string
		notAgreement    []string
	}{
		{"NGO opening the sentence",
			"H\nThe NGO Citizen Initiative for Open Courts said that judges in Ruritania often took bribes.",
			"Citizen Initiative for Open Courts", []string{"Citizen Initiative for Open Courts", "NGO Citizen Initiative for Open Courts"}},
		{"NGO inside the sentence",
			"H\nAccording to the NGO Rural Justice Initiative, 40 prisoners died in Elbonia in 2019.",
			"Rural Justice Initiative", []string{"Rural Justice Initiative"}},
		{"the group",
			"H\nLeaders of the group Harbour Workers Pact marched in Porto Verde on Monday.",
			"Harbour Workers Pact", []string{"Harbour Workers Pact"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(schema.Article{ID: "t", Text: c.text})
			if !hasEntity(x, c.org, schema.Organization) {
				t.Errorf("Extract(%q) entities = %+v, want organisation %q", c.text, x.Entities, c.org)
			}
			for _, n := range c.notAgreement {
				if hasEntity(x, n, schema.Agreement) {
					t.Errorf("Extract(%q): agreement %q, want none", c.text, n)
				}
			}
		})
	}
}
