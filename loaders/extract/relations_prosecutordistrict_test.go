package extract

import "testing"

// TestSoleDistrictProsecutor: a release whose only prosecuting body is
// one federal district is the United States charging; a release naming
// two districts leaves the charge to neither.
func TestSoleDistrictProsecutor(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "one district, a listed subject",
			text: "Three Charged in Farm Labor Scheme\n\nU.S. Attorney Jane Morrow of the Western District of Kansas announced the indictment today.\n\nTobias Renner, 41, Elsa Varga, 36, and Karl Ostrander, 50, are charged with labor trafficking conspiracy.",
			want: []string{"United States|charged|Tobias Renner", "United States|charged|Elsa Varga", "United States|charged|Karl Ostrander"}},
		{name: "one district, a guilty plea",
			text: "Smuggler Pleads Guilty\n\nU.S. Attorney Jane Morrow of the Western District of Kansas announced the plea.\n\nTobias Renner pleaded guilty to smuggling cocaine into the United States.",
			want: []string{"United States|convicted|Tobias Renner"}},
		{name: "two districts",
			text: "Cases Announced\n\nU.S. Attorney Jane Morrow of the Western District of Kansas and U.S. Attorney Paul Idle of the District of Nebraska announced the cases.\n\nTobias Renner was indicted for conspiracy to smuggle cocaine into the United States.",
			not:  []string{"United States|charged|Tobias Renner"}},
		{name: "no district, no prosecutor",
			text: "Smuggler Charged\n\nThe State Department said Tobias Renner smuggled cocaine into the United States. Renner was charged with money laundering.",
			not:  []string{"United States|charged|Tobias Renner"}},
	})
}
