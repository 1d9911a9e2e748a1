package extract

import "testing"

// TestSpeakerOwnAgency checks that "our" said by an agency's official, in
// a text that names no government of theirs, is the agency; an office of
// the agency named with a place speaks for the agency; a named government
// is still the speaker's.
func TestSpeakerOwnAgency(t *testing.T) {
	checkRelCases(t, []relCase{
		{"an agency spokesman's 'our', no government named",
			"“The arrests show our close partnership with Mexico,” said Tomas Erlund, a Drug Enforcement Administration spokesman.",
			[]string{"Drug Enforcement Administration|cooperatesWith|Mexico"}, nil},
		{"an office named by agency and place speaks for the agency",
			"“The seizure shows our partnership with Guatemala,” said Tomas Erlund, a DEA Tarrin Falls spokesman.",
			[]string{"Drug Enforcement Administration|cooperatesWith|Guatemala"}, nil},
		{"a named government stays the speaker's",
			"The United States welcomed the arrests. “The arrests show our close partnership with Mexico,” said Tomas Erlund, a Drug Enforcement Administration spokesman.",
			[]string{"United States|cooperatesWith|Mexico"}, []string{"Drug Enforcement Administration|cooperatesWith|Mexico"}},
	})
}
