package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

func TestRolePatterns(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, person, org string
		former                  bool
	}{
		{"in charge, of a unit", "H\nThe FBI’s Houston Field Division led the case. “We will find every supplier,” said Special Agent in Charge Dana Whitfield of the Houston Field Division.",
			"Dana Whitfield", "Houston Field Division", false},
		{"unit's parent", "H\nThe FBI’s Houston Field Division led the case. “We will find every supplier,” said Special Agent in Charge Dana Whitfield of the Houston Field Division.",
			"Dana Whitfield", "Federal Bureau of Investigation", false},
		{"bare title in an agency's release", "H\nMIAMI — The Drug Enforcement Administration (DEA) announced 40 arrests. DEA agents seized 12 kilograms. “No border stops us,” said Administrator Paul Hendricks.",
			"Paul Hendricks", "Drug Enforcement Administration", false},
		{"who heads", "H\nLuis Carranza, who heads the National Anti-Drug Agency, spoke in Lima.", "Luis Carranza", "National Anti-Drug Agency", false},
		{"org chief name", "H\nOn Friday DEA chief Anne Milgram visited the border.", "Anne Milgram", "Drug Enforcement Administration", false},
		{"spokeswoman for", "H\nRosa Delgado, a spokeswoman for the Inter-American Development Bank, declined to comment.", "Rosa Delgado", "Inter-American Development Bank", false},
		{"pronoun copula", "H\nMateo Ruiz studied coca markets for a decade. He is a senior researcher at the Andean Policy Institute.", "Mateo Ruiz", "Andean Policy Institute", false},
		{"led by", "H\nPolice raided the Barrio Sur gang on Monday. The faction, led by former army captain Ramón Osorio, controls the port.", "Ramón Osorio", "Barrio Sur gang", false},
		{"its adjective leader", "H\nThe Barrio Sur gang runs the port. Its imprisoned founder, Walter Ibarra, still gives orders.", "Walter Ibarra", "Barrio Sur gang", false},
		{"who now teaches at", "H\n“It will fail,” said Renata Solís, a former ambassador to Bolivia who now teaches at Tulane University.", "Renata Solís", "Tulane University", false},
		{"rank belongs to the apposition's body", "H\nCol. Andrés Pinto, director of the Ecuadorian National Police's Drug Unit, spoke.", "Andrés Pinto", "Drug Unit", false},
		{"title with a relative clause", "H\nElena Vargas, the lead prosecutor who handles the case for the Anti-Corruption Prosecutor's Office, said the trial would start.", "Elena Vargas", "Anti-Corruption Prosecutor's Office", false},
		{"top diplomat", "H\nThe top U.S. diplomat, Rex Tillerson, landed in Bogotá.", "Rex Tillerson", "United States", false},
		{"then- former", "H\nThen-President Ernesto Zedillo signed it.", "Ernesto Zedillo", "Mexico", true},
		{"title of the body, name", "H\nThe acting director general of the Haitian National Police, Rameau Normil, said officers were outnumbered.",
			"Rameau Normil", "Haitian National Police", false},
		{"bare title after an institution's sentence", "H\nThe Pentagon confirmed the flights. “These are routine missions,” spokesman Dan Kirk told reporters.",
			"Dan Kirk", "Department of Defense", false},
		{"the consultancy X", "H\nEduardo Parra, director of the consultancy Lantia Consultores, said so.",
			"Eduardo Parra", "Lantia Consultores", false},
		{"of the body's unit", "H\n“We will not stop,” said Assistant Attorney General Mark Gale of the Justice Department’s Criminal Division.",
			"Mark Gale", "Criminal Division", false},
		{"sector of a border agency", "H\nChief Patrol Agent Gloria Ruiz of the Laredo Sector said agents seized two tons.",
			"Gloria Ruiz", "Laredo Sector", false},
		{"lawyer with the organization X", "H\nLidia Navas, a lawyer with the organization Cristal Abierto, said 300 people had died.",
			"Lidia Navas", "Cristal Abierto", false},
		{"former before the country", "H\nIn 2023, Washington sanctioned former Paraguayan president Horacio Cartes.",
			"Horacio Cartes", "Paraguay", true},
		{"counterpart", "H\nArgentina's minister met her Paraguayan counterpart, Enrique Riera, on Monday.",
			"Enrique Riera", "Paraguay", false},
		{"US party tag", "H\nSen. Mark Dillon, R-Fla., said the deal was weak.",
			"Mark Dillon", "United States", false},
		{"the Hon.", "H\nKINGSTON, Jamaica — The Minister of National Security, the Hon. Horace Chang, announced new vessels.",
			"Horace Chang", "Jamaica", false},
		{"police spokeswoman before the name", "H\nThe National Police said seven guards were held. A police spokeswoman, Andrea Solís, said they were questioned.",
			"Andrea Solís", "National Police", false},
		{"ambassador is not the host's", "H\nQUITO, Ecuador — Washington pledged more radars for Ecuador. Ambassador Arthur Brown met the president.",
			"Arthur Brown", "United States", false},
		{"title of service is a title", "H\nCommissioner of Police Kevin Blake of the Jamaica Constabulary Force spoke.",
			"Kevin Blake", "Jamaica Constabulary Force", false},
		{"the country's title, name", "H\nBolivia closed its border on Monday. The country's interior minister, Juan Pereira Gómez, said the agents were killed.",
			"Juan Pereira Gómez", "Bolivia", false},
		{"name, the group's founder", "H\nThe Los Cuervos gang grew fast. Luis Vera, the group's founder, fled to Peru.",
			"Luis Vera", "Los Cuervos", false},
		{"the agency's title, name", "H\nThe Drug Enforcement Administration seized two tons. The agency's director, Tom Hale, praised the crews.",
			"Tom Hale", "Drug Enforcement Administration", false},
		{"title with a participle phrase before the body", "H\nThe prosecutor leading the case for the Public Ministry, Rosa Albán, said more arrests would follow.",
			"Rosa Albán", "Public Ministry", false},
		{"who was appointed head of", "H\nSofía Benítez, who was appointed head of the National Anti-Drug Secretariat in May, said so.",
			"Sofía Benítez", "National Anti-Drug Secretariat", false},
		{"remit country then employer", "H\n“We will win,” said Marta Ruiz, the national member for Italy at Eurojust.",
			"Marta Ruiz", "Eurojust", false},
		{"party tag in parentheses, then apposition", "H\nSen. Tom Hale (D-Ohio), chair of the Senate Armed Services Committee, spoke.",
			"Tom Hale", "Senate Armed Services Committee", false},
		{"party tag in parentheses", "H\nSen. Tom Hale (D-Ohio), chair of the Senate Armed Services Committee, spoke.",
			"Tom Hale", "United States", false},
		{"appointed by a named country", "H\nPeru named a drug czar, Alberto Campos, in March.",
			"Alberto Campos", "Peru", false},
		{"now leads research at", "H\nAna Soto left the police in 2020. Soto now leads research on ports at the Andean Policy Institute.",
			"Ana Soto", "Andean Policy Institute", false},
		{"spent years with", "H\nRaúl Mora spent 20 years with the Royal Canadian Mounted Police, the last six running its drugs unit.",
			"Raúl Mora", "Royal Canadian Mounted Police", true},
		{"the country's is the sentence before's subject", "H\nParaguay deployed troops to its border with Brazil and Argentina. The country's interior minister, Juan Pereira, said so.",
			"Juan Pereira", "Paraguay", false},
		{"appointed with a modifier before the title", "H\nCanada named a fentanyl czar, Kevin Marsh, in February.",
			"Kevin Marsh", "Canada", false},
		{"pronoun teaches at", "H\nMónica Páez was a negotiator. She teaches conflict resolution at the Universidad del Rosario in Bogotá.",
			"Mónica Páez", "Universidad del Rosario", false},
		{"country program at the body", "H\nAna Paz, director of the Mexico program at the Washington Office on Latin America, said so.",
			"Ana Paz", "Washington Office on Latin America", false},
		{"head of a country's body, name", "H\nThe head of Costa Rica's Judicial Investigation Agency, Randall Zúñiga, said so.",
			"Randall Zúñiga", "Judicial Investigation Agency", false},
		{"her minister", "H\nHonduran President Xiomara Castro and her security minister, Gustavo Sánchez, spoke.",
			"Gustavo Sánchez", "Honduras", false},
		{"lower-case remit before the body", "H\nAna Paz, deputy director for operations at the Colombian Navy, said so.",
			"Ana Paz", "Colombian Navy", false},
		{"police officer in a police article", "H\nThe National Civil Police arrested ten people. Among them was former police officer Mario Ixcot, who ran the ring.", "Mario Ixcot", "National Civil Police", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, r := range x.Roles {
				if r.Person == c.person && schema.Fold(r.Org) == schema.Fold(c.org) && r.Former == c.former {
					return
				}
				for _, e := range x.Entities {
					if schema.Fold(e.Name) == schema.Fold(r.Org) && r.Person == c.person && r.Former == c.former && hasEntity(schema.Extraction{Entities: []schema.Entity{e}}, c.org, e.Type) {
						return
					}
				}
			}
			t.Errorf("Extract(%q) roles = %+v, want %s of %s (former %v)", c.text, x.Roles, c.person, c.org, c.former)
		})
	}
}

