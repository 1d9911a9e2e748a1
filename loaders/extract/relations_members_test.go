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
