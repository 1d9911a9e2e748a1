package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestGenericTitlePhrases checks the title-phrase grammar on wordings the
// specific role patterns do not list.
func TestGenericTitlePhrases(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person, org string
	}{
		{"possessor, title, portfolio after for", "H\nTalks opened in Lima. Peru's minister for rural affairs, Teodora Quispe Mamani, chaired them.",
			"Teodora Quispe Mamani", "Peru"},
		{"title of the body, rank, name", "H\nThe Inspector General of the National Civil Police, Commissioner Anselmo Ticona Vargas, resigned on Monday.",
			"Anselmo Ticona Vargas", "National Civil Police"},
		{"rank guessed gives way to the stated body", "H\nThe Superintendent of the Royal Canadian Mounted Police, Gen. Maurice Trudel-Lavoie, flew to Lima.",
			"Maurice Trudel-Lavoie", "Royal Canadian Mounted Police"},
		{"head of a unit, apposed unit name", "H\nMajor Ignacio Barreto Sosa, head of the army's logistics unit, the Directorate of Military Supply, denied it.",
			"Ignacio Barreto Sosa", "Directorate of Military Supply"},
		{"hyphenated unit words before an apposed unit", "H\nCaptain Ruth Ibarra Solano, head of the navy's counter-narcotics unit, the Maritime Interdiction Directorate, said so.",
			"Ruth Ibarra Solano", "Maritime Interdiction Directorate"},
		{"acronym defined in parentheses, then used alone", "H\nThe Instituto de Análisis Marítimo (IDAM) released its data on Monday. The IDAM coordinator, Berenice Tapia Luján, presented them in Lima.",
			"Berenice Tapia Luján", "Instituto de Análisis Marítimo"},
		{"firm named with an ampersand", "H\nThe appeal was filed on Monday. Her lawyer, Irene Bastos of the Lisbon firm Bastos & Melo, said the ruling was flawed.",
			"Irene Bastos", "Bastos & Melo"},
		{"elected for a party written in lower case", "H\nThe town council met on Friday. Its mayor, Delia Marte Soto, who was elected in 2022 for the Avanza party, voted against the plan.",
			"Delia Marte Soto", "Avanza"},
		{"prison word inside a body's name", "H\nThe National Penitentiary Institute (INP) runs 25 prisons. INP spokeswoman Rosa Díaz Mena said the riot was over.",
			"Rosa Díaz Mena", "National Penitentiary Institute"},
		{"region as the remit before the name", "H\nThe State Department's senior official for Central America, Norah Pellegrini, landed in Managua.",
			"Norah Pellegrini", "Department of State"},
		{"who heads a firm described before its name", "H\nTobias Ekwueme, a former customs officer who now heads the consulting firm Puerto Claro Riesgos, said scanners were idle.",
			"Tobias Ekwueme", "Puerto Claro Riesgos"},
		{"hyphenated title, unknown given name", "H\nZebulon Ferrante, co-founder of the Andean Policy Institute, said so.",
			"Zebulon Ferrante", "Andean Policy Institute"},
		{"a head that modifies the next head", "H\nChile's deputy foreign minister for Asia, Ramiro Lisboa Echenique, flew to Beijing.",
			"Ramiro Lisboa Echenique", "Chile"},
		{"possessed title after an unknown given name", "H\nOfficials met on Monday. Teófilo Garmendia, Bolivia's interior minister, told state radio that troops were deployed.",
			"Teófilo Garmendia", "Bolivia"},
		{"capital named as the place of the sentence", "H\nWASHINGTON — The talks stalled. In Managua, Foreign Minister Aldegunda Rivas called the sanctions illegal.",
			"Aldegunda Rivas", "Nicaragua"},
		{"US legislator with party and state in apposition", "H\nRep. Cordelia Ashworth, a Texas Republican, praised the deployment.",
			"Cordelia Ashworth", "United States"},
		{"ambassador to a country belongs to the sending one", "H\nPeru's ambassador to Brazil, Clotilde Yupanqui Rosas, said the talks would resume.",
			"Clotilde Yupanqui Rosas", "Peru"},
		{"Spanish organisation head", "H\nThe president of the Cooperativa Cafetera del Alto Huila, Eliécer Manrique Tovar, said prices fell.",
			"Eliécer Manrique Tovar", "Cooperativa Cafetera del Alto Huila"},
		{"the body a possessive names", "H\nTreasury sanctioned Aurelio Gándara Píriz and his firm, Gándara Píriz & Socios, on Friday.",
			"Aurelio Gándara Píriz", "Gándara Píriz & Socios"},
		{"region word before the head", "H\nPerpetua Ilori, Caribbean director at the Open Borders Institute, criticized the plan.",
			"Perpetua Ilori", "Open Borders Institute"},
		{"counterpart after 'with' is a remit", "H\nPeru suspended the talks on Monday. Anacleto Sotomayor, the government's chief negotiator with the Shining Path, said the talks were frozen.",
			"Anacleto Sotomayor", "Peru"},
		{"envoy for a country belongs to the possessor", "H\nThe UN's special envoy for Haiti, Bartolomé Ugarte Sanz, said aid was blocked.",
			"Bartolomé Ugarte Sanz", "United Nations"},
		{"place between the body and the title", "H\nSAN JUAN — The DEA made 30 arrests. DEA San Juan Special Agent in Charge Wilhelmina Okonjo said more would follow.",
			"Wilhelmina Okonjo", "Drug Enforcement Administration"},
		{"party in parentheses", "H\nDeputy Amalia Toruño Baca (Green Alliance Party) voted against the bill.",
			"Amalia Toruño Baca", "Green Alliance Party"},
		{"apposition after a parenthesis", "H\nSenator Octavio Lugones Paz (Civic Union Party), chair of the budget committee of the National Assembly, opposed it.",
			"Octavio Lugones Paz", "National Assembly"},
		{"age between the name and the apposition", "H\nQUITO — Police raided the port. Ana Ruiz Tello, 38, a spokeswoman for the Attorney General's Office, said 12 people were held.",
			"Ana Ruiz Tello", "Attorney General's Office"},
		{"alias alone with a body in apposition", "H\nQUITO — Police raided the port. Pirulo, the leader of the Los Tiburones gang, escaped in January.",
			"Pirulo", "Los Tiburones"},
		{"criminal trade as a title", "H\nProsecutors charged Evaristo Lumbreras, a financier for the Sinaloa Cartel, with laundering.",
			"Evaristo Lumbreras", "Sinaloa Cartel"},
		{"a person's name is not the front of a body after 'of'", "H\nMEXICO CITY — The raids began on Monday. Security analyst Rodolfo Ahumada of Lantia Consultores called it theater.",
			"Rodolfo Ahumada", "Lantia Consultores"},
		{"the observatory's coordinator", "H\nQUITO — The Andean Observatory of Prisons (AOP) published a report. “The state has lost the prisons,” said Evaristo Quiñónez Loor, the observatory's coordinator.",
			"Evaristo Quiñónez Loor", "Andean Observatory of Prisons"},
		{"who runs the body's team", "H\n“It is a trap,” said Ofelia Marroquín Pérez, who runs the Inter-American Development Bank's data team.",
			"Ofelia Marroquín Pérez", "Inter-American Development Bank"},
		{"lower-case portfolio words before the head", "H\nThe deal was signed in Quito by Chile's public works minister, Anselmo Ferrada Rojas.",
			"Anselmo Ferrada Rojas", "Chile"},
		{"a bare lower-case portfolio title goes to the ministry the text names", "H\nLIMA — The justice ministry said on Monday that 40 inmates escaped. The justice minister, Eulalia Condori Paz, ordered an inquiry.",
			"Eulalia Condori Paz", "justice ministry"},
		{"a department named by its portfolio words", "H\nThe Department of Homeland Security funds the program. Homeland security secretary Aurelia Danforth toured the port in May.",
			"Aurelia Danforth", "Department of Homeland Security"},
		{"plural possessive inside a body's name", "H\n“It is a bad day,” said Rosalind Parr-Whitby, president of the Ontario Builders’ Council, in a statement.",
			"Rosalind Parr-Whitby", "Ontario Builders’ Council"},
		{"'for a' inside a body's name", "H\n“Nobody wins,” said Ofelia Duarte Rey, a researcher at the Alliance for a Safer Border (ASB), a watchdog in Lima.",
			"Ofelia Duarte Rey", "Alliance for a Safer Border"},
		{"a legislator's party after 'for'", "H\n“It fails,” said Rodolfo Mena, a member of the National Assembly for the Green Party.",
			"Rodolfo Mena", "Green Party"},
		{"the legislature without the party", "H\n“It fails,” said Rodolfo Mena, a member of the National Assembly for the Green Party.",
			"Rodolfo Mena", "National Assembly"},
		{"a party in an apposition opened by 'of'", "H\nThe governor, Aurelio Paz Medina, of the governing Avanza party, denied it.",
			"Aurelio Paz Medina", "Avanza"},
		{"a lawmaker from a party", "H\nQUITO — Fabiola Ordóñez, a lawmaker from the opposition Nuevo Rumbo party, voted no.",
			"Fabiola Ordóñez", "Nuevo Rumbo"},
		{"its leader after a movement", "H\nThe opposition Popular Renewal movement has campaigned for a no vote. Its leader, Tomasa Quiroga, said the plan was bad.",
			"Tomasa Quiroga", "Popular Renewal"},
		{"its leader after a hyphenated adjective", "H\nThe Los Halcones gang controls the port. Its best-known leader, Fermín Olaya, known as Tigre, said his men would resist.",
			"Fermín Olaya", "Los Halcones"},
		{"its leader is the movement of the sentence before, not a gang further back", "H\nPolice blamed the Los Halcones gang for the attack. The opposition Patria Nueva movement opposes the plan. Its leader, Iris Mendoza Ruiz, said so.",
			"Iris Mendoza Ruiz", "Patria Nueva"},
		{"the committee's ranking Democrat, another body named between", "H\nDemocrats on the House Judiciary Committee released the files, which show the Justice Department's Office of Legal Policy paid. “It is wrong,” said Representative Elmer Castillo, the committee’s ranking Democrat, in a statement.",
			"Elmer Castillo", "House Judiciary Committee"},
		{"a one-word body with an organisation apposition", "H\n“They vanish,” said Dora Ibáñez Rojas, who heads the legal team at Amparex, a Peruvian human rights organisation.",
			"Dora Ibáñez Rojas", "Amparex"},
		{"the president's envoy with no president named: the dateline's government", "H\nWASHINGTON — US flights resumed under a deal reached with Caracas, when the president’s special envoy, Gideon Marsh, met Nicolás Maduro.",
			"Gideon Marsh", "United States"},
		{"the president's spokesman: the last president named", "H\nWASHINGTON — US officials met Bolivia's president, Rodrigo Paz, on Monday. Later the president’s spokesman, Evaristo Quispe, said talks went well.",
			"Evaristo Quispe", "Bolivia"},
		{"the Minister of X is the head of the Ministry of X the text names", "H\nASUNCIÓN — The Ministry of Public Works informs the public of the closure. The Minister of Public Works, Anselmo Duarte Vera, stated: “The bridge will reopen.”",
			"Anselmo Duarte Vera", "Ministry of Public Works"},
		{"hyphenated modifier before the head in an apposition", "H\n“It stays on paper,” said Jaime Olaechea, a drug-trafficking expert at the Andean Studies Institute.",
			"Jaime Olaechea", "Andean Studies Institute"},
		{"lower-case modifiers before the head in an apposition", "H\n“It stays on paper,” said Rocío Tapia Llosa, a coca economy researcher at the Andean Studies Institute.",
			"Rocío Tapia Llosa", "Andean Studies Institute"},
		{"a hyphen between capitalised words inside a body's name", "H\n“It varies,” said Inés Ocampo Ruiz, who heads research at the Center for U.S.-Andean Studies.",
			"Inés Ocampo Ruiz", "Center for U.S.-Andean Studies"},
		{"a party after 'of the opposition'", "H\nSenator Matilde Arrieta of the opposition Civic Renewal Party said the deal went too far.",
			"Matilde Arrieta", "Civic Renewal Party"},
		{"'Its head' after a sentence opened by a body, a gang further back", "H\nThe rebels fight the Gulf Clan near the border. Troops were sent. The International Crisis Group urged restraint on Monday. Its head, Marisol Ventura Paz, said the talks must resume.",
			"Marisol Ventura Paz", "International Crisis Group"},
		{"the body's acronym in apposition before a ranked name", "H\nThe head of the Dominican anti-drug agency, the DNCD, Rear Admiral Aurelio Banegas Paz, said seizures doubled.",
			"Aurelio Banegas Paz", "DNCD"},
		{"an unknown acronym in apposition names the body", "H\nThe head of the Honduran anti-drug agency, the DLCN, Commissioner Aurelio Banegas Paz, said seizures doubled.",
			"Aurelio Banegas Paz", "DLCN"},
		{"its leader, then a lower-case title before the name", "H\nThe Los Halcones gang controls the port. Its leader, former police officer Fermín Olaya Cruz, is under sanctions.",
			"Fermín Olaya Cruz", "Los Halcones"},
		{"a place-based modifier before the body", "H\n“It is a sign,” said Rosa Elvira Tejada, a researcher at the Lima-based Institute for Andean Security.",
			"Rosa Elvira Tejada", "Institute for Andean Security"},
		{"a capitalised title is the office of state", "H\nSpain's Interior Ministry said 12 people were held. Interior Minister Anselmo Rivas Gil praised the police.",
			"Anselmo Rivas Gil", "Spain"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, r := range x.Roles {
				if r.Person == c.person && schema.Fold(r.Org) == schema.Fold(c.org) {
					return
				}
				for _, e := range x.Entities {
					if r.Person == c.person && schema.Fold(e.Name) == schema.Fold(r.Org) && hasEntity(schema.Extraction{Entities: []schema.Entity{e}}, c.org, e.Type) {
						return
					}
				}
			}
			t.Errorf("Extract(%q) roles = %+v, want %s of %s", c.text, x.Roles, c.person, c.org)
		})
	}
}

