package extract

import "testing"

// TestListingRoles checks listings: a list line naming a person, then the
// post and the body closing the line, and a name alone on a line with
// "TITLE, BODY" on the next. A title line naming a unit and then its
// parent body gives no listing.
// All copy is invented.
func TestListingRoles(t *testing.T) {
	const readout = "Readout of Deputy Adviser Tomas Ferrer's Meeting on Ruritania\n\n" +
		"Today, Deputy Adviser Tomas Ferrer met with leaders of civic groups to discuss the floods in Ruritania.\n\n" +
		"The participants included:\n\n" +
		"- Maria Quillen, President, Harbor Relief Foundation\n\n" +
		"- Dr. Osei Brandt, Founder & Executive Director, Lakeside Policy Institute\n\n" +
		"From the Administration:\n\n" +
		"- Tomas Ferrer, Deputy Adviser for Ruritania, National Security Council\n"
	const witnesses = "Hearing on Flood Relief in Ruritania\n\nMarch 3, 2019\n\nWitnesses\n\n" +
		"Ambassador Ilse Varga\n\nSenior Fellow, Lakeside Policy Institute, Springfield, Ill.\n\n" +
		"Martin Dorsey\n\nChief of Operations, Drug Enforcement Administration (DEA)\n"
	checkRoles(t, []roleCase{
		{name: "list line, name, title, body", text: readout,
			person: "Maria Quillen", title: "President", org: "Harbor Relief Foundation"},
		{name: "list line with honorific and two titles", text: readout,
			person: "Osei Brandt", title: "Founder & Executive Director", org: "Lakeside Policy Institute"},
		{name: "list line, remit with for", text: readout,
			person: "Tomas Ferrer", title: "Deputy Adviser for Ruritania", org: "National Security Council"},
		{name: "name line with a title word, title line with a place", text: witnesses,
			person: "Ilse Varga", title: "Senior Fellow", org: "Lakeside Policy Institute"},
		{name: "name line, title line with an acronym", text: witnesses,
			person: "Martin Dorsey", title: "Chief of Operations", org: "Drug Enforcement Administration"},
		{name: "unit and parent after commas: no listing", text: "Roundtable on Ruritania\n\nThe participants included:\n\n" +
			"- Pia Lund, Deputy Director, Office of Flood Response, Lakeside Policy Institute\n",
			person: "Pia Lund", org: "Lakeside Policy Institute", neg: true},
	})
}
