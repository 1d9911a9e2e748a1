package extract

import "testing"

// TestCourtDemonym: a court or judge qualified by a country's adjective
// convicts for that country, not the dateline's ("BOGOTA – A Mexican
// court sentenced X"), in the active and as a passive's agent; a court
// with no adjective keeps the dateline's. All copy is invented.
func TestCourtDemonym(t *testing.T) {
	const head = "Security News\n\nBOGOTA – The Los Halcones cartel operates in Colombia and Mexico. "
	checkRelCases(t, []relCase{
		{name: "a Mexican federal court sentenced",
			text: head + "A Mexican federal court sentenced Ramiro Vasquez-Lunar, 45, to 20 years in prison.",
			want: []string{"Mexico|convicted|Ramiro Vasquez-Lunar"}, not: []string{"Colombia|convicted|Ramiro Vasquez-Lunar"}},
		{name: "sentenced by a Mexican judge",
			text: head + "Ramiro Vasquez-Lunar, 45, was sentenced by a Mexican judge to 20 years in prison.",
			want: []string{"Mexico|convicted|Ramiro Vasquez-Lunar"}},
		{name: "a state the text does not name",
			text: head + "A Peruvian court sentenced Ramiro Vasquez-Lunar, 45, to 20 years in prison.",
			not:  []string{"Colombia|convicted|Ramiro Vasquez-Lunar", "Mexico|convicted|Ramiro Vasquez-Lunar"}},
		{name: "the court",
			text: head + "The court sentenced Ramiro Vasquez-Lunar, 45, to 20 years in prison.",
			want: []string{"Colombia|convicted|Ramiro Vasquez-Lunar"}},
	})
}
