package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBothSidesParties checks that an agreement named in a sentence whose
// subject is both governments binds the two governments the article
// names most, and that a sentence without that subject binds only whom
// it names.
func TestBothSidesParties(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, agreement, parties string }{
		{"both governments as subject",
			"H\nChile and Peru met in Lima on Monday. Chile hosted the talks. Both governments agreed to deepen ties, including through the “Puertos Seguros Ahora” initiative in Peru.",
			"Puertos Seguros Ahora", "Chile|Peru"},
		{"the two countries as subject",
			"H\nChile and Peru met in Lima on Monday. Chile hosted the talks. The two countries will fund the “Puertos Seguros Ahora” initiative in Peru.",
			"Puertos Seguros Ahora", "Chile|Peru"},
		{"the leaders after an opening adverb",
			"H\nChile and Peru met in Lima on Monday. Chile hosted the talks. Additionally, the leaders discussed port safety, including through the Lima Declaration on Port Safety.",
			"Lima Declaration on Port Safety", "Chile|Peru"},
		{"our governments in a joint text of three",
			"Joint Statement from Chile, Peru, and Ecuador on Port Safety\n\nChile and Peru met in Lima. Our governments have expanded the “Puertos Seguros Ahora” initiative in Peru.",
			"Puertos Seguros Ahora", "Chile|Ecuador|Peru"},
		{"our three governments in a joint text of three",
			"Joint Statement from Chile, Peru, and Ecuador on Port Safety\n\nThe ministers met in Lima. Our three governments launched the Pacific Port Safety Initiative in 2019. Brazil later welcomed the Initiative.",
			"Pacific Port Safety Initiative", "Chile|Ecuador|Peru"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExactParties(t, ex, c.text, c.agreement, c.parties)
		})
	}
}
