package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestNamesBesideBodies checks that a middle initial keeps a country-like
// surname in the name, and that a body's name ends before the title or
// the name of a person written after it. All copy is invented.
func TestNamesBesideBodies(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Entity
		not        []string
	}{
		{"a bridge, a delegation and a hyphenated prefix are no one",
			"H\nThe Presidential Delegation crossed the Simon Bolivar Bridge. Peru will be named a Major Non-NATO Ally, said Ana Ruiz.",
			[]schema.Entity{{Name: "Ana Ruiz", Type: schema.Person}}, []string{"Presidential Delegation", "Simon Bolivar Bridge", "Non"}},
		{"turn labels and paragraph labels that name no one",
			"H\nSENIOR ADMINISTRATION OFFICIAL: Thanks for joining.\nMODERATOR: Next question.\nEconomic Cooperation: The two countries will trade more.",
			nil, []string{"Administration", "Moderator", "Cooperation", "Economic Cooperation"}},
		{"a body's name ends before 'of' and a person; a person's qualifier is not the body's",
			"H\nPolice transferred custody to the U.S. Department of Homeland Security of Ramiro Ortiz Vega. A Senior Department of Homeland Security official said so.",
			[]schema.Entity{{Name: "U.S. Department of Homeland Security", Type: schema.Agency}, {Name: "Ramiro Ortiz Vega", Type: schema.Person}},
			[]string{"U.S. Department of Homeland Security of Ramiro Ortiz Vega", "Senior Department of Homeland Security"}},
		{"a person the gazetteer knows under another form takes its name",
			"H\nPresident Joseph R. Biden met the delegation on Friday. Biden said the talks went well.",
			[]schema.Entity{{Name: "Joe Biden", Type: schema.Person}}, []string{"Joseph R. Biden"}},
		{"a hyphenated administration of a known president is its government; a designation category is no body",
			"H\nToday, the Biden-Harris Administration added Tren del Sol to the list of Foreign Terrorist Organizations.",
			[]schema.Entity{{Name: "United States", Type: schema.Government}}, []string{"Biden-Harris Administration", "Foreign Terrorist Organizations", "Foreign Terrorist Organization"}},
		{"quoted nicknames: alone a person, before a surname an alias, after a name or 'known as' no one new",
			"H\nThe son of “El Toro” was arrested. “El Flaco” Ramírez fled. Police hold Ana Ruiz (“La Jefa”) and Tomas Vidal, known as “El Tano”.",
			[]schema.Entity{{Name: "El Toro", Type: schema.Person}, {Name: "Ramírez", Type: schema.Person, Aliases: []string{"El Flaco"}}},
			[]string{"La Jefa", "El Tano", "El Flaco"}},
		{"a drug trafficking organization named before its head",
			"H\nThe Lorenzana drug trafficking organization moved tons of cocaine.",
			[]schema.Entity{{Name: "Lorenzana", Type: schema.Cartel}}, nil},
		{"an administration named by a known president's two-word surname",
			"H\nLast month the Peña Nieto Administration arrested a trafficker.",
			[]schema.Entity{{Name: "Mexico", Type: schema.Government}}, []string{"Peña Nieto Administration", "United States"}},
		{"two titled people joined by '&' are no firm; two names are",
			"H\n“Thank you to President Ana Ruiz & Chile President Luis Mena,” said Carla Soto. The audit went to Ibarra & Castle.",
			[]schema.Entity{{Name: "Ibarra & Castle", Type: schema.Organization}}, []string{"Ana Ruiz & Chile President Luis Mena", "Ruiz & Chile President Luis Mena"}},
		{"a contraction or a number at a sentence start is no name",
			"Fourteen alleged members of a paramilitary group were extradited to the United States on Monday, said Ana Ruiz. “I’ve seen this before,” she said.",
			[]schema.Entity{{Name: "Ana Ruiz", Type: schema.Person}}, []string{"Fourteen", "I’ve", "I've"}},
		{"a country's security forces or troops are people, its armed forces a body",
			"H\nMexican security forces and U.S. troops searched the ranch. The Ecuadorian armed forces said so.",
			[]schema.Entity{{Name: "Ecuadorian military", Type: schema.Agency}}, []string{"Mexican military", "U.S. military"}},
		{"a programme is no body",
			"H\nThe State Department's Coastal Rewards Program offers up to $5 million for information on Ana Ruiz.",
			[]schema.Entity{{Name: "Department of State", Type: schema.Agency}}, []string{"Coastal Rewards Program", "State Department's Coastal Rewards Program"}},
		{"a country before a body the gazetteer knows is that body",
			"H\nThe U.S. Department of the Treasury sanctioned Ana Ruiz. Treasury said more would follow.",
			[]schema.Entity{{Name: "Department of the Treasury", Type: schema.Agency}}, []string{"U.S. Department of the Treasury"}},
		{"a country after a middle initial is a surname",
			"H\nDeputy Attorney General Lisa O. Chile met the delegation on Friday.",
			[]schema.Entity{{Name: "Lisa O. Chile", Type: schema.Person}}, []string{"Chile", "Lisa O."}},
		{"a person's name after a body",
			"H\nThe talks were led by Deputy Director of the Office of National Border Policy Adam Velez.",
			[]schema.Entity{{Name: "Adam Velez", Type: schema.Person}, {Name: "Office of National Border Policy", Type: schema.Agency}}, nil},
		{"a title and a name after a body",
			"H\nThe statement was read by the Department of Ports Senior Counsel Joshua Reyes.",
			[]schema.Entity{{Name: "Joshua Reyes", Type: schema.Person}, {Name: "Department of Ports", Type: schema.Agency}}, nil},
		{"a committee chair with an initial",
			"H\nToday, House Committee on Coastal Security Chairman Mark E. Holm announced a hearing.",
			[]schema.Entity{{Name: "Mark E. Holm", Type: schema.Person}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, w := range c.want {
				if !hasEntity(x, w.Name, w.Type) {
					t.Errorf("Extract(%q): no %s %q in %+v", c.text, w.Type, w.Name, x.Entities)
				}
			}
			for _, n := range c.not {
				for _, e := range x.Entities {
					if e.Name == n {
						t.Errorf("Extract(%q): entity %q, want none", c.text, n)
					}
				}
			}
		})
	}
}

