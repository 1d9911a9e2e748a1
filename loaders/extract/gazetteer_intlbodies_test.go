package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestInternationalDrugBodies checks that the UN's drug-policy commission
// is one organisation however the copy writes it (in full, with the UN's
// name or possessive before it, by acronym), and that the UN named only in
// its name is no entity of its own. All copy is invented.
func TestInternationalDrugBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
	}{
		{"possessive", "H\nOn Monday the minister addressed the United Nations’ Commission on Narcotic Drugs."},
		{"UN before the name", "H\nThe UN Commission on Narcotic Drugs voted to schedule two precursors."},
		{"acronym", "H\nDelegates to the CND adopted four resolutions."},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, "Commission on Narcotic Drugs", schema.Organization) {
				t.Errorf("Extract(%q) entities = %+v, want the Commission on Narcotic Drugs", c.text, x.Entities)
			}
			if hasEntity(x, "United Nations", schema.Organization) {
				t.Errorf("Extract(%q) entities = %+v, want no United Nations entity", c.text, x.Entities)
			}
		})
	}
}

// TestLeadersForums checks that the leaders' forums of the world's large
// economies are organisations by their short names. All copy is invented.
func TestLeadersForums(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"APEC", "H\nThe president thanked Chile for its leadership within APEC this year.", "Asia-Pacific Economic Cooperation"},
		{"G20", "H\nAsked about the plan at the G20, the official had no comment.", "Group of Twenty"},
		{"G7 with a hyphen", "H\nThe G-7 finance ministers met in Ottawa.", "Group of Seven"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if x := ex.Extract(article(c.text)); !hasEntity(x, c.want, schema.Organization) {
				t.Errorf("Extract(%q) entities = %+v, want %q", c.text, x.Entities, c.want)
			}
		})
	}
}

// TestInterAmericanBodies checks that the hemisphere's "Inter-American"
// bodies are found with or without the hyphen. All copy is invented.
func TestInterAmericanBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"defense board, no hyphen", "H\nPeru will chair the Inter American Defense Board next year.", "Inter-American Defense Board"},
		{"defense board, hyphen", "H\nPeru will chair the Inter-American Defense Board next year.", "Inter-American Defense Board"},
		{"bank, no hyphen", "H\nA loan from the Inter American Development Bank funds the port.", "Inter-American Development Bank"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasNamed(x, c.want, schema.Organization) {
				t.Errorf("Extract(%q) entities = %+v, want %q", c.text, x.Entities, c.want)
			}
		})
	}
}

// TestResearchCentreProgramme checks that a research centre's programme
// known by its own name is an organisation apart from the centre. All
// copy is invented.
func TestResearchCentreProgramme(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nAna Ruiz, an analyst at the Mexico Institute of the Wilson Center, said the talks would resume."))
	for _, want := range []string{"Mexico Institute", "Wilson Center"} {
		if !hasNamed(x, want, schema.Organization) {
			t.Errorf("entities = %+v, want organisation %q", x.Entities, want)
		}
	}
}

// TestInternationalCourts checks that the courts of the UN and of the
// inter-American system are international bodies, not a state's court.
// All copy is invented.
func TestInternationalCourts(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"UN court", "H\nBoth countries accepted the ruling of the International Court of Justice on the river border.", "International Court of Justice"},
		{"UN court by acronym", "H\nThe ICJ will rule on the maritime claim next year.", "International Court of Justice"},
		{"inter-American court", "H\nThe Inter-American Court of Human Rights ordered Peru to reopen the case.", "Inter-American Court of Human Rights"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if !hasEntity(x, c.want, schema.Organization) || hasEntity(x, c.want, schema.Agency) {
				t.Errorf("Extract(%q) entities = %+v, want organisation %q", c.text, x.Entities, c.want)
			}
		})
	}
}

// TestOECD checks that the OECD is one organisation in its British
// spelling with "Co-operation", its American spelling and its acronym, not
// a name cut at the hyphen. All copy is invented.
func TestOECD(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{
		"H\nFreedonia applied last year to join the Organisation for Economic Co-operation and Development, its minister said.",
		"H\nThe Organization for Economic Cooperation and Development published its survey of Freedonia.",
		"H\nFreedonia hopes to join the OECD next year.",
	} {
		x := ex.Extract(article(text))
		if !hasEntity(x, "Organisation for Economic Co-operation and Development", schema.Organization) {
			t.Errorf("Extract(%q) entities = %+v, want the OECD", text, x.Entities)
		}
	}
}

// TestUSTRFullName checks that the trade representative's office written
// with "United States" in full is the one agency, not a name cut before
// "Trade Representative". All copy is invented.
func TestUSTRFullName(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe Office of the United States Trade Representative and Freedonia's trade ministry will meet in May."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Office of the U.S. Trade Representative", schema.Agency) || hasEntity(x, "Office of the United States", schema.Agency) {
		t.Errorf("Extract(%q) entities = %+v, want the USTR's office whole", text, x.Entities)
	}
}
