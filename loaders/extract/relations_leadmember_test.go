package extract

import "testing"

// TestLeadMembers: a lead's unnamed member of a group is the first person
// without an office named after it; not an official, and not when the
// lead's sentence names the person itself.
func TestLeadMembers(t *testing.T) {
	checkRelCases(t, []relCase{
		{"a member of the gang, named later",
			"Police remove gang member\n\nLIMA — Officers of the Peruvian National Police removed a documented member of the transnational criminal gang Los Rojos on Thursday to Chile.\n\nSpokesman Luis Parra said the case was closed. Tomas Vega, 35, a citizen of Chile, was removed without incident.",
			[]string{"Tomas Vega|memberOf|Los Rojos"}, []string{"Luis Parra|memberOf|Los Rojos"}},
		{"a gang member with an alias",
			"Police lodge detainer\n\nLIMA — The police lodged a detainer for a Los Rojos (LR) gang member arrested in Cusco. On Monday the police arrested Tomas Vega, 35, for a weapon offense.",
			[]string{"Tomas Vega|memberOf|Los Rojos"}, nil},
		{"the lead names the person",
			"Police remove gang member\n\nLIMA — Police said Ana Ruiz had met a member of Los Rojos in Cusco. Tomas Vega, 35, was arrested on Monday.",
			nil, []string{"Tomas Vega|memberOf|Los Rojos", "Ana Ruiz|memberOf|Los Rojos"}},
		{"a counted plural stands for that many people",
			"Three Los Rojos Members Charged\n\nA grand jury has charged three Los Rojos members today.\n\nU.S. Attorney Luis Parra of the District of Oregon announced the charges.\n\nCharged in the indictment are Pablo Medrano, 20; Mario Soto, aka Flaco, 19; and Hugo Lara, 22, all of Salem, Oregon.",
			[]string{"Pablo Medrano|memberOf|Los Rojos", "Mario Soto|memberOf|Los Rojos", "Hugo Lara|memberOf|Los Rojos"},
			[]string{"Luis Parra|memberOf|Los Rojos"}},
		{"two members of the gang, named in a list",
			"Gang members sentenced\n\nTwo members of the Los Rojos gang were sentenced today.\n\nU.S. District Judge Ana Ruiz of the District of Oregon sentenced the following defendants:\n\nPablo Medrano, 25, of Salem, Oregon, was sentenced to ten years; and\n\nMario Soto, 33, of Salem, Oregon, was sentenced to eight years.",
			[]string{"Pablo Medrano|memberOf|Los Rojos", "Mario Soto|memberOf|Los Rojos"}, []string{"Ana Ruiz|memberOf|Los Rojos"}},
		{"the count does not match the people named",
			"Gang members sentenced\n\nThree members of the Los Rojos gang were sentenced today.\n\nPablo Medrano, 25, and Mario Soto, 33, of Salem, Oregon, were sentenced to ten years.",
			nil, []string{"Pablo Medrano|memberOf|Los Rojos", "Mario Soto|memberOf|Los Rojos"}},
		{"named after a long announcement and a quotation",
			"Los Rojos Member Sentenced\n\nToday, a Los Rojos gang member was sentenced to ten years.\n\nU.S. Attorney Luis Parra of the District of Oregon and Chief Ana Ruiz of the Salem Police Department announced the sentence.\n\n“Gangs like Los Rojos harm our towns. They must be stopped,” said U.S. Attorney Parra. “I thank the police for their work. They worked hard on this case.”\n\nChief Ruiz praised the officers for their work on the case. The police searched three homes. Officers seized two guns. The case began in May. The gang sold drugs in Salem.\n\nPablo Medrano, aka Flaco, 21, of Salem, Oregon, was sentenced by U.S. District Judge Rosa Lindo.",
			[]string{"Pablo Medrano|memberOf|Los Rojos"}, []string{"Luis Parra|memberOf|Los Rojos", "Ana Ruiz|memberOf|Los Rojos", "Rosa Lindo|memberOf|Los Rojos"}},
		{"a name after a preposition is not the member",
			"Los Rojos Member Sentenced\n\nA member of the Los Rojos gang was sentenced today.\n\nThe man served as a police commander in Villa Soto.\n\nPolice said the case was closed.",
			nil, []string{"Villa Soto|memberOf|Los Rojos"}},
	})
}
