package extract

import "testing"

// TestIncludedMembersLists: a plural group object ("organizations") is read
// through each of its "such as" / "including" lists, not only the first.
func TestIncludedMembersLists(t *testing.T) {
	checkRelCases(t, []relCase{
		{"organizations with one list",
			"Treasury has designated violent organizations based in Peru, such as the Red Viper Cartel.",
			[]string{"Department of the Treasury|designated|Red Viper Cartel"}, nil},
		{"organizations with two lists split by places",
			"Since May 2029, Treasury has designated major drug trafficking organizations based in Peru, such as the Red Viper Cartel, and Chile, including the Blue Fox Cartel (BFC) and the Los Halcones gang.",
			[]string{"Department of the Treasury|designated|Red Viper Cartel", "Department of the Treasury|designated|Blue Fox Cartel", "Department of the Treasury|designated|Los Halcones"},
			[]string{"Department of the Treasury|designated|Chile"}},
	})
}

// TestExtraditingState: the subject of an extradition is the sending
// state, not the court or agency of it that ordered or carried it out.
func TestExtraditingState(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a national court authorized the extradition",
			"Peru handed over a suspect on Monday. The Peruvian Supreme Court authorized the extradition of Marco Tello Vargas to the United States on drug charges.",
			[]string{"Peru|extradited|Marco Tello Vargas"}, []string{"Peruvian Supreme Court|extradited|Marco Tello Vargas"}},
	})
}

// TestFrontedMeetingSubject: the actor of a fronted "During meetings with
// A, B and C, Chief of X, Y Armed Forces, and others, Z said" is Z, the
// subject before the verb, not a body in an apposition of the list.
func TestFrontedMeetingSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an apposition in the fronted list",
			"During meetings with President Ana Ruiz, Minister of Defense Tomas Vega Larra and Gen. Luis Prado Soto, Chief of the Joint Staff, Peru Armed Forces, and other government officials, Adm. Carl Benning expressed gratitude for Peru's help.",
			[]string{"Carl Benning|metWith|Ana Ruiz", "Carl Benning|metWith|Tomas Vega Larra", "Carl Benning|metWith|Luis Prado Soto"},
			[]string{"Peru Armed Forces|metWith|Ana Ruiz"}},
	})
}

// TestMetAtPlace: "A and B met in Cusco, Peru" is a meeting of A and B;
// the place after a bare "met" is no partner.
func TestMetAtPlace(t *testing.T) {
	checkRelCases(t, []relCase{
		{"two presidents met in a city of a named state",
			"Chile and Peru are neighbours. Presidents Ana Ruiz and Tomas Vega met in Cusco, Peru in March 2029 and reviewed the issues.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, []string{"Ana Ruiz|metWith|Peru", "Tomas Vega|metWith|Peru"}},
		{"one official met in a named state",
			"Chile and Peru are neighbours. Ana Ruiz met in Peru on Monday.",
			nil, []string{"Ana Ruiz|metWith|Peru"}},
	})
}

// TestConvenedMeeting: "X convened a meeting … with A and B" is X's
// meeting with each, and A and B, its guests, meet each other.
func TestConvenedMeeting(t *testing.T) {
	checkRelCases(t, []relCase{
		{"convened the first meeting of a committee with two officials",
			"On Friday, Ana Ruiz convened the first meeting of this committee with Peruvian Minister of Security Tomas Vega and Chilean Advisor Luis Prado at the palace.",
			[]string{"Ana Ruiz|metWith|Tomas Vega", "Ana Ruiz|metWith|Luis Prado", "Tomas Vega|metWith|Luis Prado"}, nil},
		{"a meeting convened with no partner named",
			"On Friday, Ana Ruiz convened a meeting of the cabinet on the border with Chile.",
			nil, []string{"Ana Ruiz|metWith|Chile"}},
	})
}

// TestSummitAttendees: the people a sentence opened by a summit phrase
// lists as its subject met each other; not the governments it names, nor
// a person alone.
func TestSummitAttendees(t *testing.T) {
	checkRelCases(t, []relCase{
		{"three leaders at a named summit",
			"At the Andean Leaders’ Summit on May 2-3, President Ana Ruiz, President Tomas Vega, and Prime Minister Luis Prado instructed their cabinets to curb arms smuggling.",
			[]string{"Ana Ruiz|metWith|Tomas Vega", "Ana Ruiz|metWith|Luis Prado", "Tomas Vega|metWith|Luis Prado"}, nil},
		{"no comma after the summit's date",
			"During the Andean Leaders’ Summit (ALS) on May 2-3, 2029 President Ana Ruiz and Prime Minister Luis Prado directed the formation of a committee.",
			[]string{"Ana Ruiz|metWith|Luis Prado"}, nil},
		{"one leader at a summit",
			"At the Andean Leaders’ Summit, President Ana Ruiz praised Chile and Peru.",
			nil, []string{"Ana Ruiz|metWith|Chile", "Chile|metWith|Peru"}},
	})
}

// TestListActs: an act whose objects are listed under the line that
// introduces them ("… designated the following two individuals:") acts
// on each item; a passive line takes the actor of the line before.
func TestListActs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an active and a passive list line",
			"Security news\n\nTreasury today designated four leaders of the Norte Cartel and the Red Viper Cartel.\n\nTreasury designated the following two individuals, who are leaders of the Norte Cartel:\n\n- Ramon Ibarra Cota (alias \"El Gallo\")\n- Felix Duarte Salas (alias \"Tigre\")\n\nThe following two individuals were also designated and are leaders of the Red Viper Cartel:\n\n- Hugo Pardo Leal (alias \"Lince\")\n- Mario Ochoa Rubio",
			[]string{"Department of the Treasury|designated|Ramon Ibarra Cota", "Department of the Treasury|designated|Felix Duarte Salas",
				"Department of the Treasury|designated|Hugo Pardo Leal", "Department of the Treasury|designated|Mario Ochoa Rubio"}, nil},
		{"a list not introduced by 'the following'",
			"Security news\n\nTreasury designated two leaders of the Norte Cartel. Officials named the others:\n\n- Ramon Ibarra Cota\n- Felix Duarte Salas",
			nil, []string{"Department of the Treasury|designated|Ramon Ibarra Cota"}},
	})
}

