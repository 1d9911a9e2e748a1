package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// relCase is one invented text with the relations that must be read
// ("subject|predicate|object") and those that must not. The text is put
// under a headline unless it has its own (a first paragraph before a
// blank line).
type relCase struct {
	name, text string
	want, not  []string
}

// checkRelCases runs each case through the extractor.
func checkRelCases(t *testing.T, cases []relCase) {
	t.Helper()
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "Security news\n\n" + c.text
			if strings.Contains(c.text, "\n\n") {
				text = c.text
			}
			x := ex.Extract(schema.Article{ID: "t", Text: text})
			got := map[string]bool{}
			var list []string
			for _, r := range x.Relations {
				k := r.Subject + "|" + r.Predicate + "|" + r.Object
				got[k] = true
				if schema.SymmetricRelations[r.Predicate] {
					got[r.Object+"|"+r.Predicate+"|"+r.Subject] = true
				}
				list = append(list, k)
			}
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("Extract(%q): missing %s; got %v", c.text, w, list)
				}
			}
			for _, n := range c.not {
				if got[n] {
					t.Errorf("Extract(%q): unwanted %s", c.text, n)
				}
			}
		})
	}
}

// TestAgreementCooperation: the governments that are the stated parties of
// a bilateral or trilateral agreement cooperate; not those of a trade pact,
// of a multilateral convention, or guessed from other sentences.
func TestAgreementCooperation(t *testing.T) {
	checkRelCases(t, []relCase{
		{"two governments that signed a memorandum cooperate",
			"On Tuesday, Peru and Bolivia signed a memorandum of understanding on river patrols.",
			[]string{"Bolivia|cooperatesWith|Peru"}, nil},
		{"a pact between two states",
			"The scanners arrived under a port security pact between Chile and Uruguay signed in 2021.",
			[]string{"Chile|cooperatesWith|Uruguay"}, nil},
		{"the parties of an accord named in its sentence",
			"Officials of Peru, Chile and Bolivia met in Lima on Monday to review the Tri-Border Security Accord.",
			[]string{"Bolivia|cooperatesWith|Peru", "Chile|cooperatesWith|Peru"}, nil},
		{"a party guessed from another sentence states no tie",
			"Chile praised the Tri-Border Security Accord on Monday. Peru's minister spoke later.",
			nil, []string{"Chile|cooperatesWith|Peru"}},
		{"a trade pact states no security partnership",
			"Peru and Bolivia signed a free trade agreement that cuts tariffs on grain.",
			nil, []string{"Bolivia|cooperatesWith|Peru"}},
		{"the illicit drug trade does not make a pact a trade pact",
			"Peru and Bolivia signed a memorandum of understanding against the illicit drug trade.",
			[]string{"Bolivia|cooperatesWith|Peru"}, nil},
		{"a convention of many states binds no pair",
			"Peru, Bolivia, Chile and Ecuador signed the Andean Convention on Firearms.",
			nil, []string{"Bolivia|cooperatesWith|Peru"}},
	})
}

// TestDelegationTrip: the leaders of a delegation sent "to meet with" B met
// B, and lead the delegation, not the bodies its people come from.
func TestDelegationTrip(t *testing.T) {
	checkRelCases(t, []relCase{
		{"leaders of a delegation of officials met its host",
			"On May 31, National Security Advisor Ana Ruiz and Senior Director Luis Mena led a high-level delegation of Foreign Ministry and Interior Ministry officials to meet with President Carla Soto and her ministers.",
			[]string{"Ana Ruiz|metWith|Carla Soto", "Luis Mena|metWith|Carla Soto"}, nil},
		{"a delegation of a body's officials is not the body",
			"Minister Ana Ruiz led a delegation of Peruvian National Police officers to Quito.",
			nil, []string{"Ana Ruiz|leads|Peruvian National Police"}},
		{"a delegation that will travel reports no meeting",
			"Minister Ana Ruiz will lead a delegation of police officers to meet with President Carla Soto.",
			nil, []string{"Ana Ruiz|metWith|Carla Soto"}},
	})
}

