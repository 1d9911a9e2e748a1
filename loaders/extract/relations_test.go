package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRelations checks each mechanism of relations.go on invented copy:
// want lists relations that must be read ("subject|predicate|object"),
// not those that must not.
func TestRelations(t *testing.T) {
	checkRelCases(t, []relCase{
		{"active verb with coordinated subjects and objects",
			"Panama and Costa Rica designated MS-13 and the Sinaloa Cartel as terrorist organisations.",
			[]string{"Panama|designated|MS-13", "Panama|designated|Sinaloa Cartel", "Costa Rica|designated|MS-13", "Costa Rica|designated|Sinaloa Cartel"}, nil},
		{"both gangs refers back to the two named before",
			"Gangs such as Los Choneros and Los Lobos extort shopkeepers. The government of Ecuador has designated both gangs as terrorist organisations.",
			[]string{"Ecuador|designated|Los Choneros", "Ecuador|designated|Los Lobos"}, nil},
		{"all three of those organizations refers back to the three named before",
			"Gangs such as Los Choneros, Los Lobos or the Gulf Cartel extort shopkeepers. The government of Ecuador has designated all three of those organizations as terrorist groups.",
			[]string{"Ecuador|designated|Los Choneros", "Ecuador|designated|Los Lobos", "Ecuador|designated|Gulf Cartel"}, nil},
		{"the cartel refers back to the last one named",
			"Police in Sinaloa fought the Beltrán-Leyva Organization for years. Last month the United States sanctioned the cartel.",
			[]string{"United States|sanctioned|Beltrán-Leyva Organization"}, nil},
		{"a group noun with nothing named before refers to nothing",
			"The United States sanctioned the cartel on Monday.",
			nil, []string{"United States|sanctioned|United States"}},
		{"passive with a by-agent",
			"Rafael Quintero Lemus was extradited to the United States by Guatemala last week.",
			[]string{"Guatemala|extradited|Rafael Quintero Lemus"}, []string{"United States|extradited|Rafael Quintero Lemus"}},
		{"reduced passive",
			"The smuggler Octavio Ramos Peña, indicted by the United States in 2019, fled.",
			[]string{"United States|charged|Octavio Ramos Peña"}, nil},
		{"passive without an agent is no relation",
			"Octavio Ramos Peña was arrested in Tijuana on Monday.",
			nil, []string{"Mexico|arrested|Octavio Ramos Peña"}},
		{"negation keeps the act out",
			"Honduras did not sign the Treaty of San Ignacio.",
			nil, []string{"Honduras|signed|Treaty of San Ignacio"}},
		{"a threat is not the act",
			"Brazil threatened to sanction the Comando Vermelho.",
			[]string{"Brazil|threatened|Comando Vermelho"}, []string{"Brazil|sanctioned|Comando Vermelho"}},
		{"a plan is not the act",
			"Chile plans to designate Tren de Aragua.",
			nil, []string{"Chile|designated|Tren de Aragua"}},
		{"modal verb is not the act",
			"Ecuador could extradite Wilmer Chavarría Barré.",
			nil, []string{"Ecuador|extradited|Wilmer Chavarría Barré"}},
		{"symmetric meeting with a list after titles",
			"Marco Rubio met with President Bernardo Arévalo and Foreign Minister Carlos Ramiro Martínez in Guatemala City.",
			[]string{"Marco Rubio|metWith|Bernardo Arévalo", "Marco Rubio|metWith|Carlos Ramiro Martínez"}, nil},
		{"the subject of 'announced the designation of' is its actor",
			"The Department of State announced the designation of the Tiburones Cartel, the Norte Cartel and MS-13 as Foreign Terrorist Organizations.",
			[]string{"Department of State|designated|Tiburones Cartel", "Department of State|designated|Norte Cartel", "Department of State|designated|MS-13"}, nil},
		{"an announcing verb needs the object right after the noun",
			"The Supreme Court of Panama approved the extradition the week of March 3, and President Ana Ruiz signed the order.",
			nil, []string{"Panama|extradited|Ana Ruiz"}},
		{"declared a terrorist organization is a designation",
			"The government of Honduras declared Barrio 18 and the Olancho Cartel terrorist organizations.",
			[]string{"Honduras|designated|Barrio 18", "Honduras|designated|Olancho Cartel"}, nil},
		{"declared without terrorist is no designation",
			"The government of Honduras declared the Olancho Cartel dismantled after the raids.",
			nil, []string{"Honduras|designated|Olancho Cartel"}},
		{"a possessive over adjectives acts: a war against",
			"Leaders condemned Russia's brutal, unprovoked war against Ukraine. Belarus's full-scale invasion of Lithuania did not happen.",
			[]string{"Russia|attacked|Ukraine"}, nil},
		{"in coordination with: the actor cooperates, and the parenthetical is not the actor",
			"Colombian authorities, in coordination with the Drug Enforcement Administration, captured Ramiro Solís Vega.",
			[]string{"Colombia|arrested|Ramiro Solís Vega", "Colombia|cooperatesWith|Drug Enforcement Administration"},
			[]string{"Drug Enforcement Administration|arrested|Ramiro Solís Vega"}},
		{"aid delivered to a recipient, over a parenthetical, is support",
			"Canada will continue to provide requested assistance, including boats and training, to the Jamaica Constabulary Force and the government of Belize.",
			[]string{"Canada|supports|Jamaica Constabulary Force", "Canada|supports|Belize"}, nil},
		{"aid that should be provided, or an offer to help, is no support",
			"Canada should provide resources to the Jamaica Constabulary Force. Chile offered to help trace the rifles, according to a spokesman for the Interior Ministry of Peru.",
			nil, []string{"Canada|supports|Jamaica Constabulary Force", "Chile|supports|Peru"}},
		{"a trip's purpose is the act; 'May' the month is no modal",
			"Deputy Secretary Ana Ruiz traveled to Tegucigalpa, Honduras on May 3 to meet with leadership of Joint Task Force Bravo and the Honduran National Police.",
			[]string{"Ana Ruiz|metWith|Joint Task Force-Bravo", "Ana Ruiz|metWith|Honduran National Police"}, nil},
		{"a trip not taken reports no meeting",
			"Ana Ruiz did not travel to Honduras to meet with Luis Mena. She plans to meet with Carla Soto.",
			nil, []string{"Ana Ruiz|metWith|Luis Mena", "Ana Ruiz|metWith|Carla Soto"}},
		{"a fronted meeting phrase: its actor is the clause's subject",
			"Deputy Secretary Ana Ruiz arrived on Monday. During separate meetings with members of the Honduran Congress and Prime Minister Luis Mena, Ms. Ruiz expressed support.",
			[]string{"Ana Ruiz|metWith|Luis Mena"}, nil},
		{"'is allegedly a member of' a quoted clique of a gang",
			"Jose Luis Parada-Soto is allegedly a member of “Los Centrales” (LCS), a clique of the Barrio 18 gang.",
			[]string{"Jose Luis Parada-Soto|memberOf|Barrio 18"}, nil},
		{"a conviction with no court named: the dateline's government",
			"WASHINGTON — Carlos Mena Ruiz, a Honduran national, was sentenced to 20 years for smuggling cocaine into the United States.",
			[]string{"United States|convicted|Carlos Mena Ruiz"}, nil},
		{"a conviction in a place that is not the dateline's",
			"TEGUCIGALPA — Carlos Mena Ruiz, who was extradited to the United States, was sentenced in New York to 45 years.",
			nil, []string{"Honduras|convicted|Carlos Mena Ruiz"}},
		{"an accusation in a quotation is said of the actor before it",
			"“Judge Ana Ruiz is endangering our towns. Shame on the Andean Rights Foundation for helping them,” said Senator Luis Mena.",
			[]string{"Luis Mena|accused|Ana Ruiz", "Luis Mena|accused|Andean Rights Foundation"}, nil},
		{"a cue not said of the actor accuses no one",
			"“President Ana Ruiz gave illegal gang members a ticket home. Critics say Ana Ruiz is acting illegally,” said Senator Luis Mena.",
			nil, []string{"Luis Mena|accused|Ana Ruiz"}},
		{"'we' and 'our' in a quotation are the speaker's government",
			"Peru's Foreign Minister Ana Ruiz spoke on Monday. “We will continue to support Bolivia, and our partnership with Chile is strong,” said Foreign Minister Ruiz.",
			[]string{"Peru|supports|Bolivia", "Peru|cooperatesWith|Chile"}, nil},
		{"'when we met' is no government meeting",
			"Peru's Foreign Minister Ana Ruiz spoke on Monday. “As I told President Luis Mena of Chile when we met in Lima, nothing is beyond reach,” said Foreign Minister Ruiz.",
			nil, []string{"Peru|metWith|Chile"}},
		{"a plural group object and its members after 'including'",
			"President Ana Ruiz of Peru designated four cartels as Foreign Terrorist Organizations, including the Norte Cartel and MS-13.",
			[]string{"Ana Ruiz|designated|Norte Cartel", "Ana Ruiz|designated|MS-13"}, nil},
		{"a capitalised cue inside a name is no verb; 'was joined by' is no meeting; aid to a people is to its country",
			"Minister Ana Ruiz visited the Andean Security Support (ASS) mission. Ms. Ruiz was joined by a Peruvian delegation. Haiti asked for help. Peru is the largest contributor of humanitarian aid to the Haitian people through our UN partners.",
			[]string{"Peru|supports|Haiti"}, []string{"Peru|metWith|Ana Ruiz", "Peru|supports|United Nations"}},
		{"'head of' a body's unit: the unit is headed, not the body",
			"“We are on your trail,” said Special Agent in Charge Ana Ruiz, head of DEA’s Lima Division.",
			[]string{"Ana Ruiz|leads|Lima Division"}, []string{"Ana Ruiz|leads|Drug Enforcement Administration"}},
		{"a quoted nickname, comma inside the quotation marks, is the object",
			"In May, Honduras extradited to the United States “El Flaco,” a notorious drug lord.",
			[]string{"Honduras|extradited|El Flaco"}, nil},
		{"leaders in an apposition, over an alias in brackets; not a speaker's subject",
			"Police arrested Ana Ruiz Vega (AKA “La Jefa”) and Luis Mena Soto, two of the most notorious leaders of the Gulf Cartel. The minister, Carla Soto, said 17 suspected members of the Gulf Cartel were held.",
			[]string{"Ana Ruiz Vega|leads|Gulf Cartel", "Luis Mena Soto|leads|Gulf Cartel"}, []string{"Carla Soto|memberOf|Gulf Cartel"}},
		{"a group's name that modifies people is not the object",
			"Today the Treasury is sanctioning four Gulf Cartel-linked individuals and two Gulf Cartel members.",
			nil, []string{"Department of the Treasury|sanctioned|Gulf Cartel"}},
		{"coordinated subjects met each other",
			"Gustavo Petro and Daniel Noboa met on the border.",
			[]string{"Daniel Noboa|metWith|Gustavo Petro"}, nil},
		{"nominalisation with possessor and coordinated nouns",
			"The Department of Justice welcomed Peru's arrest and extradition of Jorge Valdivia Soto.",
			[]string{"Peru|arrested|Jorge Valdivia Soto", "Peru|extradited|Jorge Valdivia Soto"}, nil},
		{"nominalisation with a by-agent",
			"Analysts questioned the designation of Los Lobos by the United States.",
			[]string{"United States|designated|Los Lobos"}, nil},
		{"cooperation between a list",
			"The summit praised the cooperation between Colombia, Ecuador and Peru.",
			[]string{"Colombia|cooperatesWith|Ecuador", "Colombia|cooperatesWith|Peru", "Ecuador|cooperatesWith|Peru"}, nil},
		{"relative clause subject",
			"Rodrigo Fuentes Ibarra, who heads the Cartel del Pacífico Sur, was seen in Sinaloa.",
			[]string{"Rodrigo Fuentes Ibarra|leads|Cartel del Pacífico Sur"}, nil},
		{"support with a possessive object",
			"The FBI continues to support Guatemala's investigations into the killings.",
			[]string{"Federal Bureau of Investigation|supports|Guatemala"}, nil},
		{"signing an agreement",
			"Colombia and Panama signed the Darién Border Security Agreement on March 3, 2024.",
			[]string{"Colombia|signed|Darién Border Security Agreement", "Panama|signed|Darién Border Security Agreement"}, nil},
		{"an official designates for the state",
			"Secretary of State Laura Pinto designated Los Lobos as a terrorist organisation.",
			[]string{"Laura Pinto|designated|Los Lobos"}, nil},
		{"a compound of two governments cooperating",
			"The talks advanced U.S.-Colombia security cooperation.",
			[]string{"United States|cooperatesWith|Colombia"}, nil},
		{"authors of a joint statement",
			"Peru and Chile released a joint statement by Peru and Chile on migration.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"leaders in apposition after the names",
			"Police arrested Rodrigo Fuentes Ibarra and Mario Lara Gil, two of the most wanted leaders of the Cartel del Pacífico Sur, on Monday.",
			[]string{"Rodrigo Fuentes Ibarra|leads|Cartel del Pacífico Sur", "Mario Lara Gil|leads|Cartel del Pacífico Sur"}, nil},
		{"a government modifying a title is not the one met",
			"Marco Rubio met with President of Guatemala Bernardo Arévalo.",
			[]string{"Marco Rubio|metWith|Bernardo Arévalo"}, []string{"Marco Rubio|metWith|Guatemala"}},
		{"designated objects skip a possessor of the wrong type",
			"The State Department designated one of Ecuador's largest gangs, Los Lobos, and its leader, Wilmer Chavarría Barré.",
			[]string{"Department of State|designated|Los Lobos", "Department of State|designated|Wilmer Chavarría Barré"},
			[]string{"Department of State|designated|Ecuador"}},
		{"a list with an alias after a comma and or",
			"Panama designated Los Lobos, Mara Salvatrucha, or MS-13, and Los Choneros as terrorist organisations.",
			[]string{"Panama|designated|Los Lobos", "Panama|designated|MS-13", "Panama|designated|Los Choneros"}, nil},
		{"a visit to a government is a meeting",
			"Marco Rubio visited Panama and Costa Rica on Tuesday.",
			[]string{"Marco Rubio|metWith|Panama", "Marco Rubio|metWith|Costa Rica"}, nil},
		{"receiving an official is a meeting",
			"President Daniel Noboa received Foreign Minister Carlos Ramiro Martínez in Quito.",
			[]string{"Daniel Noboa|metWith|Carlos Ramiro Martínez"}, nil},
		{"receiving something from a government is no meeting",
			"Ecuador received helicopters from the United States.",
			nil, []string{"Ecuador|metWith|United States"}},
		{"joining a government in an act is no meeting",
			"Canada joined the United States in condemning the attack.",
			nil, []string{"Canada|metWith|United States"}},
		{"the holder of a title acts, not the body it heads",
			"The commander of the Colombian Navy visited Panama last week.",
			nil, []string{"Colombian Navy|metWith|Panama"}},
		{"a Foreign Terrorist Organization designation is the United States'",
			"The United States welcomed the arrests. Los Lobos, which was designated as a Foreign Terrorist Organization in 2025, operates in Ecuador.",
			[]string{"United States|designated|Los Lobos"}, nil},
		{"a list of groups designated as Foreign Terrorist Organizations",
			"The United States charged leaders of gangs designated as Foreign Terrorist Organizations, such as Los Lobos and Los Choneros.",
			[]string{"United States|designated|Los Lobos", "United States|designated|Los Choneros"}, nil},
		{"a terrorist designation without an agent names no one",
			"Los Lobos was designated as a terrorist organisation in 2024.",
			nil, []string{"United States|designated|Los Lobos", "Ecuador|designated|Los Lobos"}},
		{"the designation of a group as a Foreign Terrorist Organization",
			"The United States sanctioned three brokers. It follows the recent designation of Los Choneros as a Foreign Terrorist Organization.",
			[]string{"United States|designated|Los Choneros"}, nil},
		{"a guilty plea in a case brought by a government",
			"Octavio Ramos Peña pleaded guilty to trafficking charges in a case brought by Colombia.",
			[]string{"Colombia|convicted|Octavio Ramos Peña"}, nil},
		{"a guilty plea in federal court is a conviction by the United States",
			"Prosecutors in the United States welcomed the news. Octavio Ramos Peña pleaded guilty in a federal court in Houston.",
			[]string{"United States|convicted|Octavio Ramos Peña"}, nil},
		{"a guilty plea with no court or prosecutor names no one",
			"Octavio Ramos Peña pleaded guilty on Monday, Ecuador said.",
			nil, []string{"Ecuador|convicted|Octavio Ramos Peña"}},
		{"an object pronoun refers to the person named before",
			"Ecuador extradited Octavio Ramos Peña on Monday. Peru has charged him with money laundering.",
			[]string{"Peru|charged|Octavio Ramos Peña"}, nil},
		{"coordinated subjects cooperate",
			"Panama and Costa Rica cooperate on border security.",
			[]string{"Panama|cooperatesWith|Costa Rica"}, nil},
		{"coordinated subjects work together",
			"Colombia and Ecuador work together against the gangs.",
			[]string{"Colombia|cooperatesWith|Ecuador"}, nil},
		{"hosting a delegation is meeting those who lead it",
			"President Daniel Noboa hosted a Peruvian delegation led by Foreign Minister Carlos Ramiro Martínez and Laura Pinto.",
			[]string{"Daniel Noboa|metWith|Carlos Ramiro Martínez", "Daniel Noboa|metWith|Laura Pinto"}, []string{"Daniel Noboa|metWith|Peru"}},
		{"a person after a body and its acronym in parentheses",
			"Marco Rubio met with Haitian National Police (HNP) Director Rameau Normil.",
			[]string{"Marco Rubio|metWith|Rameau Normil"}, nil},
		{"the partnership that one has built with another",
			"The arrests reflect the partnership that President Daniel Noboa has built with Gustavo Petro.",
			[]string{"Daniel Noboa|cooperatesWith|Gustavo Petro"}, nil},
		{"a coordinated action involving a list",
			"In a coordinated action involving Panama, Costa Rica, and Colombia, police seized cocaine.",
			[]string{"Panama|cooperatesWith|Costa Rica", "Panama|cooperatesWith|Colombia", "Costa Rica|cooperatesWith|Colombia"}, nil},
		{"coordinated subjects that are partners",
			"Peru and Chile remain committed partners on security.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"one party with partners is no pair",
			"Peru and its partners remain committed to the fight.",
			nil, []string{"Peru|cooperatesWith|Peru"}},
		{"remarks by two leaders before a bilateral meeting",
			"Remarks by President Gustavo Petro and President Daniel Noboa before their bilateral meeting in Quito.",
			[]string{"Gustavo Petro|metWith|Daniel Noboa"}, nil},
		{"praising a leader is support",
			"Gustavo Petro praised President Daniel Noboa's leadership on security.",
			[]string{"Gustavo Petro|supports|Daniel Noboa"}, nil},
		{"praising an arrest is no support of the one arrested",
			"Gustavo Petro praised the arrest of Octavio Ramos Peña by Ecuador.",
			nil, []string{"Gustavo Petro|supports|Octavio Ramos Peña"}},
		{"an office named with its acronym acts, not the body owning it",
			"Today the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Los Lobos.",
			[]string{"Office of Foreign Assets Control|sanctioned|Los Lobos"}, []string{"Department of the Treasury|sanctioned|Los Lobos"}},
		{"a unit named as a body's possession acts, not the body",
			"ICE's Homeland Security Investigations (HSI) special agents arrested Carlos Mena Ortiz at his home in 2019.",
			[]string{"Homeland Security Investigations|arrested|Carlos Mena Ortiz"}, []string{"U.S. Immigration and Customs Enforcement|arrested|Carlos Mena Ortiz"}},
		{"coordination over a parenthetical alias",
			"Ecuador arrested Octavio Ramos Peña (AKA “El Tigre”) and Mario Lara Gil on Monday.",
			[]string{"Ecuador|arrested|Octavio Ramos Peña", "Ecuador|arrested|Mario Lara Gil"}, nil},
		{"leaders listed after the group's name",
			"The statement followed the arrest of alleged leaders of the Sinaloa Cartel Rodrigo Fuentes Ibarra (“El Güero”) and Mario Lara Gil in Culiacán.",
			[]string{"Rodrigo Fuentes Ibarra|leads|Sinaloa Cartel", "Mario Lara Gil|leads|Sinaloa Cartel"}, nil},
		{"leading a delegation of bodies is not leading the bodies",
			"Laura Pinto led a joint Department of State and Department of Justice delegation to Ecuador.",
			nil, []string{"Laura Pinto|leads|Department of State", "Laura Pinto|leads|Department of Justice"}},
		{"a comma after the last of a list closes it",
			"In a coordinated action involving Panama, Costa Rica, and Colombia, the Department of Justice charged Octavio Ramos Peña.",
			[]string{"Panama|cooperatesWith|Colombia"}, []string{"Colombia|cooperatesWith|Department of Justice"}},
		{"meetings led by two officials",
			"The talks built on earlier meetings led by Laura Pinto and Foreign Minister Carlos Ramiro Martínez.",
			[]string{"Laura Pinto|metWith|Carlos Ramiro Martínez"}, nil},
		{"an appositive names a person a group's leader",
			"Prosecutors charged Octavio Ramos Peña, an alleged Los Lobos leader, with murder.",
			[]string{"Octavio Ramos Peña|leads|Los Lobos"}, nil},
		{"an appositive names a person a group's member",
			"Octavio Ramos Peña, a Los Lobos member, was extradited by Ecuador.",
			[]string{"Octavio Ramos Peña|memberOf|Los Lobos"}, nil},
		{"a former leader leads no more",
			"Octavio Ramos Peña, a former Los Lobos leader, spoke to reporters.",
			nil, []string{"Octavio Ramos Peña|leads|Los Lobos"}},
		{"a role in a group is membership",
			"Octavio Ramos Peña played a prominent role in the violent Los Lobos for a decade.",
			[]string{"Octavio Ramos Peña|memberOf|Los Lobos"}, nil},
		{"an agreement signed with a partner",
			"Panama receives funds under the Darién Border Security Agreement signed in 2023 with Colombia.",
			[]string{"Panama|signed|Darién Border Security Agreement", "Colombia|signed|Darién Border Security Agreement"}, nil},
		{"an agreement secured with a partner",
			"Panama secured the Darién Border Security Agreement with Colombia in March.",
			[]string{"Panama|signed|Darién Border Security Agreement", "Colombia|signed|Darién Border Security Agreement"}, nil},
		{"an agreement not secured",
			"Panama never secured the Darién Border Security Agreement with Colombia.",
			nil, []string{"Colombia|signed|Darién Border Security Agreement"}},
		{"a definite description refers to the body with that head noun",
			"Peru launched the Andean Security Initiative last year. Officials praised its work. Chile will fund the initiative.",
			[]string{"Chile|supports|Andean Security Initiative"}, nil},
		{"a definite description with no body of that noun refers to nothing",
			"Peru sent troops. This mission will support Ecuador.",
			nil, []string{"Peru|supports|Ecuador"}},
		{"an ordinal makes meeting a noun",
			"Laura Pinto and Peru will attend the fourth meeting of the border commission.",
			nil, []string{"Laura Pinto|metWith|Peru"}},
		{"coordinated subjects over an 'Ambassador to' title",
			"Laura Pinto and Ambassador to Peru Mario Lara Gil met with President Daniel Noboa.",
			[]string{"Laura Pinto|metWith|Daniel Noboa", "Mario Lara Gil|metWith|Daniel Noboa"}, nil},
		{"an unresolved 'we' is no actor named before",
			"As I told President Daniel Noboa when we met in Quito, Peru and Chile stand together.",
			nil, []string{"Daniel Noboa|metWith|Peru", "Daniel Noboa|metWith|Chile"}},
		{"the holder of a title in apposition acts, not the body named by its acronym",
			"Laura Pinto, commander of the Colombian Navy (ARC), visited Panama on Monday.",
			[]string{"Laura Pinto|metWith|Panama"}, []string{"Colombian Navy|metWith|Panama"}},
		{"objects of a visit do not meet each other",
			"Laura Pinto visited Panama and Costa Rica this week and met with local leaders.",
			nil, []string{"Panama|metWith|Costa Rica"}},
		{"a fronted place is not coordinated with the subject",
			"In Panama, Laura Pinto joined President Daniel Noboa at the port.",
			[]string{"Laura Pinto|metWith|Daniel Noboa"}, []string{"Panama|metWith|Daniel Noboa"}},
		{"a body modifying officials is not the actor",
			"President Daniel Noboa and Government of Peru officials hosted Laura Pinto in Quito.",
			[]string{"Daniel Noboa|metWith|Laura Pinto"}, []string{"Peru|metWith|Laura Pinto"}},
		{"a place after an unnamed object is not the object",
			"Los Lobos has fuelled the violence by backing rival gangs within Peru.",
			nil, []string{"Los Lobos|supports|Peru"}},
		{"a participle after a plain noun has that noun as actor",
			"Officials praised the Colombian Navy and all personnel supporting the Andean Security Initiative.",
			nil, []string{"Colombian Navy|supports|Andean Security Initiative"}},
		{"a comma alone does not coordinate the nearest actor",
			"During the hearing with Laura Pinto, Senator Mario Lara Gil met with Daniel Noboa.",
			[]string{"Mario Lara Gil|metWith|Daniel Noboa"}, []string{"Laura Pinto|metWith|Daniel Noboa"}},
		{"a rank written before a name lets 'the admiral' refer to it",
			"Adm. Laura Pinto arrived in Quito on Monday. The admiral met with President Daniel Noboa.",
			[]string{"Laura Pinto|metWith|Daniel Noboa"}, nil},
		{"a coordinated body with a title leads to the person holding it",
			"Laura Pinto met with Defense Minister Mario Lara Gil and Colombian Navy Commander Adm. Rodrigo Fuentes Ibarra.",
			[]string{"Laura Pinto|metWith|Mario Lara Gil", "Laura Pinto|metWith|Rodrigo Fuentes Ibarra"}, []string{"Laura Pinto|metWith|Colombian Navy"}},
		{"a compound of a government and a demonym cooperating",
			"Colombia thanked Peru. The arrest crowned years of Colombian-Peruvian cooperation.",
			[]string{"Colombia|cooperatesWith|Peru"}, nil},
		{"coordinated subjects stand together",
			"Nothing is out of reach when Peru and Chile stand together.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"coordinated subjects stood together",
			"Peru and Chile stood together against the gangs.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"the members of a group that pledged support, listed by 'including'",
			"Peru launched the Andean Security Initiative in May. We thank the nations that pledged financial support to the initiative in its first year, including Chile, Bolivia and Colombia.",
			[]string{"Chile|supports|Andean Security Initiative", "Bolivia|supports|Andean Security Initiative", "Colombia|supports|Andean Security Initiative"},
			[]string{"Chile|supports|Bolivia"}},
		{"support to something unnamed has no named object",
			"We thank all the countries that have pledged financial support to this effort, including Chile, Bolivia and Colombia.",
			nil, []string{"Chile|supports|Bolivia", "Bolivia|supports|Colombia"}},
		{"an adjective before a noun cue keeps it a noun",
			"Analysts praised the military support of Chile to Ecuador.",
			nil, []string{"Chile|supports|Chile"}},
		{"a possessor's support to an actor",
			"Officials welcomed Chile's support to Ecuador last year.",
			[]string{"Chile|supports|Ecuador"}, nil},
		{"a coordinated possessor of a commitment",
			"The ministers reaffirmed Peru and Chile's shared commitment to border security.",
			[]string{"Peru|cooperatesWith|Chile"}, nil},
		{"a coordinated possessor of a partnership",
			"Analysts praised Colombia and Ecuador's partnership on the border.",
			[]string{"Colombia|cooperatesWith|Ecuador"}, nil},
		{"a long title with 'and' after a government leads to the person",
			"Laura Pinto hosted Daniel Noboa and Peru's National Security and Intelligence Advisor Mario Lara Gil in Lima.",
			[]string{"Laura Pinto|metWith|Mario Lara Gil"}, []string{"Laura Pinto|metWith|Peru"}},
	})
}

