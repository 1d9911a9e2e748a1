package extract

import "testing"

// TestStaffPostToAnUnnamedPrincipal checks that "Advisor to the Vice
// President X" gives X the adviser's post, not the principal's, and not a
// post of the country visited. All copy is invented.
func TestStaffPostToAnUnnamedPrincipal(t *testing.T) {
	text := "Readout of a Trip to Paraguay\n\nNational Security Advisor to the Vice President Dr. Lena Marsh traveled to Paraguay on May 3 to meet President Tomas Ibarra. Dr. Marsh discussed security cooperation between Paraguay and the United States.\n"
	checkRoles(t, []roleCase{
		{name: "the adviser's post", text: text, person: "Lena Marsh", title: "National Security Advisor to the Vice President", org: "United States"},
		{name: "not the principal's post in the host country", text: text, person: "Lena Marsh", org: "Paraguay", neg: true},
		{name: "a named principal keeps the principal's post", text: "Talks in Lima\n\nAn adviser to Vice President Rosa Quint met the minister of Peru.\n",
			person: "Rosa Quint", title: "Vice President", org: "Peru"},
	})
}