// TestMeetingBetween: a cue word before "between" is the noun, even inside
// a capitalised name of the meeting.
func TestMeetingBetween(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a named committee meeting between three governments",
			"Readout of the Third Andean Drug Committee Meeting between Peru, Chile, and Bolivia\n\nToday, officials met in Lima.",
			[]string{"Peru|metWith|Chile", "Peru|metWith|Bolivia", "Chile|metWith|Bolivia"}, nil},
		{"talks between in running text",
			"Officials described the talks between Peru and Chile as tense.",
			[]string{"Peru|metWith|Chile"}, nil},
	})
}

// TestMembershipVerbs: verb phrases that state membership of a group.
func TestMembershipVerbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"played a role in a cartel",
			"Juan Perez Soto played a prominent role in the notorious Gulf Cartel, one of the deadliest groups.",
			[]string{"Juan Perez Soto|memberOf|Gulf Cartel"}, nil},
		{"rose through the ranks of a gang",
			"Police said Juan Perez Soto rose through the ranks of Barrio 18 before his arrest.",
			[]string{"Juan Perez Soto|memberOf|Barrio 18"}, nil},
		{"a government playing a role is no member",
			"Peru played a key role in the Andean Security Council.",
			nil, []string{"Peru|memberOf|Andean Security Council"}},
	})
}

// TestBilateralPartnership: two leaders' remarks speaking of "our
// partnership" make their governments partners; not a one-speaker text,
// nor remarks that never speak of one.
func TestBilateralPartnership(t *testing.T) {
	const head = "Remarks by Peruvian President Ana Ruiz and President Luis Mena of Chile Before Bilateral Meeting\n\n"
	checkRelCases(t, []relCase{
		{"our partnership in two leaders' remarks",
			head + "PRESIDENT RUIZ: Welcome. Today we will discuss how to deepen our security partnership.",
			[]string{"Chile|cooperatesWith|Peru"}, nil},
		{"no partnership spoken of",
			head + "PRESIDENT RUIZ: Welcome. Today we will discuss the weather.",
			nil, []string{"Chile|cooperatesWith|Peru"}},
		{"one speaker's remarks",
			"Remarks by President Ana Ruiz of Peru\n\nToday we will deepen our partnership with Chile's people.",
			nil, []string{"Chile|cooperatesWith|Peru"}},
	})
}

// TestDemonymPair: "between the Peruvian and Chilean governments" names
// the two governments (when the article names them).
func TestDemonymPair(t *testing.T) {
	checkRelCases(t, []relCase{
		{"cooperation between two governments named by demonyms",
			"Peru extradited the suspect to Chile on Monday. The arrest shows the ongoing cooperation between the Peruvian and Chilean governments on countering narcotics.",
			[]string{"Chile|cooperatesWith|Peru"}, nil},
		{"a single demonym is no pair",
			"Peru extradited the suspect to Chile on Monday. Officials praised the cooperation between the Peruvian authorities and the press.",
			nil, []string{"Chile|cooperatesWith|Peru"}},
	})
}

// TestCampaignVerbs: verbs of a campaign against a group ("dismantle",
// "disrupt", "crack down on") with their object right after them, and an
// infinitive after an effort noun, state deployedAgainst.
func TestCampaignVerbs(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an agency's work to dismantle a cartel",
			"The Drug Enforcement Administration’s work to dismantle the Gulf Cartel is global.",
			[]string{"Drug Enforcement Administration|deployedAgainst|Gulf Cartel"}, nil},
		{"bodies supporting partners in their efforts to disrupt a gang",
			"The Department of Homeland Security, the Department of State, and the Department of Justice are supporting foreign partners in their efforts to disrupt Barrio 18.",
			[]string{"Department of Homeland Security|deployedAgainst|Barrio 18", "Department of Justice|deployedAgainst|Barrio 18"}, nil},
		{"the group is not the object right after the verb",
			"Peru is disrupting the revenue streams profiting groups like the Gulf Cartel.",
			nil, []string{"Peru|deployedAgainst|Gulf Cartel"}},
		{"a plan to dismantle is no campaign",
			"Peru plans to dismantle the Gulf Cartel.",
			nil, []string{"Peru|deployedAgainst|Gulf Cartel"}},
	})
}

