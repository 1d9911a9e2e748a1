package extract

import "testing"

// TestAcronymPluralTitle checks that a plural title after an agency's
// acronym gives each listed name the post at the agency, and that a
// plural noun after a lower-case word gives none. All copy is invented.
func TestAcronymPluralTitle(t *testing.T) {
	head := "Officers charged with beating detainee\n\n"
	checkRoles(t, []roleCase{
		{name: "the first name",
			text:   head + "The Quellat Federal Police (QFP) opened an inquiry. In May, QFP officers Marco Tulio Vellez, Hugo Armando Pradera, and Juan Perez Soto beat a detainee.",
			person: "Marco Tulio Vellez", org: "Quellat Federal Police"},
		{name: "a later name",
			text:   head + "The Quellat Federal Police (QFP) opened an inquiry. In May, QFP officers Marco Tulio Vellez, Hugo Armando Pradera, and Juan Perez Soto beat a detainee.",
			person: "Juan Perez Soto", org: "Quellat Federal Police"},
		{name: "no acronym",
			text:   head + "The Quellat Federal Police (QFP) opened an inquiry. In May, two officers Marco Tulio Vellez and Juan Perez Soto beat a detainee.",
			person: "Marco Tulio Vellez", org: "Quellat Federal Police", neg: true},
	})
}
