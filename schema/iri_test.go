package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Claudia Sheinbaum", "claudia sheinbaum"},
		{"  Farfán-Méndez ", "farfan-mendez"},
		{"Mérida\u00a0Initiative", "merida initiative"},
		{"BOGOTÁ\n\tColombia", "bogota colombia"},
		{"", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Claudia Sheinbaum", "claudia-sheinbaum"},
		{"Cecilia Farfán-Méndez", "cecilia-farfan-mendez"},
		{"U.S. Congress", "u-s-congress"},
		{"00-seed-mexico-us-cartels.txt", "00-seed-mexico-us-cartels-txt"},
		{"  --18th Street--  ", "18th-street"},
		{"", ""},
	} {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIRIs(t *testing.T) {
	for _, c := range []struct {
		got  quad.IRI
		want quad.IRI
	}{
		{EntityIRI(Person, "Claudia Sheinbaum"), "ng:person/claudia-sheinbaum"},
		{EntityIRI(Government, "United States"), "ng:government/united-states"},
		{EntityIRI(Agency, "Drug Enforcement Administration"), "ng:agency/drug-enforcement-administration"},
		{ArticleIRI("00-seed.txt"), "ng:article/00-seed-txt"},
		{RoleIRI("Jack Riley", "former deputy administrator", "DEA"), "ng:role/jack-riley/former-deputy-administrator/dea"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	if StatementIRI("Sheinbaum", "Off  the table") != StatementIRI("sheinbaum", "off the table") {
		t.Error("StatementIRI differs for texts that fold alike")
	}
	if StatementIRI("A", "x y z") == StatementIRI("B", "x y z") {
		t.Error("StatementIRI equal for different speakers")
	}
}

func TestParseEntityType(t *testing.T) {
	for _, typ := range EntityTypes {
		got, err := ParseEntityType(string(typ))
		if err != nil || got != typ {
			t.Errorf("ParseEntityType(%q) = %q, %v", typ, got, err)
		}
		if _, ok := TypeOfClass(ClassOf(typ)); !ok {
			t.Errorf("TypeOfClass(ClassOf(%q)) not found", typ)
		}
	}
	if _, err := ParseEntityType("Place"); err == nil {
		t.Error("ParseEntityType(Place): want ErrUnknownType")
	}
}