// TestRelativeSubject: the subject of a relative clause is its antecedent,
// the actor right before the relative pronoun, or no one when that is a
// thing (but the stated giver of aid, aidThingGiver); an owner of the
// antecedent acts through it.
func TestRelativeSubject(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an antecedent that is a thing names no actor but its stated giver",
			"Peru recently delivered Chilean-purchased equipment, including armored vehicles, that will assist the Bolivian National Police.",
			[]string{"Peru|supports|Bolivian National Police"}, []string{"Chile|supports|Bolivian National Police"}},
		{"an actor right before which",
			"The talks were hosted by Peru, which supports the Bolivian National Police.",
			[]string{"Peru|supports|Bolivian National Police"}, nil},
		{"the owner of the antecedent acts",
			"Officials praised the Chilean Navy’s decisive operation that apprehended Juan Perez Soto.",
			[]string{"Chilean Navy|arrested|Juan Perez Soto"}, nil},
		{"a complement clause after said is no relative",
			"Peru said that the Chilean Navy arrested Juan Perez Soto.",
			[]string{"Chilean Navy|arrested|Juan Perez Soto"}, nil},
	})
}

// TestAttackNouns: a possessor over coordinated adjectives acts; killing
// nouns state an attack on their object.
func TestAttackNouns(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a possessor over 'unprovoked and unjustifiable'",
			"Peru condemned Bolivia’s unprovoked and unjustifiable aggression against Ecuador.",
			[]string{"Bolivia|attacked|Ecuador"}, nil},
		{"a possessor over four words: 'unprovoked and unjustified military'",
			"The envoys discussed Bolivia’s unprovoked and unjustified military invasion of Ecuador.",
			[]string{"Bolivia|attacked|Ecuador"}, nil},
		{"a possessor over 'premeditated, unprovoked, and unjustified'",
			"Chile spoke out against Bolivia’s premeditated, unprovoked, and unjustified attack on Ecuador.",
			[]string{"Bolivia|attacked|Ecuador"}, nil},
		{"a possessor past a preposition is not the actor",
			"Officials voiced Peru's concerns over the invasion of Ecuador.",
			nil, []string{"Peru|attacked|Ecuador"}},
		{"the elimination of a named leader",
			"The talks come on the heels of Mexico’s elimination of “El Flaco”, a notorious cartel leader.",
			[]string{"Mexico|attacked|El Flaco"}, nil},
		{"a possible killing is no attack",
			"Officials feared Mexico's possible killing of “El Flaco”.",
			nil, []string{"Mexico|attacked|El Flaco"}},
	})
}

// TestAgreementSigning: the stated parties of an agreement a sentence says
// was signed are its signatories; not when the signing is negated or
// planned.
func TestAgreementSigning(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a pact between two states signed in a year",
			"The scanners arrived under a port security pact between Chile and Uruguay signed in 2021.",
			[]string{"Chile|signed|port security pact", "Uruguay|signed|port security pact"}, nil},
		{"the two governments signed",
			"President Ana Ruiz of Peru spoke with Bolivia's president, and the two governments signed a border intelligence agreement on Thursday.",
			[]string{"Peru|signed|border intelligence agreement", "Bolivia|signed|border intelligence agreement"}, nil},
		{"a deal reached",
			"Chile resumed the flights on Monday. They operate under a deportation agreement with Uruguay reached in March, when Chile's envoy met the president of Uruguay.",
			[]string{"Chile|signed|deportation agreement", "Uruguay|signed|deportation agreement"}, nil},
		{"a pact that will be signed",
			"Chile and Uruguay will sign a port security pact next year.",
			nil, []string{"Chile|signed|port security pact"}},
		{"a law signed that funds a pact",
			"President Ana Ruiz signed into law the 2031 budget bill, which funds the port security pact between Chile and Uruguay.",
			nil, []string{"Chile|signed|port security pact", "Uruguay|signed|port security pact"}},
	})
}

