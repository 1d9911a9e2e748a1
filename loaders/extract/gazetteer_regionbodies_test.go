package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRegionBodiesKnown checks that the region's rights groups, armed
// groups, parties and firms the gazetteer lists are read with their type
// from sentences that give no other cue. All copy is invented.
func TestRegionBodiesKnown(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, name string
		typ        schema.EntityType
	}{
		{"H\nThe Argentine Forensic Anthropology Team identified four bodies near the river.", "Argentine Forensic Anthropology Team", schema.Organization},
		{"H\nSoldiers clashed with the EPP near the northern border.", "Paraguayan People’s Army", schema.Cartel},
		{"H\nThe Militarized Communist Party of Peru ambushed a patrol in the valley.", "Militarized Communist Party of Peru", schema.Cartel},
		{"H\nThe FMLN lost its majority in the assembly.", "Farabundo Marti National Liberation Front", schema.Organization},
		{"H\nProsecutors said Odebrecht paid bribes for two road contracts.", "Odebrecht", schema.Organization},
		{"H\nThe Cuban Prisoners Defenders counted 900 prisoners of conscience.", "Cuban Prisoners Defenders", schema.Organization},
	} {
		x := ex.Extract(article(c.text))
		if !hasNamed(x, c.name, c.typ) {
			t.Errorf("Extract(%q) entities = %+v, want %s %q", c.text, x.Entities, c.typ, c.name)
		}
	}
}
