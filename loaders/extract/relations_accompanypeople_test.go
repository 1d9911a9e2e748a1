package extract

import "testing"

// TestAccompaniedPeople: an accompaniment with a person on one side ties
// the person only to a criminal group or, through the person's state, to
// another state; credited colleagues and agencies stay untied.
func TestAccompaniedPeople(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "prosecutors with the assistance of colleagues",
			text: "The case is being prosecuted by Trial Attorneys Nora Keel and Oren Vasko of the Criminal Division, with the assistance of Assistant U.S. Attorneys Dana Pruitt and Ilse Marr of the Southern District of Texas.",
			not: []string{"Nora Keel|cooperatesWith|Dana Pruitt", "Oren Vasko|cooperatesWith|Ilse Marr",
				"Nora Keel|cooperatesWith|Ilse Marr"}},
		{name: "an official in partnership with an agency",
			text: "Deputy Attorney General Tobin Marsh, in partnership with the Department of Homeland Security, announced new charges against smugglers.",
			not:  []string{"Tobin Marsh|cooperatesWith|Department of Homeland Security"}},
		{name: "a prosecution with the assistance of a named attorney",
			text: "Assistant U.S. Attorney Rhea Oduya is in charge of the prosecution, with assistance from Trial Attorney Pell Garrick of the National Security Division.",
			not:  []string{"Rhea Oduya|cooperatesWith|Pell Garrick"}},
		{name: "a trafficker in coordination with a gang",
			text: "In this role, Nestor Quillan, in coordination with the Barrio Vorago gang, led violent attacks against rival groups.",
			want: []string{"Nestor Quillan|cooperatesWith|Barrio Vorago"}},
		{name: "two bodies still cooperate",
			text: "The case was investigated by the Federal Bureau of Investigation, with assistance from the Drug Enforcement Administration.",
			want: []string{"Federal Bureau of Investigation|cooperatesWith|Drug Enforcement Administration"}},
	})
}
