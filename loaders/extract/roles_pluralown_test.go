package extract

import "testing"

// TestPluralOwnTitle checks that a plural title before a list of names
// gives the later names the first name's post under that title only, not
// the posts the text gives the first name elsewhere. All copy is invented.
func TestPluralOwnTitle(t *testing.T) {
	text := "Letter Sent\n\nWASHINGTON — Today, Representatives Dana Quill (NY-04) and Omar Brisket (NY-12) sent a letter.\n\n" +
		"In addition to Representatives Quill and Brisket, the letter was signed by four members.\n\n" +
		"Quill is Chair of the Congressional Rural Caucus, a Senior Member of the House Armed Services Committee, and the Chair of the Tactical Readiness Subcommittee.\n"
	checkRoles(t, []roleCase{
		{name: "first name's own post", text: text, person: "Dana Quill", org: "House Armed Services Committee"},
		{name: "not the second name's", text: text, person: "Omar Brisket", org: "House Armed Services Committee", neg: true},
		{name: "nor the second name's chair", text: text, person: "Omar Brisket", org: "Tactical Readiness Subcommittee", neg: true},
	})
}
