package extract

import "testing"

// TestAgeBeforeTitle: an age between a name and its title ("X, 52, a
// leader of Y, was sentenced") leaves the name the holder of the title
// and the one the act falls on.
func TestAgeBeforeTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "age then title",
			text: "Cartel Leader Sentenced\n\nWASHINGTON — Marcos Delgado Fuentes, 52, a leader of the Gulf Cartel, was sentenced today to life in prison in the United States.",
			want: []string{"United States|convicted|Marcos Delgado Fuentes", "Marcos Delgado Fuentes|leads|Gulf Cartel"},
			not:  []string{"United States|convicted|Gulf Cartel"}},
	})
}