// TestGuestsMeet: the guests of one host from different governments meet
// each other; the members of one visiting delegation do not.
func TestGuestsMeet(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a host's two foreign guests",
			"On Monday the Government of Peru hosted the Governments of Chile and Bolivia in Lima for the Fourth Meeting of the Andean Drug Dialogue.",
			[]string{"Peru|metWith|Chile", "Peru|metWith|Bolivia", "Chile|metWith|Bolivia"}, nil},
		{"one delegation's members",
			"President Ana Ruiz of Peru hosted a Chilean delegation led by Foreign Minister Luis Mena of Chile and Interior Minister Carla Soto of Chile.",
			[]string{"Ana Ruiz|metWith|Luis Mena"}, []string{"Luis Mena|metWith|Carla Soto"}},
	})
}

// TestAccompaniment: "in collaboration with B" after a verb whose subject
// is a government, an en-dash compound and a quoted accompaniment state
// cooperation; an object before the phrase does not cooperate.
func TestAccompaniment(t *testing.T) {
	checkRelCases(t, []relCase{
		{"after a verb, no comma",
			"Officials discussed the initiatives that Peru is pursuing in collaboration with Chile to disrupt smuggling.",
			[]string{"Chile|cooperatesWith|Peru"}, nil},
		{"an object before the phrase",
			"Police arrested Juan Perez Soto in coordination with the Drug Enforcement Administration.",
			nil, []string{"Juan Perez Soto|cooperatesWith|Drug Enforcement Administration"}},
		{"an en dash between two states",
			"Taking Down the Cartels: Examining Peru – Chile Cooperation\n\nThe hearing was held on Monday.",
			[]string{"Chile|cooperatesWith|Peru"}, nil},
		{"in a quotation",
			"“These extraditions are a step by the government of Peru, in partnership with Chile, to hold traffickers accountable,” said Minister Ana Ruiz.",
			[]string{"Chile|cooperatesWith|Peru"}, nil},
	})
}

// TestNegotiations: talks with an armed group are a negotiation, not a
// meeting; states negotiating with each other.
func TestNegotiations(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a government's talks with a guerrilla",
			"Colombia’s talks with the National Liberation Army collapsed in January.",
			[]string{"Colombia|negotiatesWith|National Liberation Army"}, []string{"Colombia|metWith|National Liberation Army"}},
		{"two states negotiating",
			"Peru and Chile are negotiating a border security accord.",
			[]string{"Chile|negotiatesWith|Peru"}, nil},
		{"two states meeting stay a meeting",
			"Peru and Chile met in Lima on Monday.",
			[]string{"Chile|metWith|Peru"}, []string{"Chile|negotiatesWith|Peru"}},
	})
}

// TestAdverbBack: "back" after a verb of motion is an adverb, not support.
func TestAdverbBack(t *testing.T) {
	checkRelCases(t, []relCase{
		{"arrived safely back",
			"The delegation to the funeral of President Ana Ruiz has arrived safely back in Peru.",
			nil, []string{"Ana Ruiz|supports|Peru"}},
		{"the verb back",
			"Chile will strongly back Peru at the summit.",
			[]string{"Chile|supports|Peru"}, nil},
	})
}

// TestSubjectGroupLeaders: the leader of a delegation that is the subject
// of "met with" met the object too.
func TestSubjectGroupLeaders(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a delegation, led by X, met with",
			"The Presidential Delegation, led by Ambassador Ana Ruiz, and joined by Representative Luis Mena, met with President Carla Soto on Monday.",
			[]string{"Ana Ruiz|metWith|Carla Soto", "Luis Mena|metWith|Carla Soto"}, nil},
		{"a gang led by X is no delegation",
			"The gang, led by Ana Ruiz, met with rivals in Lima while Carla Soto watched.",
			nil, []string{"Ana Ruiz|metWith|Carla Soto"}},
	})
}

