package extract

import "testing"

// TestDelegationSides: two governments' sides of one meeting, their
// members listed after it, meet member by member; one side's company on a
// trip and members of one side do not. The persons are invented.
func TestDelegationSides(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "delegation lists", text: "Joint Statement on Border Talks\n\n" +
			"Officials of the governments of Paraguay and Uruguay met this week in Asuncion to discuss border security.\n\n" +
			"The Paraguayan delegation was led by Deputy Minister of Interior Hal Brenner and Deputy Minister of Labor Ida Sorel. " +
			"The Uruguayan delegation was represented by Minister of Foreign Affairs Otto Varga and Minister of Security Lena Prak.\n",
			want: []string{"Hal Brenner|metWith|Otto Varga", "Hal Brenner|metWith|Lena Prak", "Ida Sorel|metWith|Otto Varga", "Ida Sorel|metWith|Lena Prak"},
			not:  []string{"Hal Brenner|metWith|Ida Sorel", "Otto Varga|metWith|Lena Prak"}},
		{name: "joined for the meeting", text: "Talks in Asuncion\n\n" +
			"Paraguayan Foreign Minister Carla Dunmore hosted Uruguayan Foreign Minister Otto Varga yesterday in Asuncion.\n\n" +
			"Paraguayan Interior Minister Hal Brenner and Paraguayan Labor Minister Ida Sorel joined Foreign Minister Dunmore for the meeting.\n\n" +
			"Foreign Minister Varga was joined by Uruguayan Security Minister Lena Prak; and Uruguayan Defense Minister Piet Olen.\n",
			want: []string{"Hal Brenner|metWith|Lena Prak", "Ida Sorel|metWith|Piet Olen", "Carla Dunmore|metWith|Piet Olen", "Hal Brenner|metWith|Otto Varga"},
			not:  []string{"Hal Brenner|metWith|Ida Sorel", "Lena Prak|metWith|Piet Olen"}},
		{name: "titles and relative clauses", text: "Border Talks\n\n" +
			"Paraguayan Foreign Minister Carla Dunmore hosted Uruguayan Foreign Minister Otto Varga yesterday in Asuncion.\n\n" +
			"The Paraguayan delegation included Hal Brenner, who was appointed by President Marco Ruiz; and Ida Sorel, Senior Advisor to Vice President Tomas Ibarra. " +
			"The Uruguayan delegation included Minister of Security Lena Prak.\n",
			want: []string{"Hal Brenner|metWith|Lena Prak", "Ida Sorel|metWith|Otto Varga", "Carla Dunmore|metWith|Lena Prak"},
			not:  []string{"Marco Ruiz|metWith|Lena Prak", "Marco Ruiz|metWith|Otto Varga", "Tomas Ibarra|metWith|Lena Prak"}},
		{name: "one side's company", text: "Minister's Visit\n\n" +
			"Paraguayan Foreign Minister Carla Dunmore met Uruguayan Foreign Minister Otto Varga in Montevideo.\n\n" +
			"During the trip, Foreign Minister Dunmore was joined by Paraguayan Interior Minister Hal Brenner.\n",
			not: []string{"Hal Brenner|metWith|Otto Varga"}},
	})
}

// TestOneListedSide: when only one government's delegation is listed, the
// persons who met that government meet each listed member; a trip's
// company ("was joined by") and a meeting with one member do not make a
// table. The persons are invented.
func TestOneListedSide(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "hosts and a listed delegation", text: "Readout of a Luncheon\n\n" +
			"Paraguayan Interior Minister Hal Brenner and Deputy Interior Minister Ida Sorel hosted a luncheon with Uruguayan officials on Monday. " +
			"The Uruguayan delegation was led by Foreign Minister Otto Varga, who was appointed in May. " +
			"The Uruguayan delegation also included Security Minister Lena Prak and Defense Minister Piet Olen.\n",
			want: []string{"Hal Brenner|metWith|Otto Varga", "Hal Brenner|metWith|Lena Prak", "Ida Sorel|metWith|Piet Olen", "Ida Sorel|metWith|Otto Varga"},
			not:  []string{"Otto Varga|metWith|Lena Prak", "Hal Brenner|metWith|Ida Sorel"}},
		{name: "a dash-set delegation and a host with company", text: "Ministries Meet With Uruguayan Delegation\n\n" +
			"Paraguayan Deputy Foreign Minister Hal Brenner, with colleagues from the Paraguayan Ministry of Finance, hosted a meeting on October 20 with a Uruguayan delegation. " +
			"The Uruguayan delegation – led by Foreign Minister Otto Varga and Finance Minister Lena Prak – is in Asuncion to discuss banking rules.\n",
			want: []string{"Hal Brenner|metWith|Otto Varga", "Hal Brenner|metWith|Lena Prak"},
			not:  []string{"Paraguayan Ministry of Finance|metWith|Uruguay", "Otto Varga|metWith|Lena Prak"}},
		{name: "met one member only", text: "Talks in Asuncion\n\n" +
			"Paraguayan Interior Minister Hal Brenner met Uruguayan Foreign Minister Otto Varga in Asuncion. " +
			"The Uruguayan delegation also included Security Minister Lena Prak.\n",
			not: []string{"Hal Brenner|metWith|Lena Prak"}},
	})
}

// TestInterimAuthorities: a country's authorities or officials named with
// a modifier between ("interim authorities", "security officials") are
// its government, met as such. The persons are invented.
func TestInterimAuthorities(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "interim authorities", text: "Readout\n\n" +
			"Paraguayan Foreign Minister Carla Dunmore met with Uruguayan interim authorities in Montevideo on Monday.\n",
			want: []string{"Carla Dunmore|metWith|Uruguay"}},
		{name: "security officials", text: "Readout\n\n" +
			"Paraguayan Foreign Minister Carla Dunmore met with Uruguayan security officials in Montevideo on Monday.\n",
			want: []string{"Carla Dunmore|metWith|Uruguay"}},
	})
}
