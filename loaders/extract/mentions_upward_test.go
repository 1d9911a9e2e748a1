package extract

import "testing"

func TestEntityUpward(t *testing.T) {
	dept := &entity{name: "Ministry of Harbours", country: "Veloria"}
	div := &entity{name: "Coastal Division", parent: dept}
	unit := &entity{name: "Tarn Bay Unit", parent: div}
	loop := &entity{name: "Loop Office"}
	loop.parent = loop
	for _, c := range []struct {
		name string
		from *entity
		want *entity
	}{
		{"self", dept, dept},
		{"two up", unit, dept},
		{"none", loop, nil},
		{"nil", nil, nil},
	} {
		if got := c.from.upward(hasCountry); got != c.want {
			t.Errorf("%s: upward = %v, want %v", c.name, got, c.want)
		}
	}
}