func TestStatementPatterns(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, speaker, quote string // quote "" means: no statement at all
	}{
		{"two-word quotation with a comma before its attribution", "H\nInterior Minister Tomás Ridder spoke on Monday. A truce is “very doubtful,” he said, while the gangs stay armed.",
			"Tomás Ridder", "very doubtful"},
		{"two-word scare quote", "H\nInterior Minister Tomás Ridder spoke on Monday. The gangs made a “tactical retreat,” to the hills, the report said.",
			"", ""},
		{"generic role noun", "H\nGuatemala’s Interior Minister Carlos Reyes said 30 people were held. More arrests are coming, the official said, adding: “We will not stop here.”",
			"Carlos Reyes", "We will not stop here."},
		{"unresolved role noun is skipped", "H\nThe U.S. authorities praised the raid. Ten people were held, the official said, adding: “We will not stop here.”",
			"", ""},
		{"role noun after an unnamed one is anonymous", "H\nGuatemala’s Interior Minister Carlos Reyes said the lab was large. A police official at the scene said records were burned. “They left the reactors on,” the official said.",
			"", ""},
		{"institution as written", "H\nPeru’s Interior Ministry said the raid answered “a sharp rise in extortion cases” in Lima.",
			"Interior Ministry", "a sharp rise in extortion cases"},
		{"pronoun by given name", "H\nAna Beltrán, a nurse, met Jorge Pineda at the clinic. “We have no medicine left,” she said.",
			"Ana Beltrán", "We have no medicine left"},
		{"quote then title and name", "H\n“The sea is our border,” Prime Minister Andrew Holness said on Friday.",
			"Andrew Holness", "The sea is our border"},
		{"quote then body's title and name", "H\n“We face a perfect storm,” the agency’s executive president, Carlos Ramírez, told reporters.",
			"Carlos Ramírez", "We face a perfect storm"},
		{"surname before a namesake appears", "H\nKevin Marsh leads the unit. “Crime is down,” Marsh said. Later Ana Marsh, a lawyer, disagreed.",
			"Kevin Marsh", "Crime is down"},
		{"speaker of the sentence before, not first", "H\nIn Quito, Interior Minister Jorge Ruales told lawmakers the scanners would come. “Every container will be scanned.”",
			"Jorge Ruales", "Every container will be scanned."},
		{"pronoun in the sentence before", "H\nColonel Javier Ramos runs the unit.\nAsked whether the gangs had won, he paused. “I cannot say that officially.”",
			"Javier Ramos", "I cannot say that officially."},
		{"someone doing a job in apposition", "H\nMariela Cedeño, a customs broker, described the pressure. “They come to your house,” she said.",
			"Mariela Cedeño", "They come to your house"},
		{"unnamed speaker after a named one", "H\nMinister Omar Lara said ten labs fell. A navy officer at the scene, who asked not to be named, said he saw it. “They left the burners on,” the officer said.",
			"", ""},
		{"portfolio words before the office", "H\nCanada named a new czar. “We will leave no stone unturned,” Public Safety Minister David Rourke told reporters.",
			"David Rourke", "We will leave no stone unturned"},
		{"attribution in the next paragraph", "H\nMaría Ortega runs a shelter in Tapachula.\n“We have no beds left.\n“The children sleep on the floor,” Ortega said.",
			"María Ortega", "We have no beds left."},
		{"two-word scare quote", "H\nThe minister called the law a “dead letter” in Congress.", "", ""},
		{"action beat before the quote", "H\nMarta Quispe has grown coca for twenty years.\nShe shook her head. “They burned the whole field.”",
			"Marta Quispe", "They burned the whole field."},
		{"role noun without a body", "H\nThe governor, Luis Tapia, visited the port.\n“It is the law,” the governor said.",
			"Luis Tapia", "It is the law"},
		{"quote over a paragraph break", "H\n“We lost two harvests,” said Julio Mamani, a farmer. “Then the buyers left.\n“Nobody came back.”",
			"Julio Mamani", "Nobody came back."},
		{"transcript label with honorific", "H\nSenator Tom Walsh questioned Laura Kemp on Tuesday.\nSEN. WALSH: How many tons crossed the sea?\nMS. KEMP: “More than four hundred tons, and rising.”",
			"Laura Kemp", "More than four hundred tons, and rising."},
		{"label without a fuller name", "H\nMR. PRICE: Good afternoon. We have pledged more aid to the mission.\nQUESTION: And on Venezuela?\nMR. PRICE: “Our position has not changed at all.”",
			"Price", "Our position has not changed at all."},
		{"name between commas after a title", "H\nThe acting director of the national police, Rameau Normil, said officers were outnumbered. “We had thirty officers,” he said.",
			"Rameau Normil", "We had thirty officers"},
		{"label of a known office holder", "H\nSECRETARY BLINKEN: Thank you all for coming to this meeting today.\nQUESTION: What about Haiti?\nSECRETARY BLINKEN: “We will keep supporting the mission there.”",
			"Antony Blinken", "We will keep supporting the mission there."},
		{"title apposed before the name after the quote", "H\n“We are outgunned,” a police commander, Luis Vera, told Reuters.",
			"Luis Vera", "We are outgunned"},
		{"a title set off from an unknown name by a comma after the quote", "H\nAmbassador Rosa Vell opened the port talks on Monday.\n“We will share what we find with every partner,” said Acting Deputy Director for Ports, Dorrin K. Halvey.",
			"Dorrin K. Halvey", "We will share what we find with every partner"},
		{"a role noun for a rank abbreviated before the name", "H\nThe navy's spokesman, Rear Adm. Tobin Harrow, spoke after Mayor Elsa Prieto.\n“The harbour will stay open all winter,” the admiral said.",
			"Tobin Harrow", "The harbour will stay open all winter"},
		{"an unnamed speaker after a named one in the sentence", "H\nMinister Ana Ruiz recalled her youth, when a senior judge from Salta said, “Listen before you speak, always.”",
			"", ""},
		{"an apposition of a named speaker is no unnamed one", "H\nMinister Ana Ruiz, a senior judge from Salta, said, “Listen before you speak, always.”",
			"Ana Ruiz", "Listen before you speak, always."},
		{"a scare quote between the verb and the quotation", "H\nSpokesman Tomas Vell said the minister's trip will address the “misuse” of the port and “the way the smugglers have kept using the northern docks.”",
			"Tomas Vell", "the way the smugglers have kept using the northern docks."},
		{"a title with its post before the name, speaker then verb", "H\n“The port will reopen within the month,” U.S. Ambassador to Peru Clara Brenner said.",
			"Clara Brenner", "The port will reopen within the month"},
		{"a title with its post before the name, verb then speaker", "H\n“The port will reopen within the month,” said U.S. Ambassador to Peru Clara Brenner.",
			"Clara Brenner", "The port will reopen within the month"},
		{"according to a titled person", "H\n“The port will reopen within the month,” according to U.S. Ambassador Clara Brenner.",
			"Clara Brenner", "The port will reopen within the month"},
		{"according to a statement from a titled person", "H\n“The port will reopen within the month,” according to a statement from Ambassador Clara Brenner.",
			"Clara Brenner", "The port will reopen within the month"},
		{"a sentence opening with a participle of speech, its subject after the quotation", "H\nMinister Tomas Vell toured the port with Mayor Ana Prieto.\nDeclaring a “steady improvement in the work of the customs officers,” Vell thanked the night shift.",
			"Tomas Vell", "steady improvement in the work of the customs officers"},
		{"a participle that is no speech opens no attribution", "H\nMinister Tomas Vell toured the port with Mayor Ana Prieto.\nVisiting the “steady improvement in the work of the customs officers,” Vell thanked the night shift.",
			"", ""},
		{"the company said", "H\nFrigorífico Andino exports beef. “We are the victim of contamination,” the company said in a statement.",
			"Frigorífico Andino", "We are the victim of contamination"},
		{"anonymous titled speaker stays anonymous", "H\n“We are outgunned,” a police officer told Reuters.", "", ""},
		{"interview answer label", "H\nJuliana Restrepo has prosecuted gangs for a decade.\nQ: Why is extortion rising?\nRestrepo: “Because the gangs learned it is safer than cocaine.”",
			"Juliana Restrepo", "Because the gangs learned it is safer than cocaine."},
		{"Q&A answers belong to the interviewee", "H\nPedro Lins ran the federal police in Santos for a decade. Lins now advises port operators. Questions are Q, answers A.\nQ: Where does the cocaine enter?\nA: “Mostly in reefer containers, hidden among the fruit.”",
			"Pedro Lins", "Mostly in reefer containers, hidden among the fruit."},
		{"label with particles and a hyphen", "H\nWitnesses: Carmen de la Torre-Ibáñez, a State Department official.\nSEN. HOLT: What have you done?\nMS. DE LA TORRE-IBÁÑEZ: “We trained four thousand officers last year.”",
			"Carmen de la Torre-Ibáñez", "We trained four thousand officers last year."},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if c.quote == "" {
				if len(x.Statements) != 0 {
					t.Errorf("Extract(%q) statements = %+v, want none", c.text, x.Statements)
				}
				return
			}
			for _, s := range x.Statements {
				if s.Speaker == c.speaker && s.Quote == c.quote {
					return
				}
				if s.Quote == c.quote {
					for _, e := range x.Entities {
						if e.Name == s.Speaker && hasEntity(schema.Extraction{Entities: []schema.Entity{e}}, c.speaker, e.Type) {
							return
						}
					}
				}
			}
			t.Errorf("Extract(%q) statements = %+v, want %s: %q", c.text, x.Statements, c.speaker, c.quote)
		})
	}
}