// TestOurAdjectiveSupport: "our unwavering support for X" is a noun whose
// possessor is the text's government (a readout of an official's trip
// is that official's government's text), not the person named before it.
func TestOurAdjectiveSupport(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a readout: our support with an adjective",
			"Readout of Deputy Secretary of State Ana Ruiz’s Travel to Chile\n\nDeputy Secretary of State Ana Ruiz travelled to Chile on May 4 to continue U.S. work with our regional partners. Ruiz met with President Tomas Vega to reaffirm our unwavering support for Chile’s sovereignty.",
			[]string{"United States|supports|Chile"}, []string{"Tomas Vega|supports|Chile"}},
		{"a plural subject before the verb",
			"Readout of Deputy Secretary of State Ana Ruiz’s Travel to Chile\n\nDeputy Secretary of State Ana Ruiz travelled to Chile on May 4 to continue U.S. work with our regional partners. Our partners support Chile.",
			nil, []string{"United States|supports|Chile"}},
	})
}

// TestFrontedPassive: the people a fronted "after being detained in X"
// phrase is about are named in the main clause; X holds them.
func TestFrontedPassive(t *testing.T) {
	checkRelCases(t, []relCase{
		{"brought home after being detained",
			"Today, after years of being wrongfully detained in Peru, we are bringing home Ana Ruiz, Tomas Vega, and Luis Prado.",
			[]string{"Peru|arrested|Ana Ruiz", "Peru|arrested|Tomas Vega", "Peru|arrested|Luis Prado"}, nil},
		{"a detention not in a fronted phrase",
			"Officials said that being detained in Peru is a risk, and Ana Ruiz agreed.",
			nil, []string{"Peru|arrested|Ana Ruiz"}},
	})
}

// TestNationalSender: an extradition with no stated actor whose object is
// introduced by a demonym was made by that demonym's state; not when a
// "from" phrase names another, nor across a coordination.
func TestNationalSender(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the extradition of a national",
			"Chile and Peru took a step forward with the extradition of Peruvian drug kingpin Ramon Ibarra Cota.",
			[]string{"Peru|extradited|Ramon Ibarra Cota"}, nil},
		{"sent from another state",
			"Chile and Peru welcomed the extradition of Peruvian drug kingpin Ramon Ibarra Cota from Chile.",
			nil, []string{"Peru|extradited|Ramon Ibarra Cota"}},
		{"a demonym after a coordination",
			"The court approved the extradition the week of May 2, and Peruvian President Ana Ruiz signed the order.",
			nil, []string{"Peru|extradited|Ana Ruiz"}},
	})
}

// TestDashInsertion: a clause set off by dashes between a subject and its
// verb holds no actor of the verb; an apposition set off by dashes does.
func TestDashInsertion(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a participle clause between dashes",
			"The United States' $900 million support package for the Andes Plan -- approved by Congress last July -- also backs the Peruvian government's effort.",
			[]string{"United States|supports|Peru"}, []string{"U.S. Congress|supports|Peru"}},
	})
}

// TestSupportFrom: "A, with support from B, will …" is B's support of A,
// not A supporting B.
func TestSupportFrom(t *testing.T) {
	checkRelCases(t, []relCase{
		{"with support from",
			"The Peruvian National Police, with support from the Chilean Navy, will create a task force.",
			nil, []string{"Peruvian National Police|supports|Chilean Navy"}},
	})
}

// TestUnnamedPronounReferent: an object pronoun after a sentence opened
// by an unnamed person refers to that person, not to a person named
// further back.
func TestUnnamedPronounReferent(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the noncitizen, then him",
			"“He was a threat,” said Field Office Director Mario Ruiz. The Peruvian noncitizen entered the country in June 2014. Chile apprehended him in Arica as a minor.",
			nil, []string{"Chile|arrested|Mario Ruiz"}},
		{"a named person, then him",
			"The police chief praised Tomas Vega. The teenager Mario Ruiz entered the country in June 2014. Chile apprehended him in Arica as a minor.",
			[]string{"Chile|arrested|Mario Ruiz"}, nil},
	})
}
