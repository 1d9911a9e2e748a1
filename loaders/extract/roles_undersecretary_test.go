package extract

import "testing"

// TestUndersecretaryOneWord checks that "Undersecretary", the one-word
// spelling of "Under Secretary", is a state office like it: "Undersecretary
// of State X" is a post of the United States, and a bare "Undersecretary X"
// in a story about another country is that country's. All copy is
// invented.
func TestUndersecretaryOneWord(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of State", text: "H\nThe United States and Peru met. The minister will also visit Undersecretary of State Dana Whitfield.",
			person: "Dana Whitfield", org: "United States"},
		{name: "bare, another country", text: "H\nPeru and Chile met in Lima. In Lima, Undersecretary Rosa Quispe Mamani spoke for Peru.",
			person: "Rosa Quispe Mamani", org: "Peru"},
	})
}
