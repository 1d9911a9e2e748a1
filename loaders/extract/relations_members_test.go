package extract

import "testing"

// TestMemberAppositions: an apposition that names a group and then the
// person's place in it, after other descriptions, states membership (or
// leadership); not a former one, nor a group named after another clause.
func TestMemberAppositions(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a national and a confirmed gang member",
			"The country deported two men.\n\n- Rafael Oduber Pinto, a Peruvian national and confirmed Tren de Aragua gang member, convicted of theft.",
			[]string{"Rafael Oduber Pinto|memberOf|Tren de Aragua"}, nil},
		{"a hyphenated description",
			"The country deported two men.\n\n- Rafael Oduber Pinto, a Peruvian national and self-admitted Tren de Aragua gang member.",
			[]string{"Rafael Oduber Pinto|memberOf|Tren de Aragua"}, nil},
		{"a national and a gang leader",
			"Police in Lima arrested Tomas Vega, a Chilean citizen and Los Rojos gang leader, on Monday.",
			[]string{"Tomas Vega|leads|Los Rojos"}, nil},
		{"a former member",
			"Police in Lima arrested Tomas Vega, a Chilean citizen and former Los Rojos gang member, on Monday.",
			nil, []string{"Tomas Vega|memberOf|Los Rojos"}},
		{"a group after a clause",
			"Police in Lima arrested Tomas Vega, a Chilean citizen who fought Los Rojos gang members, on Monday.",
			nil, []string{"Tomas Vega|memberOf|Los Rojos"}},
	})
}

// TestAnotherMember: "X and another member of Y" makes X a member of Y
// too; "X and a member of Y" does not.
func TestAnotherMember(t *testing.T) {
	checkRelCases(t, []relCase{
		{"and another member of",
			"The indictment charges Tomas Vega and another high-level member of Los Rojos, Ana Ruiz, with trafficking.",
			[]string{"Tomas Vega|memberOf|Los Rojos", "Ana Ruiz|memberOf|Los Rojos"}, nil},
		{"and a member of",
			"The indictment charges Tomas Vega and a member of Los Rojos, Ana Ruiz, with trafficking.",
			[]string{"Ana Ruiz|memberOf|Los Rojos"}, []string{"Tomas Vega|memberOf|Los Rojos"}},
	})
}

// TestTieCues: "had a meeting with" is a meeting; "operates in conjunction
// with" and "coordinates with" are cooperation (relations.tsv cues).
func TestTieCues(t *testing.T) {
	checkRelCases(t, []relCase{
		{"had a meeting with",
			"Police in Lima said Ana Ruiz had a very warm meeting with President Marta Lopez of Peru.",
			[]string{"Ana Ruiz|metWith|Marta Lopez"}, nil},
		{"held a meeting with",
			"Minister Ana Ruiz held a meeting with President Tomas Vega in Lima.",
			[]string{"Ana Ruiz|metWith|Tomas Vega"}, nil},
		{"no meeting had",
			"Minister Ana Ruiz did not have a meeting with President Tomas Vega in Lima.",
			nil, []string{"Ana Ruiz|metWith|Tomas Vega"}},
		{"welcomed a delegation led by",
			"Security Advisor Marta Lopez welcomed a delegation led by Peru's Minister of Security Jorge Salas to the palace to review shared priorities.",
			[]string{"Marta Lopez|metWith|Jorge Salas"}, nil},
		{"welcomed a decision",
			"Security Advisor Marta Lopez welcomed the decision of Minister Jorge Salas to extradite the men.",
			nil, []string{"Marta Lopez|metWith|Jorge Salas"}},
		{"operates in conjunction with",
			"Los Rojos operates in conjunction with the Costa Verde Cartel across the border.",
			[]string{"Los Rojos|cooperatesWith|Costa Verde Cartel"}, nil},
		{"coordinates with",
			"The Costa Verde Cartel coordinates with Los Rojos to move cocaine.",
			[]string{"Costa Verde Cartel|cooperatesWith|Los Rojos"}, nil},
	})
}

// TestGroupHeadNames: the head of a group named before the noun ("the Los
// Rojos founder, X") or after adjectives ("a leader of the brutal Los
// Rojos gang, X") leads it.
func TestGroupHeadNames(t *testing.T) {
	checkRelCases(t, []relCase{
		{"leader of the brutal gang, X",
			"Yesterday the Director announced the capture of a key senior leader of the brutal Los Rojos gang, Tomas Vega, in Peru.",
			[]string{"Tomas Vega|leads|Los Rojos"}, nil},
		{"the gang founder, X",
			"Reporters asked about the arrest last week of the Los Rojos founder, “El Toro” Tomas Vega.",
			[]string{"Tomas Vega|leads|Los Rojos"}, nil},
		{"the gang member X",
			"Police arrested the Los Rojos gang member Tomas Vega in Lima.",
			[]string{"Tomas Vega|memberOf|Los Rojos"}, nil},
		{"a rival of the gang's leader",
			"Police arrested Ana Ruiz, a rival of the Los Rojos leader, in Lima.",
			nil, []string{"Ana Ruiz|leads|Los Rojos"}},
	})
}

