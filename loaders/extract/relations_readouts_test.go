package extract

import "testing"

// TestLongHeadlineCall: a readout's headline may run past twenty words and
// still be in headline case, so its capitalised "Call" is the noun cue,
// not a word of a name.
func TestLongHeadlineCall(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a long headline naming a call",
			"Statement by Press Spokesperson Rita Moss on National Security Advisor Ana Ruiz’s Call with Peruvian Minister of Defense Tomas Vega and Chief of Staff to the President of Peru Marta Lopez\n\nThe two sides discussed border security.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, nil},
		{"a body paragraph is not a headline",
			"Security news\n\nOfficials said the Call Center Workers Union of Peru met on Monday with labour lawyers, and Ana Ruiz, who chairs the Lima Port Authority Board, and Tomas Vega and Marta Lopez also attended the session on Monday in the capital.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
	})
}

// TestUnnamedStateActor: a designation as a Foreign Terrorist
// Organization by an unnamed "I" or office holder, and a charge by federal
// prosecutors or a federal grand jury, are acts of the United States; not
// a designation under no law, nor a charge by a named state's prosecutors.
func TestUnnamedStateActor(t *testing.T) {
	checkRelCases(t, []relCase{
		{"I designated as FTOs",
			"The United States faces a threat. Upon taking office, I took action at our border and designated the Costa Verde Cartel and Los Rojos gangs as Foreign Terrorist Organizations.",
			[]string{"United States|designated|Costa Verde Cartel", "United States|designated|Los Rojos"}, nil},
		{"I declared … and designated",
			"The United States faces a threat. Upon taking office, I immediately declared an emergency at our border and designated the ruthless Los Rojos gang as a Foreign Terrorist Organization.",
			[]string{"United States|designated|Los Rojos"}, nil},
		{"an unnamed secretary designated",
			"The United States faces a threat. On March 3, acting under the statute, the Secretary of State designated Los Rojos as a Foreign Terrorist Organization.",
			[]string{"United States|designated|Los Rojos"}, nil},
		{"federal prosecutors charged",
			"The United States faces a threat. In Texas, federal prosecutors charged Ana Ruiz, an alleged leader of Los Rojos, with terrorism offences.",
			[]string{"United States|charged|Ana Ruiz"}, nil},
		{"a federal grand jury charged",
			"The United States faces a threat. A federal grand jury charged Tomas Vega with money laundering.",
			[]string{"United States|charged|Tomas Vega"}, nil},
		{"no terrorist designation",
			"The United States faces a threat. I designated Los Rojos as a priority for the task force.",
			nil, []string{"United States|designated|Los Rojos"}},
		{"a named state's prosecutors",
			"The United States faces a threat. Peruvian prosecutors charged Tomas Vega with money laundering.",
			nil, []string{"United States|charged|Tomas Vega"}},
	})
}

// TestPlaceHolder: people a passive says are held in a named country were
// arrested by that country, and not by the speaker's government whose
// sentence mentions them; a "by" phrase still names the arrester.
func TestPlaceHolder(t *testing.T) {
	checkRelCases(t, []relCase{
		{"who are being detained in a country",
			"The United States welcomed the release. But even as we celebrate, we remain focused on the release of wrongfully detained Americans around the world, including Ana Ruiz and Tomas Vega, who are being detained in Peru, and others.",
			[]string{"Peru|arrested|Ana Ruiz", "Peru|arrested|Tomas Vega"},
			[]string{"United States|arrested|Ana Ruiz", "United States|arrested|Tomas Vega"}},
		{"a by phrase names the arrester",
			"Ana Ruiz was arrested in Peru by Chilean police on Monday.",
			[]string{"Chilean police|arrested|Ana Ruiz"}, []string{"Peru|arrested|Ana Ruiz"}},
		{"wanted in a country is not held there",
			"Chilean police arrested Ana Ruiz, who is wanted in Peru.",
			[]string{"Chilean police|arrested|Ana Ruiz"}, []string{"Peru|arrested|Ana Ruiz"}},
	})
}

