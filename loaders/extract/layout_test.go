package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLayoutSpeakers checks speakers given by the page layout: a heading
// over dashed quotations, a paragraph ending with a colon over quotation
// paragraphs, a "Statement by X" headline, a labelled line. All copy is
// invented.
func TestLayoutSpeakers(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Statement
	}{
		{"heading then dashed quotations with labels and dates",
			"Lawmakers Then and Now\nHere is what they said:\nSen. Marta Quiroga (D-NM)\n- THEN: “The embargo has failed the people of the island.” (3/2/19)\n- NOW: “The embargo is the only lever we have left.” (1/5/26)\nRep. Dario Vence\n- THEN: “We should talk to every government in the region.” (4/4/20)",
			[]schema.Statement{
				{Speaker: "Marta Quiroga", Quote: "The embargo has failed the people of the island."},
				{Speaker: "Marta Quiroga", Quote: "The embargo is the only lever we have left."},
				{Speaker: "Dario Vence", Quote: "We should talk to every government in the region."},
			}},
		{"heading with a programme, topic before the quotation",
			"Sunday Interviews\nTrade Secretary Olga Brandt on Morning Desk\n- On the port strike: “The ports will reopen by Friday and the cargo will move.”",
			[]schema.Statement{{Speaker: "Olga Brandt", Quote: "The ports will reopen by Friday and the cargo will move."}}},
		{"an item's own attribution wins",
			"Reactions\nMinister Ana Ruiz\n- “We welcome the arrests in the north,” said Governor Pablo Ortega.",
			[]schema.Statement{{Speaker: "Pablo Ortega", Quote: "We welcome the arrests in the north"}}},
		{"paragraph ending with a colon, quotation over two paragraphs",
			"H\nInterior Minister Rosa Calderón released the following statement on the arrest of Tomás Vidal:\n“The arrest shows that no one is beyond the reach of the law.\n“We thank the police officers who made it possible.”",
			[]schema.Statement{
				{Speaker: "Rosa Calderón", Quote: "The arrest shows that no one is beyond the reach of the law."},
				{Speaker: "Rosa Calderón", Quote: "We thank the police officers who made it possible."},
			}},
		{"an intro paragraph naming one person most, then quotation items",
			"SOTO: The Coast Is Ours\nThis morning, Interior Minister Elena Soto joined two radio programs to discuss the arrest of Ramiro Vidal. Minister Soto underscored President Luis Arce's commitment to the coast.\n- “There is no war. We are fighting the traffickers, not our neighbours.” (Listen)\n- “The navy will stay in the bay until the routes are closed.” (Listen)",
			[]schema.Statement{
				{Speaker: "Elena Soto", Quote: "There is no war. We are fighting the traffickers, not our neighbours."},
				{Speaker: "Elena Soto", Quote: "The navy will stay in the bay until the routes are closed."},
			}},
		{"an intro paragraph naming two people as often gives no speaker",
			"Reactions\nElena Soto met Luis Arce on Monday.\n- “The talks went well and will go on.”\n- “We will meet again.”",
			nil},
		{"statement-by headline",
			"Statement by Ambassador Irene Solís on the Border Talks\n“The talks were frank and they will continue next month.”",
			[]schema.Statement{{Speaker: "Irene Solís", Quote: "The talks were frank and they will continue next month."}}},
		{"statement-by line, then a dateline before quotation paragraphs that run on",
			"Port Deal Approved\nStatement by Ambassador Irene Solís\nPuerto Azul, May 3, 2019 - “The assembly approved the port agreement today.\n“Both our nations will gain from the new routes.",
			[]schema.Statement{
				{Speaker: "Irene Solís", Quote: "The assembly approved the port agreement today."},
				{Speaker: "Irene Solís", Quote: "Both our nations will gain from the new routes."},
			}},
		{"a headline opening with the speaker's name and a colon, dateline before the quotation",
			"Irene Solís: Return of Fugitive Tomás Vidal Is a Step Forward\nPuerto Azul, May 3, 2019 -- \"The police handed over Tomás Vidal on Friday.\n\"We will keep working with the police.",
			[]schema.Statement{
				{Speaker: "Irene Solís", Quote: "The police handed over Tomás Vidal on Friday."},
				{Speaker: "Irene Solís", Quote: "We will keep working with the police."},
			}},
		{"a long statement-from headline, a date line, then quotation paragraphs",
			"Statement from Acting Director of Customs Nadia Ferrel on the Closing of the Old Customs Yard at the Northern Harbour of Puerto Azul\nMarch 4, 2016\n“The yard served the city for forty years and its workers deserve our thanks.”\n“A new yard opens next spring on the eastern pier.”",
			[]schema.Statement{
				{Speaker: "Nadia Ferrel", Quote: "The yard served the city for forty years and its workers deserve our thanks."},
				{Speaker: "Nadia Ferrel", Quote: "A new yard opens next spring on the eastern pier."},
			}},
		{"a date line under an ordinary headline gives no speaker",
			"Acting Director Nadia Ferrel Closes the Old Customs Yard\nMarch 4, 2016\n“The yard served the city for forty years.”",
			nil},
		{"a nickname quoted inside a quotation under a colon paragraph",
			"H\nInterior Minister Rosa Calderón released the following statement on the arrest of Tomás Vidal (“El Zurdo”):\n“Today Tomás Vidal (“El Zurdo”) and his brother are in custody. We thank the police officers who made it possible.”",
			[]schema.Statement{{Speaker: "Rosa Calderón", Quote: "Today Tomás Vidal (“El Zurdo”) and his brother are in custody. We thank the police officers who made it possible."}}},
		{"a dateline paragraph that names a person is no quotation paragraph",
			"Irene Solís: Talks Resume\nPuerto Azul, May 3, 2019 - Minister Tito Ferrán arrived.\n“The talks resume on Monday.”",
			nil},
		{"labelled lines of a roundup",
			"What They Are Saying\nGov. Elena Marsh: “The bridge will be rebuilt within the year.”\nMayor Tito Ferrán: “Our town has waited long enough for this.”",
			[]schema.Statement{
				{Speaker: "Elena Marsh", Quote: "The bridge will be rebuilt within the year."},
				{Speaker: "Tito Ferrán", Quote: "Our town has waited long enough for this."},
			}},
		{"a roundup's label naming a body around a country's name",
			"What They Are Saying\nGov. Elena Marsh: “The bridge will be rebuilt within the year.”\nPeru First Coalition: “The port deal is a win for every worker on the coast.”",
			[]schema.Statement{
				{Speaker: "Elena Marsh", Quote: "The bridge will be rebuilt within the year."},
				{Speaker: "Peru First Coalition", Quote: "The port deal is a win for every worker on the coast."},
			}},
		{"a label with a country's name and no quotation after it names no one",
			"What They Are Saying\nGov. Elena Marsh: “The bridge will be rebuilt within the year.”\nPeru First Coalition: The port deal is a win.",
			[]schema.Statement{
				{Speaker: "Elena Marsh", Quote: "The bridge will be rebuilt within the year."},
			}},
		{"an ordinary headline gives its quotation no speaker",
			"Minister Ana Ruiz Visits the Port\n“The cranes have not moved in a week.”",
			nil},
		{"a colon paragraph that announces no speech",
			"H\nThe police named the two men held, Tomás Vidal and Raúl Peña:\n“Both have long records in the province.”",
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			got := speakerQuotes(x)
			if len(got) != len(c.want) {
				t.Fatalf("Extract(%q) statements = %+v, want %+v", c.text, got, c.want)
			}
			for i := range got {
				if got[i].Speaker != c.want[i].Speaker || got[i].Quote != c.want[i].Quote {
					t.Errorf("Extract(%q) statement %d = %+v, want %+v", c.text, i, got[i], c.want[i])
				}
			}
		})
	}
}