// TestRelationSentence: a relation carries its sentence, the sentence's
// offsets in the article and the date the sentence states.
func TestRelationSentence(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "Security news\n\nIt rained. Colombia and Panama signed the Darién Border Security Agreement on March 3, 2024."
	x := ex.Extract(schema.Article{ID: "t", Text: text})
	i := slices.IndexFunc(x.Relations, func(r schema.Relation) bool { return r.Subject == "Colombia" && r.Predicate == "signed" })
	if i < 0 {
		t.Fatalf("no relation Colombia signed: %+v", x.Relations)
	}
	r := x.Relations[i]
	if r.Date != "2024-03-03" {
		t.Errorf("date = %q, want 2024-03-03", r.Date)
	}
	if r.End <= r.Start || text[r.Start:r.End] != r.Sentence || !strings.HasPrefix(r.Sentence, "Colombia and Panama") {
		t.Errorf("sentence %q at [%d, %d) does not cut %q", r.Sentence, r.Start, r.End, text[r.Start:r.End])
	}
}

func TestSentenceDate(t *testing.T) {
	for _, c := range []struct{ s, published, want string }{
		{"Police arrested him on Jan. 5, 2024.", "", "2024-01-05"},
		{"Police arrested him on 5 January 2024.", "", "2024-01-05"},
		{"On November 22, soldiers captured him.", "2023-12-01", "2023-11-22"},
		{"On December 22, soldiers captured him.", "2023-12-01", ""}, // after publication: not this year
		{"The leaders met in November 2023.", "", "2023-11"},
		{"The leaders met.", "2023-12-01", ""},
	} {
		if got := sentenceDate(c.s, c.published); got != c.want {
			t.Errorf("sentenceDate(%q, %q) = %q, want %q", c.s, c.published, got, c.want)
		}
	}
}