// TestCountryAnaphor: "the country" as an object is the government named
// before, over the one in its own phrase.
func TestCountryAnaphor(t *testing.T) {
	checkRelCases(t, []relCase{
		{"support for the country",
			"Minister Ana Ruiz met President Luis Mena of Peru today and will meet other officials tomorrow to showcase U.S. support for the country after a surge in violence.",
			[]string{"United States|supports|Peru"}, nil},
		{"the country's police is not the country",
			"Chile met Peru's leaders on Monday. Chile will reaffirm its support for the country's national police.",
			nil, []string{"Chile|supports|Peru"}},
	})
}

// TestReportedAnd: a verb coordinated with a reporting verb shares its
// subject, not an actor named in what was reported.
func TestReportedAnd(t *testing.T) {
	checkRelCases(t, []relCase{
		{"said … and accused",
			"Peru’s foreign minister, Ana Ruiz, said in a statement that the strikes by Chile were illegal and accused Bolivia of looking for a pretext.",
			[]string{"Ana Ruiz|accused|Bolivia"}, []string{"Chile|accused|Bolivia"}},
	})
}

// TestThreatOnGoods: a threat of tariffs on a country's goods threatens
// the country.
func TestThreatOnGoods(t *testing.T) {
	checkRelCases(t, []relCase{
		{"tariffs on Peruvian goods",
			"Chile’s trade dispute with Peru deepened. President Ana Ruiz of Chile has threatened new tariffs on Peruvian goods unless seizures rise.",
			[]string{"Ana Ruiz|threatened|Peru"}, nil},
	})
}

// TestCallCues: a call held with someone is a meeting.
func TestCallCues(t *testing.T) {
	checkRelCases(t, []relCase{
		{"held a call with",
			"President Ana Ruiz of Peru held a call with President Luis Mena of Chile on Monday.",
			[]string{"Ana Ruiz|metWith|Luis Mena"}, nil},
		{"had a phone call with",
			"On Monday, President Ana Ruiz of Peru had a phone call with President Luis Mena of Chile.",
			[]string{"Ana Ruiz|metWith|Luis Mena"}, nil},
		{"a call not held",
			"President Ana Ruiz of Peru did not hold a call with President Luis Mena of Chile.",
			nil, []string{"Ana Ruiz|metWith|Luis Mena"}},
	})
}

// TestCoordinatedInfinitive: "to X and Y" is one infinitive; a plan "to
// identify and disrupt" is not the act.
func TestCoordinatedInfinitive(t *testing.T) {
	checkRelCases(t, []relCase{
		{"prioritize actions to identify and disrupt",
			"Agencies across the Peruvian government continue to prioritize actions being taken to identify and disrupt the Gulf Cartel.",
			nil, []string{"Peru|deployedAgainst|Gulf Cartel"}},
		{"continue to train and support",
			"Chile will continue to train and support the Bolivian National Police.",
			[]string{"Chile|supports|Bolivian National Police"}, nil},
	})
}

// TestActBackReference: "Today's designations of X" names the act of the
// designator before; a sanctions office's designation is a sanction.
func TestActBackReference(t *testing.T) {
	checkRelCases(t, []relCase{
		{"today's designations after an office designating",
			"Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) is designating four Gulf Cartel members. Today’s designations of Juan Perez Soto and Ana Ruiz Vega add to previous ones.",
			[]string{"Office of Foreign Assets Control|sanctioned|Juan Perez Soto", "Office of Foreign Assets Control|sanctioned|Ana Ruiz Vega"},
			[]string{"Office of Foreign Assets Control|designated|Juan Perez Soto", "Department of the Treasury|designated|Juan Perez Soto"}},
		{"a department's terrorist designation stays a designation",
			"The Department of State designated the Gulf Cartel as a Foreign Terrorist Organization.",
			[]string{"Department of State|designated|Gulf Cartel"}, nil},
		{"no act before: no actor",
			"Today’s designations of Juan Perez Soto and Ana Ruiz Vega add to previous ones.",
			nil, []string{"Office of Foreign Assets Control|sanctioned|Juan Perez Soto"}},
	})
}