// TestReadoutMeetings: a guest welcomed to a government's seat met the
// host; a delegation received after a time and place adjunct, and one
// "of officials from X led by A", met the host through its leaders; not a
// guest welcomed to an event, nor support received.
func TestReadoutMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{"welcomed to the White House",
			"The United States and Bolivia talked. President Rosa Diaz welcomed President-elect Marta Lopez of Bolivia to the White House to discuss shared efforts.",
			[]string{"Rosa Diaz|metWith|Marta Lopez"}, nil},
		{"welcomed to an event",
			"The United States and Bolivia talked. President Rosa Diaz welcomed Marta Lopez to the conference on trade.",
			nil, []string{"Rosa Diaz|metWith|Marta Lopez"}},
		{"two hosts welcome a list of guests and their delegation",
			"The United States and Bolivia talked. Advisor Rosa Diaz and Secretary Pablo Ortega welcomed Bolivian Foreign Minister Marta Lopez, Ambassador Ines Carrasco, and their delegation to the White House for a working lunch.",
			[]string{"Rosa Diaz|metWith|Marta Lopez", "Rosa Diaz|metWith|Ines Carrasco", "Pablo Ortega|metWith|Marta Lopez", "Pablo Ortega|metWith|Ines Carrasco"}, nil},
		{"a list of guests welcomed to an event",
			"The United States and Bolivia talked. President Rosa Diaz welcomed Marta Lopez, Ines Carrasco, and their families to the conference on trade.",
			nil, []string{"Rosa Diaz|metWith|Marta Lopez", "Rosa Diaz|metWith|Ines Carrasco"}},
		{"a guest with an apposition welcomed",
			"The United States and Bolivia talked. President Rosa Diaz welcomed Marta Lopez, a lawyer from Sucre, to the White House.",
			nil, []string{"Rosa Diaz|metWith|Sucre"}},
		{"received yesterday in a city a delegation led by",
			"The United States and Peru talked. President Ana Ruiz of Peru received yesterday in Lima a delegation of senior officials from the United States led by Secretary of State Tomas Vega, Secretary of Defense Luis Mena, and Security Advisor Carla Soto.",
			[]string{"Ana Ruiz|metWith|Tomas Vega", "Ana Ruiz|metWith|Luis Mena", "Ana Ruiz|metWith|Carla Soto"},
			[]string{"Ana Ruiz|metWith|United States", "Tomas Vega|metWith|Luis Mena"}},
		{"received support",
			"The United States and Peru talked. President Ana Ruiz of Peru received yesterday in Lima support from Tomas Vega.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
	})
}

// TestTitleToConjunct: a coordinated actor may carry a title linked to its
// office by "to" ("and Chief of Staff to the Peruvian President X") or a
// demonym before its title ("and Peruvian President X").
func TestTitleToConjunct(t *testing.T) {
	checkRelCases(t, []relCase{
		{"chief of staff to the president",
			"The United States and Peru talked. Ana Ruiz met with Peruvian Minister of Defense Tomas Vega and Chief of Staff to the Peruvian President Marta Lopez.",
			[]string{"Ana Ruiz|metWith|Tomas Vega", "Ana Ruiz|metWith|Marta Lopez"}, nil},
		{"to the president of a country",
			"The United States and Peru talked. Ana Ruiz met with Peruvian Minister of Defense Tomas Vega and Chief of Staff to the President of Peru Marta Lopez.",
			[]string{"Ana Ruiz|metWith|Marta Lopez"}, nil},
		{"a purpose after the list",
			"The United States and Peru talked. Ana Ruiz met with Peruvian Minister of Defense Tomas Vega and traveled to the border to meet officials of the Lima Dockworkers Union.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, []string{"Ana Ruiz|metWith|Lima Dockworkers Union"}},
	})
}

// TestProclaimingGov: a passive charge with no court named, in a text a
// head of state proclaims, is the proclaiming government's; not in a text
// with no such head line.
func TestProclaimingGov(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a proclamation's head line",
			"Invocation of the Emergency Act\n\nBY THE PRESIDENT OF THE UNITED STATES OF AMERICA\n\nA PROCLAMATION\n\nIn 2020, Ana Ruiz and other regime members were charged with narcoterrorism.",
			[]string{"United States|charged|Ana Ruiz"}, nil},
		{"no head line",
			"Invocation of the Emergency Act\n\nThe United States is watching. In 2020, Ana Ruiz and other regime members were charged with narcoterrorism.",
			nil, []string{"United States|charged|Ana Ruiz"}},
	})
}

// TestPurposeGerund: a gerund after "of" of a purpose noun, or coordinated
// with one, names an aim, not an act; a gerund after a verb's "by" is the
// act.
func TestPurposeGerund(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the importance of supporting",
			"Chile and Peru talked. Ana Ruiz stressed the importance of supporting Peru in the coming year.",
			nil, []string{"Ana Ruiz|supports|Peru"}},
		{"objectives of harming and supporting",
			"Chile and Peru talked. Los Rojos moved drugs to Chile to further its objectives of harming Chilean citizens, undermining public safety, and supporting Peru.",
			nil, []string{"Chile|supports|Peru", "Los Rojos|supports|Peru"}},
		{"by supporting",
			"Chile and Peru talked. Chile helped the region by supporting Peru in the talks.",
			[]string{"Chile|supports|Peru"}, nil},
	})
}