// TestPortfolioNounsEndNoName checks that a portfolio noun before a name
// is not read into it: "Secretary of Foreign Affairs Ana Ruiz".
func TestPortfolioNounsEndNoName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ text, person string }{
		{"H\nBolivia's Secretary of Foreign Affairs Ana Tupa Quenta said no.", "Ana Tupa Quenta"},
		{"H\nCanada's Counsellor for Trade Affairs Lucie Tremblay spoke in Lima.", "Lucie Tremblay"},
		{"H\nDeputy Secretary for Management and Resources Carl Brenner spoke.", "Carl Brenner"},
	} {
		x := ex.Extract(article(c.text))
		if !hasEntity(x, c.person, schema.Person) {
			t.Errorf("Extract(%q) entities = %+v, want person %q", c.text, x.Entities, c.person)
		}
	}
}

// TestRomanceTitleSurname checks that a Spanish title word between a
// given name and another name word is read as a surname, while the same
// word before a name stays a title.
func TestRomanceTitleSurname(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nRepresenting Peru were the Minister of Defense, Rosa Quispe; and the Minister of Justice, María Elena Juez Soto."))
	if !hasEntity(x, "María Elena Juez Soto", schema.Person) {
		t.Errorf("entities = %+v, want person María Elena Juez Soto", x.Entities)
	}
	x = ex.Extract(article("H\nAlcalde Juan Soto met the press in Lima."))
	if !hasEntity(x, "Juan Soto", schema.Person) || hasEntity(x, "Alcalde Juan Soto", schema.Person) {
		t.Errorf("entities = %+v, want person Juan Soto with no title", x.Entities)
	}
}