// TestGenericStatementMechanisms checks speakers found through the title
// grammar, transcript introductions and role nouns.
func TestGenericStatementMechanisms(t *testing.T) {
	ex := newExtractor(t)
	// an unnamed speaker set up in the paragraph before gives no statement
	x := ex.Extract(article("H\nA port guard, who asked not to be named, agreed to describe the night shift.\n“Nobody checks the reefers after midnight, nobody at all.”"))
	if len(x.Statements) != 0 {
		t.Errorf("unnamed introduced speaker: statements = %+v, want none", x.Statements)
	}
	// "it" after a document is not the last institution
	x = ex.Extract(article("H\nQUITO — Ecuador's prisons are full. The report, titled “Walls Without a State,” found fees for cells. It said guards were “complicit or simply terrified.”"))
	if len(x.Statements) != 0 {
		t.Errorf("'it' of a report: statements = %+v, want none", x.Statements)
	}
	// a pronoun after someone unnamed in its sentence is not the author's
	x = ex.Extract(article("H\nBy Irene Salcedo Ruiz\nLast year I met a coca farmer in Tumaco; she told me the crop was “the only thing that still pays.”"))
	if len(x.Statements) != 0 {
		t.Errorf("pronoun of an unnamed person: statements = %+v, want none", x.Statements)
	}
	for _, c := range []struct {
		name, text, speaker, quote string
	}{
		{"a neighbour in apposition is a person", "H\nBy Irene Salcedo Ruiz\nHer neighbour, Anacleto Mosquera, was blunter: “Without the crop, we starve.”",
			"Anacleto Mosquera", "Without the crop, we starve."},
		{"an apposition of a named person is not someone unnamed", "H\nRosa Quispe, a former police officer who runs a shelter, said she was afraid, and that she had told them “nobody is safe here now.”",
			"Rosa Quispe", "nobody is safe here now."},
		{"verb then a title with a portfolio", "H\n“We will freeze every account they opened,” said Assistant Secretary for Trade and Finance Marion K. Holloway.",
			"Marion K. Holloway", "We will freeze every account they opened"},
		{"host named in the introduction", "H\nTranscript of a morning show on Radio Norte. Host: Ana Ríos Beltrán. Guest: Tomás Lerma, mayor of the town.\nHOST: “Mayor, welcome to the show this morning.”\nMAYOR LERMA: Thank you for having me here today.",
			"Ana Ríos Beltrán", "Mayor, welcome to the show this morning."},
		{"label written in ordinary case in the text", "H\nTranscript. Guest: Tomás Lerma, the mayor. A listener, Berta Quintal, called in.\nMAYOR LERMA: The road will be paved by June.\nBERTA QUINTAL: “They said that last year and nothing was done.”",
			"Berta Quintal", "They said that last year and nothing was done."},
		{"role noun of two heads", "H\nThe Inspector General of the Navy, Admiral Jacinto Olmedo Paz, suspended two captains. “The Navy does not protect those who betray it,” the Inspector General said.",
			"Jacinto Olmedo Paz", "The Navy does not protect those who betray it"},
		{"institution with a report verb in the present", "H\nLIMA — The Justice Ministry reaffirms its “commitment to a clean and open trial” in the case.",
			"Justice Ministry", "commitment to a clean and open trial"},
		{"quotation paragraphs after the paragraph that introduces the speaker", "H\nNadia Ferreyra Luz, a nurse who worked at the clinic for a decade, agreed to explain what happened. She asked that her town not be named.\n“The first week the medicine ran out. Then the doctors left.\n“By March we were alone with the sick.”",
			"Nadia Ferreyra Luz", "By March we were alone with the sick."},
		{"relative in apposition gives a person and a gender", "H\nTeodulfo Ical has farmed the valley for years. “The river is rising,” Ical said. His daughter, Eulalia Ical Choc, looked away. “Nobody will help us now,” she said.",
			"Eulalia Ical Choc", "Nobody will help us now"},
		{"a place after 'of' is not the speaker", "H\nAsked about the raid, Mayor Eliseo Batz of Chisec said he had “heard nothing at all about it” from residents.",
			"Eliseo Batz", "heard nothing at all about it"},
		{"headline quotation credited to a title", "“The river ports belong to the gangs now”: a customs chief speaks\nIQUITOS, Peru — Abelardo Quirós Vidal, the customs chief at the port, has seen it all.",
			"Abelardo Quirós Vidal", "The river ports belong to the gangs now"},
		{"characterising verb before a fragment", "H\nPresident Lidia Ocampo has summed up her plan as “order before growth, always.” Critics disagree.",
			"Lidia Ocampo", "order before growth, always."},
		{"an agent noun before the name", "H\nA listener, Eufemia Carabalí, called the station. “The road has been closed since March,” she said.",
			"Eufemia Carabalí", "The road has been closed since March"},
		{"speaker with the place of the office before the verb", "H\n“The gangs have won this round,” Mayor Leoncio Arrieta of Buenaventura told a local radio station.",
			"Leoncio Arrieta", "The gangs have won this round"},
		{"the role holder's words around the quotation", "H\nDefence Minister Ulises Barrenechea spoke in Arica on Monday.\nThe minister's words – “the border is ours again” – drew ridicule in Tacna.",
			"Ulises Barrenechea", "the border is ours again"},
		{"a named person's reply before the quotation", "H\nUlises Barrenechea spoke in Arica on Monday. Barrenechea's reply was short: “Nothing will change here.”",
			"Ulises Barrenechea", "Nothing will change here."},
		{"verb then a title with a place inside", "H\nSAN JUAN — The DEA made 30 arrests. “This network is finished,” said DEA San Juan Special Agent in Charge Wilhelmina Okonjo.",
			"Wilhelmina Okonjo", "This network is finished"},
		{"according to a statement from an institution", "H\nQUITO — Ecuador's Interior Ministry announced the arrests. “The port is back under the control of the state,” according to a statement from the ministry.",
			"Interior Ministry", "The port is back under the control of the state"},
		{"a statement issued by an institution", "H\nQUITO — Ecuador's Interior Ministry announced the arrests. “The port is back under the control of the state,” read a statement issued by the ministry.",
			"Interior Ministry", "The port is back under the control of the state"},
		{"pronoun after a role-noun subject", "H\nDora Huamaní Ccori, the cooperative's founder, planted the first cacao. Luisa Paredes, a buyer, said prices fell.\nAsked about the future, the founder smiled. “We will plant again next year,” she said.",
			"Dora Huamaní Ccori", "We will plant again next year"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, s := range x.Statements {
				if s.Speaker == c.speaker && s.Quote == c.quote {
					return
				}
				for _, e := range x.Entities {
					if s.Quote == c.quote && e.Name == s.Speaker && hasEntity(schema.Extraction{Entities: []schema.Entity{e}}, c.speaker, e.Type) {
						return
					}
				}
			}
			t.Errorf("Extract(%q) statements = %+v, want %s: %q", c.text, x.Statements, c.speaker, c.quote)
		})
	}
}

