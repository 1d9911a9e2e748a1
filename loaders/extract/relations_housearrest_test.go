package extract

import "testing"

// TestHouseArrests: in a text about one state, a person under house
// arrest, granted house arrest, or freed from custody was arrested by that
// state; a negated or planned holding and a release from no custody are
// not read so.
func TestHouseArrests(t *testing.T) {
	const head = "Bolivia 2021 Human Rights Report: Corruption\n\n"
	checkRelCases(t, []relCase{
		{name: "under house arrest",
			text: head + "Former minister Rigoberto Anaya Quiroga was under house arrest pending trial.",
			want: []string{"Bolivia|arrested|Rigoberto Anaya Quiroga"}},
		{name: "house arrest for",
			text: head + "Last April a district judge ordered house arrest for the ex-governor Celia Mamani Rocha.",
			want: []string{"Bolivia|arrested|Celia Mamani Rocha"}},
		{name: "house arrest granted to",
			text: head + "In May an appeals judge granted house arrest to retired colonel Teofilo Ramos Vaca, accused of abuses in 1980.",
			want: []string{"Bolivia|arrested|Teofilo Ramos Vaca"}},
		{name: "freed from preventive detention",
			text: head + "The tribunal freed former mayor Celia Mamani Rocha from preventive detention in June.",
			want: []string{"Bolivia|arrested|Celia Mamani Rocha"}},
		{name: "the release of X from prison",
			text: head + "A court ordered the release of former minister Rigoberto Anaya Quiroga from prison.",
			want: []string{"Bolivia|arrested|Rigoberto Anaya Quiroga"}},
		{name: "not under house arrest",
			text: head + "Rigoberto Anaya Quiroga was never under house arrest.",
			not:  []string{"Bolivia|arrested|Rigoberto Anaya Quiroga"}},
		{name: "planned",
			text: head + "Prosecutors said Rigoberto Anaya Quiroga could be under house arrest by June.",
			not:  []string{"Bolivia|arrested|Rigoberto Anaya Quiroga"}},
		{name: "released from a post",
			text: head + "The president released Celia Mamani Rocha from her duties in June.",
			not:  []string{"Bolivia|arrested|Celia Mamani Rocha"}},
	})
}
