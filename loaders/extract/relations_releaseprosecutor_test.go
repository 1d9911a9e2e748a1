package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestReleaseProsecutorConvictions: a sentence, conviction or guilty plea
// that names no court, agent, place or dateline was the court's of the
// government whose prosecuting body the text names first; the agent of a
// passive ("sentenced by Judge X") is neither the one convicted nor the
// one who pleaded; a text naming no prosecuting body gives no convictor.
func TestReleaseProsecutorConvictions(t *testing.T) {
	checkRelCases(t, []relCase{
		{"sentenced, the department's release",
			"Trafficker Sentenced\n\nTuesday, May 2, 2017\n\nMarta Quillen, 51, was sentenced today to 20 years in prison for smuggling heroin into the United States. The Justice Department's Criminal Division prosecuted the case.",
			[]string{"United States|convicted|Marta Quillen"}, nil},
		{"convicted, a foreign prosecutor thanked at the close",
			"Two Pilots Convicted\n\nTuesday, May 2, 2017\n\nThe Department of Justice announced the verdict. Carlos Vega and Ramon Ibarra were convicted of conspiracy to import cocaine into the United States. The Attorney General's Office of Peru provided assistance.",
			[]string{"United States|convicted|Carlos Vega", "United States|convicted|Ramon Ibarra"}, []string{"Peru|convicted|Carlos Vega"}},
		{"pleaded guilty, no court named",
			"Smuggler Pleads Guilty\n\nTuesday, May 2, 2017\n\nThe Justice Department announced the plea. Marta Quillen pleaded guilty to one count of money laundering in the United States.",
			[]string{"United States|convicted|Marta Quillen"}, nil},
		{"the judge who sentenced pleaded nothing",
			"Smuggler Sentenced\n\nTuesday, May 2, 2017\n\nThe Justice Department announced the sentence. Marta Quillen was sentenced to ten years by U.S. District Judge Harlan P. Osgood after pleading guilty to one count of money laundering in the United States.",
			nil, []string{"United States|convicted|Harlan P. Osgood"}},
		{"an unnamed defendant is not the sentencing judge",
			"Smuggler Sentenced\n\nTuesday, May 2, 2017\n\nA Peruvian national was sentenced today to ten years in prison for smuggling into the United States. Marta Quillen was sentenced by the Honorable Harlan P. Osgood to ten years. The Justice Department prosecuted the case.",
			nil, []string{"United States|convicted|Harlan P. Osgood"}},
		{"no prosecuting body named",
			"Smuggler Sentenced\n\nTuesday, May 2, 2017\n\nMarta Quillen was sentenced today to ten years in prison for smuggling into the United States.",
			nil, []string{"United States|convicted|Marta Quillen"}},
	})
}