// TestCapsSigner checks names written in capitals where documents put a
// signer, and that other capitals stay no one.
func TestCapsSigner(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nNOW, THEREFORE, I, MARIA L. OKAFOR, Governor-General of the Republic of Peru, do hereby proclaim this week.\n\nMARIA L. OKAFOR\n\nTHE NATIONAL POLICE WILL ACT."
	x := ex.Extract(article(text))
	if !hasEntity(x, "Maria L. Okafor", schema.Person) {
		t.Errorf("entities = %+v, want person Maria L. Okafor", x.Entities)
	}
	for _, e := range x.Entities {
		if e.Type == schema.Person && schema.Fold(e.Name) != schema.Fold("Maria L. Okafor") {
			t.Errorf("extra person %q", e.Name)
		}
	}
}

// TestSurnameAfterTitleOf checks a surname alone after a title written
// with "of": "Secretary of State Ramsey" is a person with that post.
func TestSurnameAfterTitleOf(t *testing.T) {
	text := "H\nOn Monday, a U.S. delegation, led by Secretary of State Ramsey, will travel to Lima for talks."
	ex := newExtractor(t)
	if x := ex.Extract(article(text)); !hasEntity(x, "Ramsey", schema.Person) {
		t.Errorf("entities = %+v, want person Ramsey", x.Entities)
	}
	checkRoles(t, []roleCase{{name: "the post", text: text, person: "Ramsey", title: "Secretary of State", org: "United States"}})
}

// TestNameAfterLowerOf checks that a name after a lower-case "of" keeps
// its first word: "the arrest of Teodulo Rubén Ibarra Soto" is not a
// title's portfolio before a given name.
func TestNameAfterLowerOf(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nA reward was offered for the arrest of Teodulo Rubén Ibarra Soto, the leader of the gang."))
	if !hasEntity(x, "Teodulo Rubén Ibarra Soto", schema.Person) {
		t.Errorf("entities = %+v, want person Teodulo Rubén Ibarra Soto", x.Entities)
	}
}

// TestListedNames checks names a list joins to a person's, and that a
// portfolio's capitals before a name are no one.
func TestListedNames(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nTreasury sanctioned the network's accountants as well as Eudoro Páez Lira, Anselmo Quiroz Bello, and Mario Ortega Sedano on Friday."))
	for _, p := range []string{"Eudoro Páez Lira", "Anselmo Quiroz Bello", "Mario Ortega Sedano"} {
		if !hasEntity(x, p, schema.Person) {
			t.Errorf("entities = %+v, want person %q", x.Entities, p)
		}
	}
	x = ex.Extract(article("H\nPeru sent the Minister of Security and Citizen Protection, Rosa Quispe Mamani, to the talks."))
	if hasEntity(x, "Citizen Protection", schema.Person) {
		t.Errorf("entities = %+v, want no person Citizen Protection", x.Entities)
	}
}

// TestListItemTitledName checks a name after a title and a comma that a
// list's semicolon closes: "the Deputy Director of the X, Name; the …".
func TestListItemTitledName(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nRepresenting Peru were the General Secretary of the National Border Center, Eusebio Tarqui Vilca; and the Minister of Defense, Rosa Quispe Mamani."))
	if !hasEntity(x, "Eusebio Tarqui Vilca", schema.Person) {
		t.Errorf("entities = %+v, want person Eusebio Tarqui Vilca", x.Entities)
	}
}

// TestListItemFullNames checks that a dashed list item of names is not
// read as a headline: a name's last surname stays ("- Mario Eduardo
// Quintero Lopez (alias …)"), while a headline's verb is still cut.
func TestListItemFullNames(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("H\nThe Treasury named two brokers:\n- Mario Eduardo Quintero Lopez (alias \"El Flaco\")\n- Ana Maria Ruiz Ortega (age 40)"))
	for _, p := range []string{"Mario Eduardo Quintero Lopez", "Ana Maria Ruiz Ortega"} {
		if !hasEntity(x, p, schema.Person) {
			t.Errorf("entities = %+v, want person %q", x.Entities, p)
		}
	}
	x = ex.Extract(article("Director Ana Ruiz Heads Delegation to Lima\nDirector Ana Ruiz travels on Monday."))
	if hasEntity(x, "Ana Ruiz Heads", schema.Person) || hasEntity(x, "Ana Ruiz Heads Delegation", schema.Person) {
		t.Errorf("entities = %+v, want no headline verb in a name", x.Entities)
	}
}
