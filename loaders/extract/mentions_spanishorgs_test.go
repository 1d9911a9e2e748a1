package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestRomanceOrgNames checks that a Spanish or Portuguese organisation's
// name runs on over the lower-case words joining its parts, and that a
// translation of a name just written is not read as a new body.
func TestRomanceOrgNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"para el",
			"H\nThe grant went to the Fundación Ruritana para el Desarrollo Rural y Social, a local charity.",
			[]string{"Fundación Ruritana para el Desarrollo Rural y Social"}, []string{"Fundación Ruritana"}},
		{"e between two adjectives",
			"H\nThe Asociación de Pescadores Artesanales e Independientes protested on Monday.",
			[]string{"Asociación de Pescadores Artesanales e Independientes"}, nil},
		{"a museum",
			"H\nThe Museo Lidia Orrego de la Memoria reopened on Friday.",
			[]string{"Museo Lidia Orrego de la Memoria"}, nil},
		{"communities",
			"H\nComunidades Unidas en Acción Rural, a local group, filed the complaint.",
			[]string{"Comunidades Unidas en Acción Rural"}, nil},
		{"a translation after a dash",
			"H\nThe President called for a Compact for Growth--Alianza para Crecimiento--across the region.",
			nil, []string{"Alianza para Crecimiento"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkEntityNames(t, ex, c.text, c.want, c.not) })
	}
}