// TestCustody: people in a state's or agency's custody were arrested by it.
func TestCustody(t *testing.T) {
	checkRelCases(t, []relCase{
		{"in U.S. custody",
			"Today, Juan Perez Soto and Ana Ruiz Vega are in U.S. custody.",
			[]string{"United States|arrested|Juan Perez Soto", "United States|arrested|Ana Ruiz Vega"}, nil},
		{"in the custody of an agency",
			"Juan Perez Soto is now in the custody of the Drug Enforcement Administration.",
			[]string{"Drug Enforcement Administration|arrested|Juan Perez Soto"}, nil},
		{"not in custody",
			"Juan Perez Soto is not in U.S. custody.",
			nil, []string{"United States|arrested|Juan Perez Soto"}},
	})
}

// TestPartnerMeetings: officials of two governments who met and speak of
// partnership there make their governments partners; a meeting that does
// not, does not.
func TestPartnerMeetings(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a meeting to advance a partnership",
			"In Lima on May 20, Peruvian Defense Minister Ana Ruiz met with Chilean Foreign Minister Luis Mena and discussed efforts to advance the bilateral defense partnership.",
			[]string{"Ana Ruiz|metWith|Luis Mena", "Chile|cooperatesWith|Peru"}, nil},
		{"a meeting about the weather",
			"In Lima on May 20, Peruvian Defense Minister Ana Ruiz met with Chilean Foreign Minister Luis Mena and discussed the weather.",
			[]string{"Ana Ruiz|metWith|Luis Mena"}, []string{"Chile|cooperatesWith|Peru"}},
	})
}

// TestWelcome: welcoming a thing backs it (or its author); welcoming a
// person greets them.
func TestWelcome(t *testing.T) {
	checkRelCases(t, []relCase{
		{"welcomes a government's decision",
			"The Department of State welcomed the Colombian government's decision to extradite the suspect.",
			[]string{"Department of State|supports|Colombia"}, nil},
		{"welcomes a person",
			"President Ana Ruiz of Peru welcomed President Luis Mena of Chile to Lima.",
			nil, []string{"Ana Ruiz|supports|Luis Mena"}},
	})
}

// TestReportedIt: "X says it …": the "it" is the reporting body.
func TestReportedIt(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a department says it welcomes",
			"The Department of State says it welcomes the Colombian government's decision to extradite the suspect.",
			[]string{"Department of State|supports|Colombia"}, nil},
		{"a person says it: no body",
			"Ana Ruiz says it supports the Bolivian National Police.",
			nil, []string{"Ana Ruiz|supports|Bolivian National Police"}},
	})
}

// TestSupportParenthetical: "A, with the support of B, arrested X": A
// arrested X and cooperates with B; B is not the arrester.
func TestSupportParenthetical(t *testing.T) {
	checkRelCases(t, []relCase{
		{"with the support of, parenthetical",
			"On Saturday the Peruvian National Police, with the support of the Drug Enforcement Administration, arrested Juan Perez Soto.",
			[]string{"Peruvian National Police|arrested|Juan Perez Soto", "Peruvian National Police|cooperatesWith|Drug Enforcement Administration"},
			[]string{"Drug Enforcement Administration|arrested|Juan Perez Soto"}},
	})
}

// TestBilateralPartnershipEvidence: of several sentences that speak of
// the partnership, the first is the evidence, on every run.
func TestBilateralPartnershipEvidence(t *testing.T) {
	const text = "Remarks by Peruvian President Ana Ruiz and President Luis Mena of Chile Before Bilateral Meeting\n\n" +
		"PRESIDENT RUIZ: Welcome. Today we will deepen our partnership. " +
		"We have built a partnership on trade. We keep our partnership on ports. We renew our partnership on fishing."
	want := "Today we will deepen our partnership."
	ex := newExtractor(t)
	for range 20 {
		x := ex.Extract(schema.Article{ID: "t", Text: text})
		found := false
		for _, r := range x.Relations {
			if r.Predicate == "cooperatesWith" {
				found = true
				if r.Sentence != want {
					t.Fatalf("Extract: cooperatesWith read in %q, want %q", r.Sentence, want)
				}
			}
		}
		if !found {
			t.Fatalf("Extract: no cooperatesWith; got %v", x.Relations)
		}
	}
}
