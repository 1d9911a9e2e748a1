package extract

import "testing"

// TestOfAStateWhoseNameHasTheArticle checks that "of The Bahamas" after a
// name gives the post's government when the state's name keeps its
// capitalised article, not the state of the line before. All copy is
// invented.
func TestOfAStateWhoseNameHasTheArticle(t *testing.T) {
	text := "Leaders Meet\n\nThe Vice President met the leaders of Caribbean nations.\n\nThe Leaders that participated:\n\n- Prime Minister Omar Kift of Antigua and Barbuda\n- Prime Minister Lena Roll of The Bahamas\n- Prime Minister Mia Tull of Barbados\n"
	checkRoles(t, []roleCase{
		{name: "a name with its article", text: text, person: "Lena Roll", title: "Prime Minister", org: "Bahamas"},
		{name: "not the line before's state", text: text, person: "Lena Roll", org: "Antigua and Barbuda", neg: true},
		{name: "the article before a body", text: "Leaders Meet\n\nThe Vice President met Minister Omar Kift of the Ministry of Ports.\n",
			person: "Omar Kift", org: "Ministry of Ports"},
	})
}
