package extract

import "testing"

// TestQuotedApposition checks that an apposition after a name inside a
// quotation gives the post when it names the body, but not when the body
// would only be guessed from the title. All copy is invented.
func TestQuotedApposition(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a named body", text: "Visit\n\nThe ambassador said: “Pedro Lagos Vera, former leader in the Tarija Cartel, arrived in Miami tonight.”\n",
			person: "Pedro Lagos Vera", org: "Tarija Cartel"},
		{name: "a guessed government", text: "Visit\n\nThe ambassador said in Lima: “Pedro Lagos Vera, the president, arrived in Miami tonight.”\n",
			person: "Pedro Lagos Vera", org: "Peru", neg: true},
	})
}
