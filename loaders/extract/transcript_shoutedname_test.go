package extract

import "testing"

// TestShoutedFullName checks that a turn label with one name word ("MR.
// X:") takes the full name a line in capitals gives it with a known given
// name, and stays the bare word otherwise. All copy is invented.
func TestShoutedFullName(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"a briefing's headline in capitals",
			"PRESS BRIEFING BY PABLO VELLANO\n\nQ Will the ministry answer the request?\n\nMR. VELLANO: We have a good dialogue with them.\n\nQ And next week?\n\nMR. VELLANO: That is hypothetical.",
			[]string{"Pablo Vellano"}, nil},
		{"no given name before it",
			"PRESS BRIEFING ON VELLANO REPORT\n\nQ Will the ministry answer the request?\n\nMR. VELLANO: We have a good dialogue with them.\n\nQ And next week?\n\nMR. VELLANO: That is hypothetical.",
			[]string{"Vellano"}, []string{"Report Vellano", "On Vellano"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkPersons(t, ex, c.text, c.want, c.not)
		})
	}
}