// TestListOverApposition: a list of actors goes on after an indefinite
// apposition of one of them ("X, a leader in the Y gang, as well as Z");
// the body inside the apposition is not in the list.
func TestListOverApposition(t *testing.T) {
	checkRelCases(t, []relCase{
		{"as well as after an apposition",
			"The Department of the Treasury sanctioned Ana Ruiz, a leader in the Costa Verde gang and one of Tomas Vega’s sons (“Los Vegas”), as well as Luis Mena and Carla Soto, on Monday.",
			[]string{"Department of the Treasury|sanctioned|Luis Mena", "Department of the Treasury|sanctioned|Carla Soto"},
			[]string{"Department of the Treasury|sanctioned|Costa Verde"}},
		{"an apposition ends the sentence",
			"The Department of the Treasury sanctioned Ana Ruiz, a leader in the Costa Verde gang.",
			[]string{"Department of the Treasury|sanctioned|Ana Ruiz"},
			[]string{"Department of the Treasury|sanctioned|Costa Verde"}},
	})
}

// TestPairPossessor: "the two leaders' conversation" is a meeting of the
// two persons named last before it; not of one person, nor of two leaders
// with no such possessive.
func TestPairPossessor(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the two leaders' telephone conversation",
			"The United States and Peru talked. President Ana Ruiz thanked President Tomas Vega for sending the delegation to Lima following the two leaders’ telephone conversation last week.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, nil},
		{"one person named",
			"The United States and Peru talked. President Ana Ruiz recalled the two leaders’ conversation in Lima.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
		{"a conversation of others",
			"The United States and Peru talked. President Ana Ruiz thanked President Tomas Vega after the journalists’ conversation in Lima.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
	})
}

// TestWeMet: in a text by a named author, "As I told X when we met" is a
// meeting of the author and X; not without an author, nor without an "I".
func TestWeMet(t *testing.T) {
	checkRelCases(t, []relCase{
		{"as I told X when we met",
			"Statement from President Ana Ruiz on the Arrest\n\nAs I told President Tomas Vega when we met in Lima on November 17, nothing is beyond our reach.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, nil},
		{"no author",
			"Security news\n\nAs I told President Tomas Vega when we met in Lima on November 17, nothing is beyond our reach. Ana Ruiz agreed.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
		{"no I",
			"Statement from President Ana Ruiz on the Arrest\n\nPresident Tomas Vega said that when we met in Lima, nothing was beyond our reach.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
	})
}

// TestWorkingTo: reciprocal cues: coordinated actors "working to" do
// something cooperate, and "spoke by telephone" met; one actor working to
// do something, or speaking by phone, has no object.
func TestWorkingTo(t *testing.T) {
	checkRelCases(t, []relCase{
		{"A and B are working to",
			"The Department of Justice and the Department of Homeland Security are working to stem firearms trafficking into Peru.",
			[]string{"Department of Justice|cooperatesWith|Department of Homeland Security"},
			[]string{"Department of Justice|cooperatesWith|Peru"}},
		{"A and B spoke by telephone",
			"President Ana Ruiz and President Tomas Vega spoke by telephone on Sunday about their commitment to cooperation.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, nil},
		{"one actor spoke by phone",
			"The United States and Peru talked. President Ana Ruiz spoke by phone about Peru on Sunday.",
			nil, []string{"Ana Ruiz|metWith|Peru"}},
		{"one actor working to",
			"The Department of Justice is working to stem firearms trafficking into Peru.",
			nil, []string{"Department of Justice|cooperatesWith|Peru"}},
		{"A and B worked together to dismantle C",
			"The Federal Police of Brazil and the National Police of Peru worked together to dismantle the Black Heron Cartel.",
			[]string{"Federal Police of Brazil|cooperatesWith|National Police of Peru"},
			[]string{"Federal Police of Brazil|cooperatesWith|Black Heron Cartel", "National Police of Peru|cooperatesWith|Black Heron Cartel"}},
		{"one actor worked together with B",
			"The Federal Police of Brazil worked together with the National Police of Peru to dismantle the Black Heron Cartel.",
			[]string{"Federal Police of Brazil|cooperatesWith|National Police of Peru"},
			[]string{"Federal Police of Brazil|cooperatesWith|Black Heron Cartel"}},
	})
}

// TestRelativeObject: the antecedent of an object relative clause is the
// object of its verb ("X, which Washington designated as …"); not across
// a clause with its own verb ("an accord that would replace the Y signed
// in 2021").
func TestRelativeObject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"which a government designated",
			"The Costa Verde gang, which Washington designated as a foreign terrorist organisation in May, has grown.",
			[]string{"United States|designated|Costa Verde"}, nil},
		{"which the agency designated",
			"Washington condemned Los Rojos, which the State Department designated as a foreign terrorist organisation.",
			[]string{"Department of State|designated|Los Rojos"}, nil},
		{"a clause with its own verb",
			"Peru and Chile are close to a border security agreement that would replace the Andean Framework signed in 2021.",
			nil, []string{"Peru|signed|border security agreement"}},
	})
}
