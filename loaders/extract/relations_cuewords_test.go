package extract

import "testing"

// TestAccusationAndFightingCues: criticising or suing a named actor, or a
// lawsuit against it, accuses it; fighting or clashes between two named
// groups is an attack of the first on the second.
func TestAccusationAndFightingCues(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "criticised",
			text: "Honduras criticised Guatemala over the closure of the border crossing.",
			want: []string{"Honduras|accused|Guatemala"}},
		{name: "sued",
			text: "Mexico sued Smith & Wesson in a federal court in Boston.",
			want: []string{"Mexico|accused|Smith & Wesson"}},
		{name: "lawsuit against",
			text: "The court dismissed Mexico's lawsuit against Smith & Wesson in June.",
			want: []string{"Mexico|accused|Smith & Wesson"}},
		{name: "negated criticism",
			text: "Bolivia did not criticize Venezuela after the vote.",
			not:  []string{"Bolivia|accused|Venezuela"}},
		{name: "fighting between",
			text: "Fighting between the Sinaloa Cartel and the Gulf Cartel has displaced thousands of families.",
			want: []string{"Sinaloa Cartel|attacked|Gulf Cartel"}},
		{name: "clashes between",
			text: "Clashes between MS-13 and Barrio 18 left nine dead in Tegucigalpa.",
			want: []string{"MS-13|attacked|Barrio 18"}},
	})
}

// TestAidForCues: assistance or funding "for" a named state or body
// supports it, as "assistance to" does; funding for a thing does not.
func TestAidForCues(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "assistance for",
			text: "U.S. assistance for Honduras rose by a third in 2020.",
			want: []string{"United States|supports|Honduras"}},
		{name: "announced funding for",
			text: "The State Department announced new funding for the Peruvian National Police.",
			want: []string{"Department of State|supports|Peruvian National Police"}},
		{name: "funding for a thing",
			text: "Canada announced funding for the construction of a police academy in Haiti.",
			not:  []string{"Canada|supports|Haiti"}},
	})
}

// TestCueNounsAndBlamedOn: a cue word after an article is a noun, not the
// verb ("after an ambush blamed on X"); "blamed on X" as a participle
// names no one who blames.
func TestCueNounsAndBlamedOn(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "an ambush blamed on a gang",
			text: "Peru and Chile signed a border accord four days after an ambush blamed on the gang Los Lobos killed nine soldiers.",
			not: []string{"Peru|attacked|Los Lobos", "Chile|attacked|Los Lobos",
				"Peru|accused|Los Lobos", "Chile|accused|Los Lobos"}},
		{name: "a rise blamed on a gang",
			text: "Honduras signed the pact as it struggles with a rise in extortion blamed on Barrio 18.",
			not:  []string{"Honduras|accused|Barrio 18"}},
		{name: "active blame",
			text: "Honduras blamed Barrio 18 for the rise in extortion.",
			want: []string{"Honduras|accused|Barrio 18"}},
		{name: "active blame on",
			text: "Honduras blamed the rise in extortion on Barrio 18.",
			want: []string{"Honduras|accused|Barrio 18"}},
		{name: "verb after a name",
			text: "Los Lobos ambushed Peru's soldiers near the border.",
			want: []string{"Los Lobos|attacked|Peru"}},
	})
}

// TestWarnedThreatens: warning an actor named right after the verb
// threatens it; warning that something will happen threatens no one.
func TestWarnedThreatens(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "warned a capital",
			text: "The State Department had warned Managua that ending the treaty could affect security assistance to Nicaragua.",
			want: []string{"Department of State|threatened|Nicaragua"}},
		{name: "warned a state",
			text: "Colombia warned Venezuela against moving troops to the border.",
			want: []string{"Colombia|threatened|Venezuela"}},
		{name: "warned that",
			text: "Peru's foreign minister Rosa Tello warned that Washington would respond to the move.",
			not:  []string{"Rosa Tello|threatened|United States", "Peru|threatened|United States"}},
		{name: "negated",
			text: "Colombia did not warn Venezuela before the operation.",
			not:  []string{"Colombia|threatened|Venezuela"}},
	})
}

// TestGroupsFought: one armed group fighting another attacks it; a state
// fighting a group is a campaign, not read from "fight".
func TestGroupsFought(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "groups",
			text: "The Gulf Cartel has fought the Sinaloa Cartel for control of Reynosa since 2021.",
			want: []string{"Gulf Cartel|attacked|Sinaloa Cartel"}},
		{name: "a state",
			text: "Colombia fought the ELN for decades.",
			not:  []string{"Colombia|attacked|National Liberation Army"}},
	})
}

// TestExpelledRejects: a government expelling an agency or body rejects
// it; a planned expulsion does not.
func TestExpelledRejects(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "expelled",
			text: "Nicaragua expelled the Organization of American States in 2022.",
			want: []string{"Nicaragua|rejected|Organization of American States"}},
		{name: "planned",
			text: "Bolivia plans to expel the Drug Enforcement Administration next year.",
			not:  []string{"Bolivia|rejected|Drug Enforcement Administration"}},
	})
}

// TestStepPurpose: an infinitive after a step noun that a copula says of
// a thing ("the vote is an important step to help X") states the thing's
// purpose, not an act of an actor named in the subject; taking steps to
// help is still an act.
func TestStepPurpose(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "a decision is a step",
			text: "Today's decision at the Organization of American States is an important step to help Haiti during this crisis.",
			not:  []string{"Organization of American States|supports|Haiti"}},
		{name: "took steps",
			text: "Canada took new steps to help Haiti during the crisis.",
			want: []string{"Canada|supports|Haiti"}},
	})
}