func TestEntityPatterns(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Entity
		notWant    []string
	}{
		{"named gang in lower case", "H\nPolice say the Los Fantasmas gang controls the market.",
			[]schema.Entity{{Name: "Los Fantasmas", Type: schema.Cartel}}, nil},
		{"Spanish-article name called a gang after it", "H\nPolice blamed Los Cuervos, a gang of about 40 members that moves drugs.",
			[]schema.Entity{{Name: "Los Cuervos", Type: schema.Cartel}}, nil},
		{"name a network is known as", "H\nThe cocaine belonged to a clan from Cádiz known as Los Sabios del Puerto, which once moved hashish.",
			[]schema.Entity{{Name: "Los Sabios del Puerto", Type: schema.Cartel}}, nil},
		{"crew and posse heads", "H\nA gang such as the Hilltop Crew used revolvers; groups like the River Street Posse moved on.",
			[]schema.Entity{{Name: "Hilltop Crew", Type: schema.Cartel}, {Name: "River Street Posse", Type: schema.Cartel}}, nil},
		{"Spanish organisation heads", "H\nAna Ruiz of the Centro de Estudios Andinos and Luis Mora of the Universidad del Pacífico spoke.",
			[]schema.Entity{{Name: "Centro de Estudios Andinos", Type: schema.Organization}, {Name: "Universidad del Pacífico", Type: schema.Organization}}, nil},
		{"a lone initial is no person", "H\nQuestions are marked Q, her answers A.\nQ: Why?",
			nil, []string{"A."}},
		{"committee on a region", "H\nThe Senate Foreign Relations Subcommittee on the Western Hemisphere met. The Senate Subcommittee on Border Security met on Tuesday.",
			[]schema.Entity{{Name: "Senate Foreign Relations Subcommittee on the Western Hemisphere", Type: schema.Agency}, {Name: "Senate Subcommittee on Border Security", Type: schema.Agency}}, nil},
		{"a businessman named", "H\nThe money went through a network run from Guangzhou by a businessman named Li Wenbo, officials said.",
			[]schema.Entity{{Name: "Li Wenbo", Type: schema.Person}}, nil},
		{"a legal framework is no agreement", "H\nColombia lacks a legal framework for extraditions.",
			nil, []string{"legal framework"}},
		{"Spanish article in place names is no group", "H\nLa Paz is the seat of government. El Alto grew. Los Angeles police said so.",
			nil, []string{"El Alto", "Los Angeles"}},
		{"clan", "H\nSoldiers clashed with Clan Isaza fighters near the river.",
			[]schema.Entity{{Name: "Clan Isaza", Type: schema.Cartel}}, nil},
		{"group name with particles", "H\nFighters of the Comandos de la Frontera clashed with troops.",
			[]schema.Entity{{Name: "Comandos de la Frontera", Type: schema.Cartel}}, nil},
		{"named front", "H\nThe Carolina Ramírez Front controls the river.",
			[]schema.Entity{{Name: "Carolina Ramírez Front", Type: schema.Cartel}}, nil},
		{"bare Congress of another country", "H\nPeru’s president was removed on Friday. Congress voted 101 to 0 to remove her.",
			[]schema.Entity{{Name: "Peruvian congress", Type: schema.Agency}}, []string{"U.S. Congress"}},
		{"bare two-word body after another country's minister", "H\nColombia’s Defence Minister Pedro Sánchez said the Air Force bombed a camp.",
			[]schema.Entity{{Name: "Colombian air force", Type: schema.Agency}}, []string{"U.S. Air Force"}},
		{"bare body in a sentence set in a foreign capital", "H\nIn Bogotá, the Air Force bombed a camp.",
			[]schema.Entity{{Name: "Colombian air force", Type: schema.Agency}}, []string{"U.S. Air Force"}},
		{"bare body in an article about another country", "H\nColombia’s army fought in Colombia. Troops moved. Nothing else happened. The Coast Guard seized a boat.",
			[]schema.Entity{{Name: "Colombian coast guard", Type: schema.Agency}}, []string{"U.S. Coast Guard"}},
		{"bare body with little evidence stays the gazetteer's", "H\nThe U.S. Navy and Mexico met. Troops moved. Nothing else happened. The Coast Guard seized a boat.",
			[]schema.Entity{{Name: "U.S. Coast Guard", Type: schema.Agency}}, nil},
		{"bare Congress in Washington", "H\nPeru’s president was removed on Friday. In Washington, Congress approved new funds.",
			[]schema.Entity{{Name: "U.S. Congress", Type: schema.Agency}}, nil},
		{"bare name of a body named in full before", "H\nTwo vessels joined the Jamaica Defence Force Coast Guard. The Coast Guard intercepted 14 boats.",
			[]schema.Entity{{Name: "Jamaica Defence Force Coast Guard", Type: schema.Agency}}, []string{"U.S. Coast Guard"}},
		{"company suffixes", "H\nOFAC sanctioned Dalian Harbor Chemicals Co., Ltd. and Rio Verde Logistics Inc. on Tuesday.",
			[]schema.Entity{{Name: "Dalian Harbor Chemicals Co., Ltd.", Type: schema.Organization}, {Name: "Rio Verde Logistics Inc.", Type: schema.Organization}}, nil},
		{"possessive of two agencies", "H\nThe Treasury Department’s Office of Foreign Assets Control acted.",
			[]schema.Entity{{Name: "Treasury Department", Type: schema.Agency}, {Name: "Office of Foreign Assets Control", Type: schema.Agency}}, nil},
		{"demonym agency", "H\nThe Dominican anti-drug agency seized a boat.",
			[]schema.Entity{{Name: "Dominican Republic", Type: schema.Government}}, nil},
		{"capital that is a given name", "H\nThe report was written by Sofia Marquez.",
			[]schema.Entity{{Name: "Sofia Marquez", Type: schema.Person}}, []string{"Bulgaria"}},
		{"place after a given name is a surname", "H\nThe case was led by Luis Durango.",
			[]schema.Entity{{Name: "Luis Durango", Type: schema.Person}}, nil},
		{"town apposition is a place", "H\nSoldiers arrived in San Vicente del Caguán, a town in the south, on Monday.",
			nil, []string{"San Vicente del Caguán"}},
		{"a building named House", "H\nThe pact was signed at Jamaica House on Friday.",
			[]schema.Entity{{Name: "Jamaica", Type: schema.Government}}, []string{"U.S. House of Representatives"}},
		{"faculty", "H\nAnalysts at the Andean Faculty of Social Sciences disagreed.",
			[]schema.Entity{{Name: "Andean Faculty of Social Sciences", Type: schema.Organization}}, nil},
		{"country that is a given name", "H\n“It will fail,” said Jordan Pineda, a former ombudsman.",
			[]schema.Entity{{Name: "Jordan Pineda", Type: schema.Person}}, []string{"Jordan"}},
		{"capital after a particle is a surname", "H\nThe study by Renata Souza de Lima was published on Monday.",
			[]schema.Entity{{Name: "Renata Souza de Lima", Type: schema.Person}}, []string{"Peru"}},
		{"one police, several wordings", "H\nA former Honduran police chief was jailed. The Honduran National Police said nothing.",
			[]schema.Entity{{Name: "Honduran National Police", Type: schema.Agency}, {Name: "Honduran police", Type: schema.Agency}}, nil},
		{"organisation by apposition", "H\nAccording to Foro Civico, a Venezuelan human rights group, 800 people are detained.",
			[]schema.Entity{{Name: "Foro Civico", Type: schema.Organization}}, nil},
		{"enterprise by apposition", "H\nAll 40 people were employees of Farmavex, a previously-designated enterprise that sells medicines.",
			[]schema.Entity{{Name: "Farmavex", Type: schema.Organization}}, nil},
		{"facility is not an entity", "H\nInmates were moved to the Terrorism Confinement Center on Monday.",
			nil, []string{"Terrorism Confinement Center"}},
		{"elided particle in a surname", "H\n“The gangs are broken,” said Juan J. Martínez d'Aubuisson, an anthropologist.",
			[]schema.Entity{{Name: "Juan J. Martínez d'Aubuisson", Type: schema.Person}}, nil},
		{"generic agency name in a country's article", "H\nBOGOTÁ — Colombia’s government praised the raid. The National Police said 12 people were held.",
			[]schema.Entity{{Name: "Colombian National Police", Type: schema.Agency}}, nil},
		{"alias marks a person", "H\nJobanis de Jesús Ávila, alias “Chiquito Malo,” was captured on Saturday.",
			[]schema.Entity{{Name: "Jobanis de Jesús Ávila", Type: schema.Person}}, nil},
		{"nickname inside a name", "H\nThe fighting began after Ismael “El Mayo” Zambada was flown to Texas.",
			[]schema.Entity{{Name: "Ismael Zambada", Type: schema.Person}, {Name: "El Mayo", Type: schema.Person}}, nil},
		{"place after a locative", "H\nResidents of San Lorenzo said soldiers had arrived from Las Palmas.",
			nil, []string{"San Lorenzo", "Las Palmas"}},
		{"shared surname names no one", "H\nCarlos Pérez and Lucía Pérez run a shop. Pérez said the gang charges fees.",
			[]schema.Entity{{Name: "Carlos Pérez", Type: schema.Person}, {Name: "Lucía Pérez", Type: schema.Person}}, []string{"Pérez"}},
		{"person with a place word in the title", "H\n“The port is calm,” said Luis Tapia, the state governor.",
			[]schema.Entity{{Name: "Luis Tapia", Type: schema.Person}}, nil},
		{"town apposition", "H\nSoldiers said Ancón, a fishing town, was calm.",
			nil, []string{"Ancón"}},
		{"compound surname with particles", "H\n“The ports are lost,” said María José Pérez de la Cruz, an analyst.",
			[]schema.Entity{{Name: "María José Pérez de la Cruz", Type: schema.Person}}, nil},
		{"organisation head words", "H\nResearchers at the Andean Policy Institute and the Caribbean Security Foundation agreed.",
			[]schema.Entity{{Name: "Andean Policy Institute", Type: schema.Organization}, {Name: "Caribbean Security Foundation", Type: schema.Organization}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkEntities(t, c.text, ex.Extract(article(c.text)), c.want, c.notWant)
		})
	}
}