// TestFormerBeforeDemonymInApposition checks that "former" before a
// country's adjective makes the post after it a former one.
func TestFormerBeforeDemonymInApposition(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nCasimiro Ugaz, a former Peruvian interior minister who now heads the consulting firm Vigía Andina, said the ports were lost."))
	for _, r := range x.Roles {
		if r.Person == "Casimiro Ugaz" && r.Org == "Peru" {
			if !r.Former {
				t.Errorf("role %+v, want former", r)
			}
			return
		}
	}
	t.Errorf("roles = %+v, want a former post of Casimiro Ugaz in Peru", x.Roles)
}

// TestLowerCasePortfolioApposition checks "The interior minister, X," with
// no country named before the title (the state office of the country the
// article is about), coordinated portfolios ("minister of justice and
// peace", the ministry the text names when it names one) and "who served
// as X" (a former post). The sentences are invented.
func TestLowerCasePortfolioApposition(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person, title, org string }{
		{"H\nLIMA — Peru police raided a market in Peru on Monday.\n\nThe interior minister, Juan Pérez Soto, said 17 suspects had been arrested.", "Juan Pérez Soto", "interior minister", "Peru"},
		{"H\nLIMA — Peru police raided a market in Peru on Monday.\n\nOn Monday the defence minister, Ana Ruiz Onofre, said soldiers would be sent.", "Ana Ruiz Onofre", "defence minister", "Peru"},
		{"H\nBRASILIA — Brazil police raided a market in Brazil on Monday.\n\nBrazil's minister of justice and public security, Mario Soto, flew to Rio.", "Mario Soto", "minister of justice and public security", "Brazil"},
		{"H\nLIMA — Peru police raided a market in Peru on Monday.\n\nAna Ruiz, who served as deputy interior minister until 2021, said the police lacked units.", "Ana Ruiz", "former deputy interior minister", "Peru"},
		{"H\nSAN JOSE — Costa Rica police raided a market in Costa Rica on Monday.\n\nMario Soto, the minister of justice and peace, said it would cost $3m.\n\nThe prison is run by the Ministry of Justice and Peace.", "Mario Soto", "minister of justice and peace", "Ministry of Justice and Peace"},
		{"H\nLIMA — Peru police raided a market in Peru on Monday.\n\nAna Ruiz, who serves as deputy interior minister, said the police lacked units.", "Ana Ruiz", "deputy interior minister", "Peru"},
		{"H\nSAN JOSE — Costa Rica police raided a market in Costa Rica on Monday.\n\nMario Soto, the minister of justice and peace, said it would cost $3m.", "Mario Soto", "minister of justice and peace", "Costa Rica"},
	} {
		x := ex.Extract(article(c.text))
		found := false
		for _, r := range x.Roles {
			if r.Person == c.person && r.Title == c.title && r.Org == c.org {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q) roles = %+v, want %s — %s — %s", c.text, x.Roles, c.person, c.title, c.org)
		}
	}
}
