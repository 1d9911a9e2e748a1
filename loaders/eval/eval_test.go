package eval

import (
	"math"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestJaccard(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"We cooperate, we collaborate.", "we cooperate we collaborate", 1},
		{"It’s off the table", "It's off the table", 1},
		{"a b c d", "a b c e", 3.0 / 5},
		{"", "", 1},
		{"Bogotá said", "BOGOTA said", 1},
	} {
		if got := Jaccard(c.a, c.b); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("Jaccard(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func ent(name string, t schema.EntityType, aliases ...string) schema.Entity {
	return schema.Entity{Name: name, Type: t, Aliases: aliases}
}

func TestScoreMatching(t *testing.T) {
	gold := schema.Extraction{
		Article: "a.txt",
		Entities: []schema.Entity{
			ent("United States", schema.Government, "US", "Washington"),
			ent("state department", schema.Agency),
			ent("Claudia Sheinbaum", schema.Person, "Sheinbaum"),
			ent("Mérida Initiative", schema.Agreement),
		},
		Roles: []schema.Role{{Person: "Claudia Sheinbaum", Title: "president", Org: "Mexico"}},
		Statements: []schema.Statement{
			{Speaker: "Claudia Sheinbaum", Quote: "We cooperate, we collaborate, but there will be no invasion. It’s off the table."},
			{Speaker: "state department", Quote: "a threat to national security of the first order"},
		},
		Agreements: []schema.AgreementFact{{Name: "Mérida Initiative", Parties: []string{"Mexico", "United States"}}},
	}
	for _, c := range []struct {
		name  string
		got   schema.Extraction
		field string
		want  Count
	}{
		{"entity by alias, case and diacritics folded", schema.Extraction{Entities: []schema.Entity{
			ent("U.S.", schema.Government, "washington"), ent("Department of State", schema.Agency, "State  Department"),
			ent("claudia sheinbaum", schema.Person), ent("Merida Initiative", schema.Agreement)}},
			"entities", Count{Got: 4, Gold: 4, GotMatch: 4, GoldMatch: 4}},
		{"entity type must agree", schema.Extraction{Entities: []schema.Entity{ent("United States", schema.Agency)}},
			"entities", Count{Got: 1, Gold: 4}},
		{"role on person and org, title ignored", schema.Extraction{
			Entities: []schema.Entity{ent("Sheinbaum", schema.Person)},
			Roles:    []schema.Role{{Person: "Sheinbaum", Title: "head of state", Org: "mexico"}}},
			"roles", Count{Got: 1, Gold: 1, GotMatch: 1, GoldMatch: 1}},
		{"role with the wrong org", schema.Extraction{Roles: []schema.Role{{Person: "Claudia Sheinbaum", Org: "United States"}}},
			"roles", Count{Got: 1, Gold: 1}},
		{"statement speaker through aliases, jaccard over words", schema.Extraction{
			Entities: []schema.Entity{ent("Department of State", schema.Agency, "state department")},
			Statements: []schema.Statement{
				{Speaker: "Sheinbaum", Quote: "we cooperate we collaborate but there will be no invasion it's off the table"},
				{Speaker: "Department of State", Quote: "a threat to national security of the first order"}}},
			"statements", Count{Got: 2, Gold: 2, GotMatch: 2, GoldMatch: 2}},
		{"a split quote counts", schema.Extraction{Statements: []schema.Statement{
			{Speaker: "Claudia Sheinbaum", Quote: "We cooperate, we collaborate, but there will be no invasion."},
			{Speaker: "Claudia Sheinbaum", Quote: "It’s off the table."}}},
			"statements", Count{Got: 2, Gold: 2, GotMatch: 2, GoldMatch: 1}},
		{"a quote below 0.8 does not count", schema.Extraction{Statements: []schema.Statement{
			{Speaker: "Claudia Sheinbaum", Quote: "We cooperate."}}},
			"statements", Count{Got: 1, Gold: 2}},
		{"the wrong speaker does not count", schema.Extraction{Statements: []schema.Statement{
			{Speaker: "Marco Rubio", Quote: "a threat to national security of the first order"}}},
			"statements", Count{Got: 1, Gold: 2}},
		{"agreement on name", schema.Extraction{Agreements: []schema.AgreementFact{{Name: "merida initiative", Parties: []string{"Mexico"}}}},
			"agreements", Count{Got: 1, Gold: 1, GotMatch: 1, GoldMatch: 1}},
		{"parties as a set", schema.Extraction{
			Entities:   []schema.Entity{ent("United States", schema.Government, "US")},
			Agreements: []schema.AgreementFact{{Name: "Mérida Initiative", Parties: []string{"US", "Canada"}}}},
			"parties", Count{Got: 2, Gold: 2, GotMatch: 1, GoldMatch: 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Score(gold, c.got)
			if got := r.Field(c.field); got != c.want {
				t.Errorf("Score(...).Field(%q) = %+v, want %+v\nmisses %v\nextra %v", c.field, got, c.want, r.Misses, r.Extra)
			}
		})
	}
}

func TestCountMetrics(t *testing.T) {
	for _, c := range []struct {
		c       Count
		p, r, f float64
	}{
		{Count{}, 1, 1, 1},
		{Count{Got: 4, Gold: 2, GotMatch: 2, GoldMatch: 2}, 0.5, 1, 2.0 / 3},
		{Count{Got: 0, Gold: 3}, 0, 0, 0},
	} {
		if p, r, f := c.c.Precision(), c.c.Recall(), c.c.F1(); math.Abs(p-c.p) > 1e-9 || math.Abs(r-c.r) > 1e-9 || math.Abs(f-c.f) > 1e-9 {
			t.Errorf("%+v: P, R, F1 = %v, %v, %v, want %v, %v, %v", c.c, p, r, f, c.p, c.r, c.f)
		}
	}
}
