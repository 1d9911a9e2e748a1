package extract

import (
	"strings"
	"testing"
)

// TestDiscourseParties checks the parties read from the discourse around
// an agreement: back-references in later sentences, "the two countries"
// of a relative clause, bracketed acronyms inside a party list, bodies
// named after a possessive, signing officials with "of" in their title,
// and stated parties outranking a guessed other side.
func TestDiscourseParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, agr string
		want            []string
		notWant         string
	}{
		{"signed the convention in the next sentence", "H\nThe Andean Convention on River Patrols was adopted on Friday. Chile, Peru and Bolivia signed the convention at once; it enters into force later.", "Andean Convention on River Patrols", []string{"Chile", "Peru", "Bolivia"}, ""},
		{"leaders who urge implementing an agreement are not its parties", "H\nPresident Ana Ruiz of Peru met President Luis Mena of Bolivia. Ruiz and Mena discussed the situation in Ecuador and stressed the importance of implementing all elements of the Orinoco Accord.", "Orinoco Accord", nil, "Peru"},
		{"a back-reference does not cross another agreement", "H\nThe Andean Convention on River Patrols was adopted on Friday. Ecuador recalled the Pacific Fisheries Accord of 1990. Chile and Peru signed the accord in Lima.", "Andean Convention on River Patrols", nil, "Chile"},
		{"the two countries of a relative clause: the governments named just before", "H\nBrazil and Argentina met on Monday. Brazil wants more trade. In Asunción, Paraguay’s navy patrols with the Uruguayan Navy under a river patrol agreement the two countries signed in 2004.", "river patrol agreement", []string{"Paraguay", "Uruguay"}, "Brazil"},
		{"bodies between brackets and after a possessive", "H\nThe memorandum of understanding on river security, between the Bolivian Navy (FNB) and Chile’s Carabineros, was signed on Monday.", "memorandum of understanding on river security", []string{"Bolivian Navy", "Carabineros de Chile"}, "Chile"},
		{"a signing minister whose title has 'of'", "H\nThe fisheries agreement was signed by Peru’s minister of foreign affairs, Ana Soto, and Chile’s interior minister, Luis Vera.", "fisheries agreement", []string{"Peru", "Chile"}, ""},
		{"agencies that bring an agreement into force", "H\nThe Colombian Navy and the US Coast Guard (USCG) brought into force a shiprider agreement on Monday. Bogotá signed the shiprider agreement with Washington last year.", "shiprider agreement", []string{"Colombian Navy", "U.S. Coast Guard"}, ""},
		{"a binational plan signed by officials named by title", "H\nThe binational river cleanup plan was signed in Tacna by Chile’s undersecretary of the interior, Ana Soto, and the director general of Peru’s National Water Authority (ANA), Luis Vera.", "binational river cleanup plan", []string{"Chile", "Peru"}, "National Water Authority"},
		{"a treaty title with a shared complement and a closing list", "H\nPeru ratified the Inter-American Convention Against the Illegal Export of and Traffic in Timber, Gold, Mercury, and Other Natural Resources in 2001.", "Inter-American Convention Against the Illegal Export of and Traffic in Timber, Gold, Mercury, and Other Natural Resources", []string{"Peru"}, ""},
		{"signed it in the next sentence", "H\nEcuador hosted the talks that produced the Andean Convention on River Patrols on Friday. Chile and Bolivia signed it at once.", "Andean Convention on River Patrols", []string{"Chile", "Bolivia"}, "Ecuador"},
		{"'it' two sentences later is too far", "H\nThe Andean Convention on River Patrols was adopted on Friday by Ecuador and Colombia. Talks lasted a year. Chile signed it later.", "Andean Convention on River Patrols", []string{"Ecuador", "Colombia"}, "Chile"},
		{"the two governments as the subject: the two just named", "H\nBrazil and Argentina met on Monday. Brazil wants more trade.\n\nParaguay’s president met Uruguay’s foreign minister in Asunción. The two governments signed a river patrol agreement, Brazil said.", "river patrol agreement", []string{"Paraguay", "Uruguay"}, "Brazil"},
		{"states that joined a named convention", "H\nEcuador hosted the meeting on Friday, where Colombia and Panama joined the Andean Convention on River Patrols.", "Andean Convention on River Patrols", []string{"Colombia", "Panama"}, "Ecuador"},
		{"negotiators who initialled an accord", "H\nIn Quito, Chile and Peru initialled a fisheries accord on Friday, Ecuador said.", "fisheries accord", []string{"Chile", "Peru"}, "Ecuador"},
		{"our governments: the two just named", "H\nChile’s president welcomed Peru’s foreign minister on Monday. “Today our governments signed a fisheries accord,” he said, as Ecuador watched.", "fisheries accord", []string{"Chile", "Peru"}, "Ecuador"},
		{"a leader named in the agreement's sentence", "H\nChile’s president, Ana Soto, spoke to reporters on Monday.\n\nPeru won a reprieve after a call between Soto and Peru’s president, who said they would build a long-term agreement.", "long-term agreement", []string{"Chile", "Peru"}, ""},
		{"signed by the member states: the bloc just named", "H\nLeaders of the Caribbean Community met in Nassau with US officials on Friday. The Nassau Protocol on Coastal Patrols, signed by the 15 member states, sets up a joint fleet.", "Nassau Protocol on Coastal Patrols", []string{"Caribbean Community"}, "United States"},
		{"it was signed by, opening the next sentence", "H\nEcuador welcomed the Andean Convention on River Patrols on Friday. It was signed by Chile and Bolivia in Lima.", "Andean Convention on River Patrols", []string{"Chile", "Bolivia"}, "Ecuador"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkParties(t, c.text, ex.Extract(article(c.text)), c.agr, c.want, c.notWant)
		})
	}
}

// TestSignerListRoles checks that in a list of signing officials the
// title that opens with "and" is not the role of the official before it.
func TestSignerListRoles(t *testing.T) {
	ex := newExtractor(t)
	text := "H\nThe binational river cleanup plan was signed in Tacna by Chile’s undersecretary of the interior, Ana Soto, and the director general of Peru’s National Water Authority (ANA), Luis Vera."
	x := ex.Extract(article(text))
	for _, r := range x.Roles {
		if strings.HasPrefix(r.Title, "and ") {
			t.Errorf("Extract(%q) role %+v, want no title opening with 'and'", text, r)
		}
	}
}

// TestHeadlineDeal checks that a lower-case deal named only in the
// headline is the body's first agreement with the same parties.
func TestHeadlineDeal(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want, notWant string }{
		{"same parties: one agreement", "Chile and Peru sign security deal\nLIMA — Chile and Peru signed a fisheries accord on Monday. The two governments had signed a customs agreement in 2010.", "fisheries accord", "security deal"},
		{"other parties: two agreements", "Chile and Peru sign security deal\nLIMA — Ecuador and Colombia signed a fisheries accord on Monday.", "fisheries accord", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			var names []string
			for _, a := range x.Agreements {
				names = append(names, a.Name)
			}
			if !containsString(names, c.want) || c.notWant != "" && containsString(names, c.notWant) {
				t.Errorf("Extract(%q) agreements = %v, want %q and not %q", c.text, names, c.want, c.notWant)
			}
		})
	}
}
