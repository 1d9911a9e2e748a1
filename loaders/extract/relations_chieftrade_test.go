package extract

import "testing"

// TestChiefOfATrade: in a criminal group, "chief" or "head" before
// another noun names the first of a trade ("chief accountant", "head
// enforcer"), a member; alone or before "of" it names the group's head.
// All copy is invented.
func TestChiefOfATrade(t *testing.T) {
	const lead = "The Los Halcones cartel moves cocaine through Ecuador. "
	checkRelCases(t, []relCase{
		{name: "chief accountant",
			text: lead + "OFAC also sanctioned Andres Felipe Roldan, the cartel's chief accountant.",
			want: []string{"Andres Felipe Roldan|memberOf|Los Halcones"}, not: []string{"Andres Felipe Roldan|leads|Los Halcones"}},
		{name: "chief enforcer of",
			text: lead + "Police arrested Andres Felipe Roldan, chief enforcer of Los Halcones, in Quito.",
			not:  []string{"Andres Felipe Roldan|leads|Los Halcones"}},
		{name: "the chief",
			text: lead + "Police arrested Andres Felipe Roldan, the chief of Los Halcones, in Quito.",
			want: []string{"Andres Felipe Roldan|leads|Los Halcones"}},
	})
}
