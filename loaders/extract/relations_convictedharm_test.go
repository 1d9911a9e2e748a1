package extract

import "testing"

// TestConvictedHarms: a person convicted or sentenced for a violent crime
// against a named person attacked that person, passive or active, one or a
// list; a charge, a trial awaited, a modal conviction, and a crime against
// no one named give no attack.
func TestConvictedHarms(t *testing.T) {
	const head = "Panama 2019 Human Rights Report: Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "convicted of the murder of",
			text: head + "On May 4, Sergeant Ricardo Osorio Delgado was convicted of the 2017 murder of Aurelio Batista Gil during a patrol.",
			want: []string{"Ricardo Osorio Delgado|attacked|Aurelio Batista Gil"}},
		{name: "sentenced for the killing of",
			text: head + "Former colonel Ricardo Osorio Delgado was sentenced to 20 years in prison for the 2001 killing of journalist Aurelio Batista Gil.",
			want: []string{"Ricardo Osorio Delgado|attacked|Aurelio Batista Gil"}},
		{name: "an active court",
			text: head + "A court sentenced police officers Ricardo Osorio Delgado and Tomas Ibarra Cedeno to 10 years for the crime of torture against student Aurelio Batista Gil.",
			want: []string{"Ricardo Osorio Delgado|attacked|Aurelio Batista Gil", "Tomas Ibarra Cedeno|attacked|Aurelio Batista Gil"}},
		{name: "a charge",
			text: head + "Ricardo Osorio Delgado was charged with the murder of Aurelio Batista Gil.",
			not:  []string{"Ricardo Osorio Delgado|attacked|Aurelio Batista Gil"}},
		{name: "awaiting trial",
			text: head + "Ricardo Osorio Delgado remained in custody awaiting trial for the torture of Aurelio Batista Gil.",
			not:  []string{"Ricardo Osorio Delgado|attacked|Aurelio Batista Gil"}},
		{name: "a modal conviction",
			text: head + "Ricardo Osorio Delgado could be convicted of the murder of Aurelio Batista Gil.",
			not:  []string{"Ricardo Osorio Delgado|attacked|Aurelio Batista Gil"}},
	})
}
