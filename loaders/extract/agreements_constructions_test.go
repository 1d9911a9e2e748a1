package extract

import (
	"slices"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestSigningConstructions checks that signing, ratifying and leaving an
// agreement are read from the sentence's construction, whatever the
// agreement is called: a coordinated subject, a passive with its
// by-agent, a relative clause, a participle after the name, a
// nominalisation with its by-agent or possessor, "reached" for "signed";
// and that the states named so are the agreement's parties.
func TestSigningConstructions(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "coordinated subject, lower-case name",
			text: "Guatemala and Honduras signed an extradition treaty on Monday.",
			want: []string{"Guatemala|signed|extradition treaty", "Honduras|signed|extradition treaty"}},
		{name: "three coordinated subjects, capitalised name",
			text: "Chile, Peru and Bolivia signed the Altiplano Water Compact on Friday.",
			want: []string{"Chile|signed|Altiplano Water Compact", "Peru|signed|Altiplano Water Compact",
				"Bolivia|signed|Altiplano Water Compact"}},
		{name: "passive with a by-agent",
			text: "A new border security agreement was signed by Peru and Bolivia on Tuesday.",
			want: []string{"Peru|signed|border security agreement", "Bolivia|signed|border security agreement"}},
		{name: "passive with the parties after between",
			text: "The agreement between Guatemala and Honduras was signed in 2019.",
			want: []string{"Guatemala|signed|agreement", "Honduras|signed|agreement"}},
		{name: "relative clause",
			text: "The Lomas Compact, which Paraguay signed in 2020, covers maritime patrols.",
			want: []string{"Paraguay|signed|Lomas Compact"}},
		{name: "participle after the name",
			text: "The Valderas Accord, signed by Chile and Peru in 2015, set a maritime boundary.",
			want: []string{"Chile|signed|Valderas Accord", "Peru|signed|Valderas Accord"}},
		{name: "nominalisation with a by-agent",
			text: "The signing of the Cordillera Accord by Chile and Argentina ended the dispute.",
			want: []string{"Chile|signed|Cordillera Accord", "Argentina|signed|Cordillera Accord"}},
		{name: "nominalisation with a possessor",
			text: "Argentina's signing of the Pampas Agreement drew praise.",
			want: []string{"Argentina|signed|Pampas Agreement"}},
		{name: "reached stands for signed",
			text: "Mexico and Guatemala reached an agreement on asylum seekers on Monday.",
			want: []string{"Mexico|signed|agreement on asylum seekers", "Guatemala|signed|agreement on asylum seekers"}},
		{name: "ratified",
			text: "Paraguay ratified the Treaty of Valderas last year.",
			want: []string{"Paraguay|ratified|Treaty of Valderas"}},
		{name: "withdrew from",
			text: "Ecuador withdrew from the Quillay Accord in 2018.",
			want: []string{"Ecuador|withdrewFrom|Quillay Accord"}},
		{name: "a law signed into law is no agreement signed",
			text: "President Ana Ruiz of Honduras signed the Border Integrity Act into law on Monday.",
			not:  []string{"Honduras|signed|Border Integrity Act"}},
	})
}

// TestAgreementConstructionParties checks that the parties of an
// agreement are read from the same constructions: a coordinated subject,
// a by-agent, "between A and B", a hyphenated pair in the name, and that
// one government's law or programme is no agreement.
func TestAgreementConstructionParties(t *testing.T) {
	ex := newExtractor(t)
	checkAgreementCases(t, ex, []agreementCase{
		{"coordinated subject", "Bolivia and Paraguay signed a security agreement to fight drug trafficking.",
			"security agreement", []string{"Bolivia", "Paraguay"}},
		{"by-agent", "A new border security agreement was signed by Peru and Bolivia on Tuesday.",
			"border security agreement", []string{"Bolivia", "Peru"}},
		{"between", "Officials said the agreement between Panama and Costa Rica would take effect in May.",
			"agreement", []string{"Costa Rica", "Panama"}},
		{"hyphenated pair", "The Panama-Costa Rica Security Dialogue met in San Jose on Tuesday.",
			"Panama-Costa Rica Security Dialogue", []string{"Costa Rica", "Panama"}},
		{"one legislature's law", "Honduras's Congress passed the Border Integrity Act on Monday.",
			"Border Integrity Act", nil},
		{"one agency's programme", "The health ministry of Peru launched the Clean Streets Initiative, a program to treat addiction.",
			"Clean Streets Initiative", nil},
	})
}

// agreementCase is a sentence and the agreement it should name with its
// parties, sorted; want nil asks that no such agreement be found.
type agreementCase struct {
	name, text, agreement string
	want                  []string
}

// checkAgreementCases runs each case through ex, the text under a
// headline of its own.
func checkAgreementCases(t *testing.T, ex *Extractor, cases []agreementCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article("Officials meet in capital\n\n" + c.text))
			got, found := agreementParties(x, c.agreement)
			if c.want == nil {
				if found {
					t.Errorf("Extract(%q) has agreement %q, want none", c.text, c.agreement)
				}
				return
			}
			if !found || !slices.Equal(slices.Sorted(slices.Values(got)), c.want) {
				t.Errorf("Extract(%q) agreement %q parties = %v (found %v), want %v", c.text, c.agreement, got, found, c.want)
			}
		})
	}
}
