package extract

import "testing"

// TestGroupListGovernment checks that the people a list names after a
// group of one country's officials ("met with senior Peruvian leaders,
// including Minister of Education, A; …") hold their titles in that
// country's government.
func TestGroupListGovernment(t *testing.T) {
	text := "H\nThe envoy met with a group of senior Peruvian leaders, including the president's chief of staff, Rosa Quispe; " +
		"Minister of Education, Daniel Ilave; and Vice Minister of Defense, Col. Marco Sulca."
	checkRoles(t, []roleCase{
		{name: "a title before the comma", text: text, person: "Daniel Ilave", title: "Minister of Education", org: "Peru"},
		{name: "a rank between the comma and the name", text: text, person: "Marco Sulca", title: "Vice Minister of Defense", org: "Peru"},
		{name: "the officials' noun carries the country", text: "H\nThe envoy met Colombian officials, including Minister of Mines, Daniel Ilave; and others.",
			person: "Daniel Ilave", org: "Colombia"},
		{name: "no group noun, no government", text: "H\nThe envoy met many people, including Minister of Mines, Daniel Ilave; and others.",
			person: "Daniel Ilave", org: "Colombia", neg: true},
	})
}