func TestHeadTitle(t *testing.T) {
	for _, c := range []struct {
		title  string
		cartel bool
		want   bool
	}{
		{"leader", true, true},
		{"co-founder and current leader", true, true},
		{"alleged leader", true, true},
		{"head of security", true, false},
		{"Director", false, true},
		{"Deputy Director", false, false},
		{"Special Agent in Charge", false, false},
		{"spokesman", false, false},
		{"commander", false, true},
	} {
		if got := headTitle(c.title, c.cartel); got != c.want {
			t.Errorf("headTitle(%q, %v) = %v, want %v", c.title, c.cartel, got, c.want)
		}
	}
}

// TestAuthorGovernment checks that a text headed "Statement by X" speaks
// for X's government: an indictment with no prosecutor named is its, and
// so is "we" outside quotation marks. Invented copy.
func TestAuthorGovernment(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, want string
	}{
		{"Statement by Attorney General Dana Whitfield of the United States\n\nToday Mexico transferred Carlos Mena Ruiz, who has been indicted for drug trafficking.",
			"United States|charged|Carlos Mena Ruiz"},
		{"Statement by Attorney General Dana Whitfield of the United States\n\nWe will continue to support Honduras in this fight.",
			"United States|supports|Honduras"},
	} {
		x := ex.Extract(schema.Article{ID: "t", Text: c.text})
		var got []string
		for _, r := range x.Relations {
			got = append(got, r.Subject+"|"+r.Predicate+"|"+r.Object)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("Extract(%q) relations = %v, want %s", c.text, got, c.want)
		}
	}
}

// TestHeadlineMeeting checks that a meeting named in a Title Case headline
// is read as the noun it is: "Readout of the Meeting between A, B, and C".
func TestHeadlineMeeting(t *testing.T) {
	ex, err := New()
	if err != nil {
		t.Fatal(err)
	}
	x := ex.Extract(schema.Article{ID: "t", Text: "Readout of the Meeting between Peru, Chile, and Bolivia\n\nToday, the ministers met online."})
	var got []string
	for _, r := range x.Relations {
		got = append(got, r.Subject+"|"+r.Predicate+"|"+r.Object)
	}
	for _, want := range []string{"Peru|metWith|Chile", "Peru|metWith|Bolivia", "Chile|metWith|Bolivia"} {
		if !slices.Contains(got, want) {
			t.Errorf("relations = %v, want %s", got, want)
		}
	}
}
