package extract

import "testing"

// TestMinisterNotUS checks that a minister's title whose government is
// only guessed is not given the United States, which has no ministers,
// while a minister whose state the text states keeps it. All copy is
// invented.
func TestMinisterNotUS(t *testing.T) {
	ex := newExtractor(t)
	const list = "H\nParticipants included Jorge Pineda, Vice Minister of Security; Ana Quiroga, Director General of the National Police; " +
		"and Tomas Brandt, Deputy Chief of Mission of the U.S. Embassy."
	x := ex.Extract(article(list))
	if hasRole(x, "Jorge Pineda", "United States") {
		t.Errorf("roles = %+v, want no US post for the vice minister", x.Roles)
	}
	if !hasRole(x, "Tomas Brandt", "U.S. Embassy") {
		t.Errorf("roles = %+v, want Tomas Brandt at U.S. Embassy", x.Roles)
	}
	x = ex.Extract(article("H\nPeruvian Interior Minister Rosa Quenta met U.S. officials in Lima on Monday."))
	if !hasRole(x, "Rosa Quenta", "Peru") {
		t.Errorf("roles = %+v, want Rosa Quenta at Peru", x.Roles)
	}
}
