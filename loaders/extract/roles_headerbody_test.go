package extract

import "testing"

// TestHeaderTitleWithBody: a header block's title line may name the body
// after a comma ("Deputy Assistant Secretary, Bureau of …"): the name
// alone on the line above is a person holding that title at that body.
func TestHeaderTitleWithBody(t *testing.T) {
	text := "Port Security in the Andes\n\nTamsin Okoro\n\nDeputy Assistant Secretary, Federal Emergency Management Agency\n\nStatement before the committee\n\nMy name is Tamsin Okoro, and I thank you for the opportunity to testify today.\n"
	checkRoles(t, []roleCase{
		{name: "title and body on the line under the name", text: text,
			person: "Tamsin Okoro", title: "Deputy Assistant Secretary", org: "Federal Emergency Management Agency"},
		{name: "no comma, no body", text: "Port Security\n\nTamsin Okoro\n\nDeputy Assistant Secretary, held talks in Lima on Monday\n\nMy name is Tamsin Okoro, and the talks went well.\n",
			person: "Tamsin Okoro", org: "Federal Emergency Management Agency", neg: true},
	})
}
