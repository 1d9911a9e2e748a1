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
		"Deputy Attorney General Quirell thanked the Government of Peru for its recent extraditions."
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
	text := "Secretary Vega’s Visit Reaffirms the Relationship Between the United States and Peru\n\n" +
		"With his visit to Peru, U.S. Secretary of Labor Daniel Vega reaffirms the strong relationship between the United States and Peru.\n\n" +
		"During his meeting with Peruvian President Ana Ruiz and Foreign Minister Luis Obal, Secretary Vega discussed efforts to combat crime.\n"
	checkRoles(t, []roleCase{
		{name: "the stated post", text: text, person: "Daniel Vega", org: "United States"},
		{name: "no guess for the barer title", text: text, person: "Daniel Vega", org: "Peru", neg: true},
	})
}
