package extract

import "testing"

// TestEnvoyOfTheFirstForeignGovernmentAfter checks that an ambassador with
// no country named, in a statement datelined from the host country, serves
// the first other government named after the name when none is named
// before it. All copy is invented.
func TestEnvoyOfTheFirstForeignGovernmentAfter(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "host in the dateline, sender after", text: "Funds Approved\n\nStatement by Ambassador Carlos Ridder\n\nLima, May 2, 2008 - “The U.S. Senate approved the aid. It will help Peru and the United States fight drug traffickers.”\n",
			person: "Carlos Ridder", title: "Ambassador", org: "United States"},
		{name: "never the host", text: "Funds Approved\n\nStatement by Ambassador Carlos Ridder\n\nLima, May 2, 2008 - “The U.S. Senate approved the aid. It will help Peru and the United States fight drug traffickers.”\n",
			person: "Carlos Ridder", org: "Peru", neg: true},
	})
}
