package extract

import "testing"

// TestFoundGuilty: "was found guilty" by a court or jury states a
// conviction like "was convicted"; "found" alone states none. All copy is
// invented.
func TestFoundGuilty(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "found guilty by a federal jury",
			text: "The network smuggled cocaine into the United States. Tomas Ruiz Vela, 38, was found guilty of money laundering by a federal jury in Houston.",
			want: []string{"United States|convicted|Tomas Ruiz Vela"}},
		{name: "found guilty in federal court",
			text: "The network smuggled cocaine into the United States. Tomas Ruiz Vela, 38, was found guilty in federal court of conspiracy.",
			want: []string{"United States|convicted|Tomas Ruiz Vela"}},
		{name: "found is no conviction",
			text: "The network smuggled cocaine into the United States. Tomas Ruiz Vela, 38, was found in federal custody in Houston.",
			not:  []string{"United States|convicted|Tomas Ruiz Vela"}},
	})
}
