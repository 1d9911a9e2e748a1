package extract

import "testing"

// TestListMatesGov checks that an office naming no government, written as
// a later item of a list of officials whose posts are all in one
// government, is in that government, and that it is not when the list
// mates serve two governments, when the office opens the sentence rather
// than following a listed official, or when the name is a title's word
// split off. All copy is invented.
func TestListMatesGov(t *testing.T) {
	const lede = "H\nUnder Secretary Laura Halvorsen will travel to Lima next week.\n\nOther members of the delegation include "
	checkRoles(t, []roleCase{
		{name: "later list item",
			text:   lede + "Assistant Secretary of State for Andean Affairs Maria Lindgren, National Security Council Senior Director for the Andes Thomas Greer, and Regional Intelligence Manager for the Andes Paul Arbeloa.",
			person: "Paul Arbeloa", org: "United States"},
		{name: "middle list item, a portfolio of no state",
			text:   lede + "Assistant Secretary of State for Andean Affairs Maria Lindgren, National Security Council Senior Director for the Andes Thomas Greer, Deputy Assistant Secretary of Defense for the Andes Oliver Vance, and Regional Intelligence Manager for the Andes Paul Arbeloa.",
			person: "Oliver Vance", org: "United States"},
		{name: "mates in two governments",
			text:   lede + "Assistant Secretary of State for Andean Affairs Maria Lindgren, Peruvian Foreign Minister Elena Castañar Ruiz, and Regional Intelligence Manager for the Andes Paul Arbeloa.",
			person: "Paul Arbeloa", org: "United States", neg: true},
		{name: "not a list item",
			text:   "H\nAssistant Secretary of State for Andean Affairs Maria Lindgren, National Security Council Senior Director for the Andes Thomas Greer, and Peruvian officials met, and Regional Intelligence Manager for the Andes Paul Arbeloa joined them.",
			person: "Paul Arbeloa", org: "United States", neg: true},
		{name: "a title's word split into the name",
			text:   lede + "Assistant Secretary of State Maria Lindgren, Deputy Secretary of State Thomas Greer, and Director of National Intelligence Arbeloa.",
			person: "Intelligence Arbeloa", org: "United States", neg: true},
	})
}
