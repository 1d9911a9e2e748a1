package extract

import "testing"

// TestArrestCharges: in a text about one state, a person arrested or held
// "on charges" was charged by that state, active or passive; baseless
// charges, a modal arrest and a text about no one state are not read so.
func TestArrestCharges(t *testing.T) {
	const head = "Brazil 2019 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "active",
			text: head + "In May federal agents arrested Governor Marcelo Tavares Prado on charges of corruption and money laundering.",
			want: []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "placed in detention",
			text: head + "On June 16, authorities placed Senator Marcelo Tavares Prado in pretrial detention on bribery charges.",
			want: []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "passive",
			text: head + "Marcelo Tavares Prado was detained on fraud charges in April.",
			want: []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "hyphenated charges active",
			text: head + "On May 2, police arrested Itapeva mayor Marcelo Tavares Prado on gang-related charges of extortion.",
			want: []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "hyphenated charges passive",
			text: head + "Marcelo Tavares Prado was arrested on fraud-related charges in April.",
			want: []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "hyphen with spaces is no modifier",
			text: head + "Marcelo Tavares Prado was arrested on - unclear - charges in April.",
			not:  []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "baseless",
			text: head + "Marcelo Tavares Prado was arrested on spurious charges in April.",
			not:  []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "modal",
			text: head + "Marcelo Tavares Prado could be arrested on fraud charges.",
			not:  []string{"Brazil|charged|Marcelo Tavares Prado"}},
		{name: "no report state",
			text: "Governor held\n\nBRASILIA — Marcelo Tavares Prado was arrested in Paraguay on fraud charges.",
			not:  []string{"Brazil|charged|Marcelo Tavares Prado"}},
	})
}
