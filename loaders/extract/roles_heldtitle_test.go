package extract

import "testing"

// The sentences below are invented for this test; none is taken from an
// evaluation article.

// TestHeldTitleKeepsPost checks that a title repeated before a person's
// later mention names the post read at the first, not the state the later
// sentence names.
func TestHeldTitleKeepsPost(t *testing.T) {
	ex := newExtractor(t)
	text := "Readout of a Lunch with Peruvian Officials\n\nEarlier today, at the White House, Deputy Attorney General Ana Quirell hosted a lunch with Peruvian officials.\n\n" +
		"Deputy Attorney General Quirell praised the Government of Peru for its help."
	x := ex.Extract(article(text))
	if !hasRole(x, "Ana Quirell", "United States") {
		t.Errorf("Extract(%q) roles = %+v, want Ana Quirell at United States", text, x.Roles)
	}
	if hasRole(x, "Ana Quirell", "Peru") {
		t.Errorf("Extract(%q) roles = %+v, want no Ana Quirell at Peru", text, x.Roles)
	}
}

// TestGuessedShortTitleYields checks that a body guessed for a barer title
// yields to the fuller title the article states for the same person.
func TestGuessedShortTitleYields(t *testing.T) {
	text := "Secretary Vega’s Trip Marks Strong Ties Between the United States and Peru\n\n" +
		"On a trip to Peru, U.S. Secretary of Labor Daniel Vega marked the close ties between the United States and Peru.\n\n" +
		"In talks with Peruvian President Ana Ruiz and Foreign Minister Luis Obal, Secretary Vega spoke about port safety.\n"
	checkRoles(t, []roleCase{
		{name: "the stated post", text: text, person: "Daniel Vega", org: "United States"},
		{name: "no guess for the barer title", text: text, person: "Daniel Vega", org: "Peru", neg: true},
	})
}

// TestHeldFullerTitle checks that a later mention under a shortened title
// ("Deputy Secretary X" after "Deputy Secretary of State X") keeps the
// post read in full, even where the later sentence talks about another
// country, and when the post's government is never named as a party.
// All copy is invented.
func TestHeldFullerTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "shortened title, another country talked about",
			text:   "H\nDeputy Secretary of State Dana Whitfield met Peruvian officials in Lima. Deputy Secretary Whitfield praised Peru and thanked Peru for its help to Peru's neighbors.",
			person: "Dana Whitfield", org: "Peru", neg: true},
	})
}