// TestTitlePhraseReferent: "the Vice President" as a subject is the person
// named before as vice president, not the president named after her.
func TestTitlePhraseReferent(t *testing.T) {
	checkRelCases(t, []relCase{
		{"the vice president",
			"Readout\n\nVice President Ana Ruiz met with President Tomas Vega of Peru today.\n\nThe Vice President expressed support for President Vega’s efforts to combat corruption in Peru.",
			[]string{"Ana Ruiz|supports|Tomas Vega"}, []string{"Tomas Vega|supports|Tomas Vega"}},
		{"no vice president named",
			"Readout\n\nPresident Tomas Vega of Peru met with Ana Ruiz today.\n\nThe Vice President expressed support for Ana Ruiz’s efforts to combat corruption in Peru.",
			nil, []string{"Tomas Vega|supports|Ana Ruiz"}},
	})
}

// TestPossessiveTitlePerson: a guest named as "the United States' <long
// title> Dr. X" is X, not the country ("States'" ends in an apostrophe).
func TestPossessiveTitlePerson(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a plural possessive before a long title",
			"Joint Statement\n\nOn February 7, 2024, Peru's Minister of Security Ana Ruiz hosted the United States' White House Homeland Security Advisor Dr. Tomas Vega and Chile's Deputy Clerk and National Security Advisor Marta Lopez in the fourth meeting of the Andean Committee.",
			[]string{"Ana Ruiz|metWith|Tomas Vega", "Ana Ruiz|metWith|Marta Lopez"}, []string{"Ana Ruiz|metWith|United States"}},
	})
}

// TestCounterparts: working with a demonym's "counterparts" is working with
// that country; hosting them is not meeting the country.
func TestCounterparts(t *testing.T) {
	checkRelCases(t, []relCase{
		{"working with counterparts",
			"Chile and Peru share a border. The Peruvian National Police is working with Chilean counterparts to trace firearms.",
			[]string{"Peruvian National Police|cooperatesWith|Chile"}, nil},
		{"hosting counterparts",
			"Chile and Peru share a border. Today, Security Advisor Ana Ruiz hosted her Chilean counterparts for a virtual meeting.",
			nil, []string{"Ana Ruiz|metWith|Chile"}},
	})
}

// TestPersonOfCountry: in "President A of the United States and President
// B met", A met B; the United States names A's country.
func TestPersonOfCountry(t *testing.T) {
	checkRelCases(t, []relCase{
		{"of the country and",
			"Joint Statement\n\nPresident Ana Ruiz of the United States and President Tomas Vega Urrego of the Republic of Peru met today to advance bilateral cooperation.",
			[]string{"Tomas Vega Urrego|metWith|Ana Ruiz"}, []string{"Tomas Vega Urrego|metWith|United States"}},
		{"a suffix before of",
			"Joint Statement\n\nPresident Ana Ruiz, Jr. of the United States and President Tomas Vega of Peru met today.",
			[]string{"Tomas Vega|metWith|Ana Ruiz"}, []string{"Tomas Vega|metWith|United States"}},
	})
}

// TestWingAppositions: an apposition naming a part of a group ("the head
// of security for the Y wing of Z") makes the person a member of Z; not
// after a clause, nor a former post.
func TestWingAppositions(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a post in a wing of the cartel",
			"Statement on the Arrest of Jorge Salas Mena\n\nOn Monday, Peruvian police captured Jorge Salas Mena (“El Toro”), the notorious head of security for the Costa Verde Cartel wing of Los Rojos.",
			[]string{"Jorge Salas Mena|memberOf|Los Rojos"}, nil},
		{"a former post",
			"Police in Lima captured Tomas Vega, the former head of security for the northern wing of Los Rojos, on Monday.",
			nil, []string{"Tomas Vega|memberOf|Los Rojos"}},
		{"after a clause",
			"Police in Lima thanked Ana Ruiz, a prosecutor who charged the northern wing of Los Rojos, on Monday.",
			nil, []string{"Ana Ruiz|memberOf|Los Rojos"}},
	})
}

// TestEconomicPact: an agreement its sentence calls economic is a trade
// pact, which states no security partnership between its parties.
func TestEconomicPact(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an economic relationship",
			"Officials of Peru, Chile and Bolivia met in Lima on Monday and, recognizing the importance of the economic relationship, praised the Tri-Border Market Accord.",
			nil, []string{"Bolivia|cooperatesWith|Peru", "Chile|cooperatesWith|Peru"}},
	})
}

// TestLongTitleInList: a delegation's list reads over a long title with
// "for" and "and" in it ("Deputy Secretary of State for Management and
// Resources X").
func TestLongTitleInList(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a long title in a list",
			"Joint Statement\n\nOn July 24, President Ana Ruiz of Peru hosted a U.S. delegation led by Homeland Security Advisor Dr. Marta Lopez, Deputy Attorney General Luis Parra, and Deputy Secretary of State for Management and Resources Jorge Salas to further cooperation.",
			[]string{"Ana Ruiz|metWith|Marta Lopez", "Ana Ruiz|metWith|Jorge Salas"}, nil},
	})
}

// TestCoordinatedHeadTitles: "X, aka “El Y”, the co-founder and current
// leader of Z" leads Z.
func TestCoordinatedHeadTitles(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an alias and coordinated titles",
			"The State Department is offering a reward for information leading to the arrest of Jorge Salas Mena, aka “El Toro”, the co-founder and current leader of Los Rojos.",
			[]string{"Jorge Salas Mena|leads|Los Rojos"}, nil},
		{"a different person before and",
			"Police arrested Jorge Salas Mena, a witness, and the current leader of Los Rojos fled.",
			nil, []string{"Jorge Salas Mena|leads|Los Rojos"}},
	})
}
