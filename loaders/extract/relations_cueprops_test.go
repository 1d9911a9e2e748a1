package extract

import (
	"slices"
	"testing"
	"testing/fstest"
)

// A property written after a verb phrase of relations.tsv is compiled into
// the cue and acts without code: a newcomer's "caution [object-named]"
// threatens whom it names right after it, and no one when a clause
// follows; "[groups]" keeps only armed groups as actors.
func TestCuePropertiesFromLexicon(t *testing.T) {
	fsys := lexFiles()
	fsys["relations.tsv"] = &fstest.MapFile{Data: []byte("threatened\tcaution [object-named]\t\n" +
		"attacked\tbattle [groups]\t\n")}
	lex, irr, err := loadRelationLexicon(fsys, "lex")
	if err != nil {
		t.Fatal(err)
	}
	cues := compileRelCues(lex, irr)
	if c := cues["cautioned"]; len(c) != 1 || len(c[0].rest) != 0 || !slices.Equal(c[0].props, []string{"object-named"}) {
		t.Fatalf(`cues["cautioned"] = %+v`, c)
	}
	saved := relCues
	relCues = cues
	defer func() { relCues = saved }()
	checkRelCases(t, []relCase{
		{name: "named right after",
			text: "Colombia cautioned Venezuela that its border troops must withdraw.",
			want: []string{"Colombia|threatened|Venezuela"}},
		{name: "a clause after",
			text: "Colombia cautioned that Venezuela would close the border.",
			not:  []string{"Colombia|threatened|Venezuela"}},
		{name: "armed groups",
			text: "The Norte Grande Cartel battled the Costa Azul Cartel for the port.",
			want: []string{"Norte Grande Cartel|attacked|Costa Azul Cartel"}},
		{name: "a state is no armed group",
			text: "Colombia battled the Costa Azul Cartel for the port.",
			not:  []string{"Colombia|attacked|Costa Azul Cartel"}},
	})
}

// An unknown property, or properties with no words, stop the lexicon
// with the file and line.
func TestCuePropertyErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"threatened\twarn [object-nameless]\n", `lex/relations.tsv:1: threatened: verb phrase "warn [object-nameless]": no cue property "object-nameless"`},
		{"# c\nthreatened\t[object-named]\n", `lex/relations.tsv:2: threatened: verb phrase "[object-named]": no words before the properties`},
	} {
		fsys := lexFiles()
		fsys["relations.tsv"] = &fstest.MapFile{Data: []byte(tc.text)}
		if _, _, err := loadRelationLexicon(fsys, "lex"); err == nil || err.Error() != tc.want {
			t.Errorf("%q: error = %v, want %s", tc.text, err, tc.want)
		}
	}
}

// Properties written after the predicate go to each of its verb phrases,
// after the phrase's own; "[object-government]" keeps only states as the
// objects of a newcomer's "salute".
func TestPredicateCueProperties(t *testing.T) {
	fsys := lexFiles()
	fsys["relations.tsv"] = &fstest.MapFile{Data: []byte("metWith [noun-agent]\tmeet with; tour {with} [guests-meet]\tmeeting\n" +
		"supports\tsalute [object-government]\t\n")}
	lex, irr, err := loadRelationLexicon(fsys, "lex")
	if err != nil {
		t.Fatal(err)
	}
	cues := compileRelCues(lex, irr)
	for _, tc := range []struct {
		word  string
		props []string
	}{
		{"met", []string{"noun-agent"}},
		{"touring", []string{"guests-meet", "noun-agent"}},
	} {
		c := cues[tc.word]
		if len(c) == 0 || !slices.Equal(c[0].props, tc.props) {
			t.Errorf("cues[%q] = %+v, want props %q", tc.word, c, tc.props)
		}
	}
	if c := cues["meeting"]; len(c) != 2 || !c[0].has("noun-agent") || c[1].has("noun-agent") {
		t.Errorf(`cues["meeting"] = %+v, want the verb with noun-agent, the noun without`, c)
	}
	if c := cues["touring"]; len(c) != 1 || !slices.Equal(c[0].needs, []string{"with"}) {
		t.Errorf(`cues["touring"] = %+v, want the condition {with}`, c)
	}
	saved := relCues
	relCues = cues
	defer func() { relCues = saved }()
	checkRelCases(t, []relCase{
		{name: "a state saluted",
			text: "Chile saluted Peru for its work on the border.",
			want: []string{"Chile|supports|Peru"}},
		{name: "a person saluted",
			text: "Chile saluted Minister Tomas Ruhl of Peru for his work on the border.",
			not:  []string{"Chile|supports|Tomas Ruhl"}},
	})
}

// A newcomer's "single out [sanctions-action]" reads a sanctions action
// as the sanctions office's act, and "voice … thanks for
// [object-possessor]" supports the state whose possessive follows only.
func TestActionAndCreditCueProperties(t *testing.T) {
	fsys := lexFiles()
	fsys["relations.tsv"] = &fstest.MapFile{Data: []byte("sanctioned\tsanction\t\ndeployedAgainst\tsingle out [sanctions-action]\t\n" +
		"supports\tvoice … thanks for [object-possessor]\t\n")}
	lex, irr, err := loadRelationLexicon(fsys, "lex")
	if err != nil {
		t.Fatal(err)
	}
	saved := relCues
	relCues = compileRelCues(lex, irr)
	defer func() { relCues = saved }()
	checkRelCases(t, []relCase{
		{name: "a sanctions action",
			text: "Treasury Acts on Fuel Network\n\nWASHINGTON — Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) sanctioned a network linked to the Norte Grande Cartel.\n\nToday’s action also singles out Transportes Ralo S.A., a company in Tijuana.",
			want: []string{"Office of Foreign Assets Control|sanctioned|Transportes Ralo S.A."}},
		{name: "a state's possessive",
			text: "Chile voiced its thanks for Peru's work on the border.",
			want: []string{"Chile|supports|Peru"}},
		{name: "an act described",
			text: "Chile voiced its thanks for the work Peru is doing on the border.",
			not:  []string{"Chile|supports|Peru"}},
	})
}
