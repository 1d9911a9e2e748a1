package extract

import "testing"

// TestFrontedParticiple: a past participle phrase with its agent that
// opens the sentence is said of the main clause's subject after its comma;
// a participle without an agent, or inside a sentence, is not read so.
func TestFrontedParticiple(t *testing.T) {
	checkRelCases(t, []relCase{
		{name: "designated as … by",
			text: "LIMA – Police announced the results of an operation.\n\nDesignated as a terrorist organization in February by Peru, the Gulf Cartel is a significant threat.",
			want: []string{"Peru|designated|Gulf Cartel"}},
		{name: "sanctioned by",
			text: "Sanctioned by the Department of the Treasury in 2019, Juan Ferrandiz remains at large.",
			want: []string{"Department of the Treasury|sanctioned|Juan Ferrandiz"}},
		{name: "no agent",
			text: "Designated as a terrorist organization in February, the Gulf Cartel is a threat to Peru.",
			not:  []string{"Peru|designated|Gulf Cartel"}},
	})
}
