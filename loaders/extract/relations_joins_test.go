package extract

import "testing"

// TestAgreementJoins: a government that joined or acceded to a named
// agreement signed it; not when the joining is planned or negated, nor
// a person joining a meeting.
func TestAgreementJoins(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "joined the accords",
			text: "In May, Chile joined the — the Artemis Accords and set out its plans for space.",
			want: []string{"Chile|signed|Artemis Accords"}},
		{name: "plans to join",
			text: "Chile plans to join the Artemis Accords next year.",
			not:  []string{"Chile|signed|Artemis Accords"}},
		{name: "did not join",
			text: "Chile did not join the Artemis Accords.",
			not:  []string{"Chile|signed|Artemis Accords"}},
	})
}
