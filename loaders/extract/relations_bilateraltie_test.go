package extract

import "testing"

// TestBilateralTies: a tie noun marked as one between two states without
// naming them ("the bilateral relationship", "cooperation between our
// countries", "our two countries' partnership") is a cooperation of the
// states whose officials the text has them meet; not a strained or a
// proposed one, nor one in a text with no such meeting.
func TestBilateralTies(t *testing.T) {
	const meet = "Readout of Minister Ortiz's Meeting with Minister Lenk\n\n" +
		"Bolivian Interior Minister Carla Ortiz met on Monday in La Paz with Paraguayan Defense Minister Tomas Lenk.\n\n" +
		"The ministers toured a border post. They reviewed river patrol schedules. Then they visited a training school.\n\n"
	checkRelCases(t, []relCase{
		{name: "the bilateral relationship in a later paragraph",
			text: meet + "Minister Ortiz and Minister Lenk also praised the sturdy bilateral relationship built along the river.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "bilateral cooperation with adjectives between",
			text: meet + "Both ministers praised the bilateral border security cooperation of recent years.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "cooperation between our countries",
			text: meet + "Minister Lenk stressed the cooperation between our countries in the river region.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "our two countries' partnership",
			text: meet + "The visit reaffirmed our two countries' partnership on border matters.",
			want: []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "a strained relationship",
			text: meet + "Both ministers spoke of the tense bilateral relationship after the dispute.",
			not:  []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "a proposed partnership",
			text: meet + "The ministers spoke of a possible bilateral partnership on dams.",
			not:  []string{"Bolivia|cooperatesWith|Paraguay"}},
		{name: "no meeting read",
			text: "Bolivia and Paraguay share a long river border. Trade grew last year. Officials expect more traffic. Analysts see a bilateral relationship marked by trade.",
			not:  []string{"Bolivia|cooperatesWith|Paraguay"}},
	})
}