func TestSurnameAmbiguity(t *testing.T) {
	ex := newExtractor(t)
	// "Castro" is shared by several office holders of different countries:
	// a bare "President Castro" must not be given one of their full names.
	x := ex.Extract(article("H\nPresident Castro spoke on Monday."))
	for _, e := range x.Entities {
		if e.Type == schema.Person && e.Name != "Castro" {
			t.Errorf("President Castro resolved to %q, want no full name", e.Name)
		}
	}
	// an honorific is not an office: "Mr. Gates" is not the former secretary
	x = ex.Extract(article("H\nMr. Gates spoke on Monday."))
	if hasEntity(x, "Robert Gates", schema.Person) {
		t.Errorf("Mr. Gates resolved to Robert Gates: %+v", x.Entities)
	}
	// an unshared surname resolves
	x = ex.Extract(article("H\nPresident Bukele spoke on Monday."))
	if !hasEntity(x, "Nayib Bukele", schema.Person) {
		t.Errorf("President Bukele: entities %+v, want Nayib Bukele", x.Entities)
	}
}

func TestAgreementPartyPatterns(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agreement string
		parties               []string
	}{
		{"office holder's government", "H\nPresident Bernardo Arévalo said Guatemala would act. Bernardo Arévalo’s government moved to end the extradition treaty with the United States.",
			"extradition treaty", []string{"Guatemala", "United States"}},
		{"the two countries", "H\nPeru and Bolivia renewed their extradition treaty. The two countries also signed a memorandum of understanding on intelligence sharing. Colombia stayed out.",
			"memorandum of understanding", []string{"Peru", "Bolivia"}},
		{"truce between groups", "H\nThe 2012 gang truce between MS-13 and Barrio 18 collapsed in 2014.",
			"gang truce", []string{"MS-13", "Barrio 18"}},
		{"signed by a list", "H\nA joint investigation team agreement, signed in March by Spain, the Netherlands and Belgium, let prosecutors share evidence. Mexico watched.",
			"joint investigation team agreement", []string{"Spain", "Netherlands", "Belgium"}},
		{"we signed a letter of agreement with", "H\nAna Ruiz, a spokeswoman for the State Department, spoke. “We signed a letter of agreement with Belize in September,” she said.",
			"letter of agreement", []string{"Belize", "United States"}},
		{"that A and B signed", "H\nThe bilateral ceasefire agreement that Bogotá and the ELN signed in Havana held. Venezuela watched.",
			"ceasefire agreement", []string{"Colombia", "National Liberation Army"}},
		{"A and B signed", "H\nPeru and Chile signed a port security pact in May. Bolivia did not.",
			"port security pact", []string{"Peru", "Chile"}},
		{"between A and B", "H\nThe extradition treaty between Honduras and the United States lapsed. Mexico watched.",
			"extradition treaty", []string{"Honduras", "United States"}},
		{"agreed to a framework", "H\nMexico and the United States agreed to a bilateral security framework in 2021. Canada watched.",
			"bilateral security framework", []string{"Mexico", "United States"}},
		{"peace agreement binds the armed group", "H\nIn Colombia, the ELN is one of the groups that rejected the 2016 peace agreement, officials said.",
			"peace agreement", []string{"National Liberation Army", "Colombia"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, a := range x.Agreements {
				if !strings.Contains(schema.Fold(a.Name), schema.Fold(c.agreement)) {
					continue
				}
				for _, p := range c.parties {
					found := false
					for _, q := range a.Parties {
						if q == p {
							found = true
						}
					}
					if !found {
						t.Errorf("Extract(%q) %s parties = %v, want %s among them", c.text, a.Name, a.Parties, p)
					}
				}
				return
			}
			t.Errorf("Extract(%q) agreements = %+v, want %s", c.text, x.Agreements, c.agreement)
		})
	}
}

// When the text states an agreement's parties, countries merely named
// near it are not parties.
func TestStatedPartiesOnly(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, not string }{
		{"H\nPeru and Chile signed a port security pact in May while Bolivia watched.", "Bolivia"},
		{"H\nA joint investigation team agreement, signed in March by Spain and Belgium, helped Mexico.", "Mexico"},
	} {
		x := ex.Extract(article(c.text))
		if len(x.Agreements) == 0 {
			t.Errorf("Extract(%q): no agreement", c.text)
		}
		for _, a := range x.Agreements {
			for _, p := range a.Parties {
				if p == c.not {
					t.Errorf("Extract(%q) %s parties = %v, want no %s", c.text, a.Name, a.Parties, c.not)
				}
			}
		}
	}
}
