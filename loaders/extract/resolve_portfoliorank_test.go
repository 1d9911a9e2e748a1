package extract

import "testing"

// TestPortfolioServiceBeforeRank checks that a bare service named as a
// title's portfolio, with the holder's rank right after it ("Secretary of
// the Navy Admiral X"), is the service of the country the sentence talks
// about, so that the post is that country's; a service written bare before
// its title in a story about the United States stays the home one's. All
// copy is invented.
func TestPortfolioServiceBeforeRank(t *testing.T) {
	const us = "H\nThe United States sent aid. The United States and the U.S. Congress agreed. "
	checkRoles(t, []roleCase{
		{name: "portfolio then rank, country named before",
			text:   us + "The minister called Peru's Secretary of Defense General Ana Ruiz Soto and Secretary of the Navy Admiral Luis Mena Torres.",
			person: "Luis Mena Torres", org: "Peru"},
		{name: "portfolio then rank, not the home country's",
			text:   us + "The minister called Peru's Secretary of Defense General Ana Ruiz Soto and Secretary of the Navy Admiral Luis Mena Torres.",
			person: "Luis Mena Torres", org: "United States", neg: true},
	})
}
