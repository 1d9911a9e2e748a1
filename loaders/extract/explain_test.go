package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// explainCopy is invented copy: no text of any set.
const (
	explainAccord = "Peru and Chile sign border accord\n" +
		"LIMA, Peru, March 3, 2026 – Peru and Chile signed the Border Cooperation Agreement on Tuesday, officials said.\n" +
		"Peruvian Interior Minister Rosa Quispe said the accord would help both police forces. “We will patrol the border together,” Quispe said.\n" +
		"Tomas Herrera, director of the Chilean National Police, welcomed the deal.\n" +
		"Herrera told reporters:\n" +
		"“This is a good day for both countries.”\n" +
		"The United States designated the Tren del Sol gang a terrorist organization last year. Chilean police arrested Marco Vidal on Monday.\n"
	explainGang = "Gang leader arrested\n" +
		"The Costa Verde gang, led by Julio Ramos, controls the port. Mexico's foreign minister, Elena Ortiz, said on Monday that “the talks went well.”\n" +
		"The minister's words – “we are ready” – drew praise.\n" +
		"Police said the arrest of Ramos by the Honduran police ended a long hunt.\n"
	explainTranscript = "Ministers meet in Quito\n" +
		"QUITO – The interior minister of Ecuador, Lucia Paredes, met her Colombian counterpart on Friday.\n" +
		"SECRETARY PAREDES: We have worked with our neighbours for years.\n" +
		"Q: What about the gangs?\n" +
		"SECRETARY PAREDES: “We will not negotiate with the Lobos,” as I said last week.\n"
)

// factText is how TestExplain names a fact: the fact as extract's
// summary prints it.
func factText(x schema.Extraction, r Reason) string {
	switch r.Kind {
	case "entity":
		return string(x.Entities[r.Index].Type) + " " + x.Entities[r.Index].Name
	case "role":
		ro := x.Roles[r.Index]
		return ro.Person + ": " + ro.Title + ", " + ro.Org
	case "statement":
		return x.Statements[r.Index].Speaker + ": " + x.Statements[r.Index].Quote
	case "agreement":
		return x.Agreements[r.Index].Name
	case "party":
		return x.Agreements[r.Index].Name + " party " + r.Party
	case "relation":
		re := x.Relations[r.Index]
		return re.Subject + " " + re.Predicate + " " + re.Object
	case "published":
		return x.Published
	}
	return ""
}

func TestExplain(t *testing.T) {
	ex := newExtractor(t)
	tests := []struct {
		name, text  string
		kind, fact  string // the fact (its summary text, exactly)
		rule, words string // words: a part of the reason's words
	}{
		{"published from the dateline", explainAccord, "published", "2026-03-03", "published/head-date", "March 3, 2026"},
		{"country from the gazetteer", explainAccord, "entity", "Government Chile", "entity/gazetteer", "Chile"},
		{"person after a title", explainAccord, "entity", "Person Rosa Quispe", "entity/person:title-before", "Rosa Quispe"},
		{"person before an apposed title", explainAccord, "entity", "Person Tomas Herrera", "entity/person:title-apposition", "Tomas Herrera"},
		{"person by a known given name", explainAccord, "entity", "Person Marco Vidal", "entity/person:given-name", "Marco Vidal"},
		{"generic agency", explainAccord, "entity", "Agency Chilean National Police", "entity/generic-agency", "Chilean National Police"},
		{"agreement named by its subject", explainAccord, "agreement", "Border Cooperation Agreement", "agreement/agreement-subject", "border accord"},
		{"title before the name", explainAccord, "role", "Rosa Quispe: Interior Minister, Peru", "role/title-before-name", "Peruvian Interior Minister Rosa Quispe"},
		{"title in apposition", explainAccord, "role", "Tomas Herrera: director, Chilean National Police", "role/apposition", "director of the Chilean National Police"},
		{"said after the quotation", explainAccord, "statement", "Rosa Quispe: We will patrol the border together", "statement/said-after", "Quispe said"},
		{"speaker line ending in a colon", explainAccord, "statement", "Tomas Herrera: This is a good day for both countries.", "statement/layout-heading", "Herrera told reporters:"},
		{"stated parties", explainAccord, "party", "Border Cooperation Agreement party Chile", "agreement-party/subject-signed", "Peru and Chile signed"},
		{"verb cue from relationLexicon", explainAccord, "relation", "United States designated Tren del Sol", "relation/verb:designate", "[designated]"},
		{"inflected verb cue", explainAccord, "relation", "Chilean National Police arrested Marco Vidal", "relation/verb:arrest", "[arrested] Marco Vidal"},
		{"relation from a role", explainAccord, "relation", "Tomas Herrera leads Chilean National Police", "relation/role", "director of the Chilean National Police"},
		{"noun cue from relationLexicon", explainGang, "relation", "Honduran police arrested Julio Ramos", "relation/noun:arrest", "the [arrest] of Ramos"},
		{"led by", explainGang, "role", "Julio Ramos: leader, Costa Verde", "role/led-by", "led by Julio Ramos"},
		{"title before a comma", explainGang, "role", "Elena Ortiz: foreign minister, Mexico", "role/title-before-comma", "foreign minister, Elena Ortiz"},
		{"said before the quotation", explainGang, "statement", "Elena Ortiz: the talks went well.", "statement/said-before", "Elena Ortiz, said on Monday that"},
		{"possessed speech", explainGang, "statement", "Elena Ortiz: we are ready", "statement/possessed-speech", "The minister's words"},
		{"criminal group by its head noun", explainGang, "entity", "Cartel Costa Verde", "entity/group-name", "Costa Verde gang"},
		{"government of an agency", explainGang, "entity", "Government Honduras", "entity/government-of-agency", "Honduran police"},
		{"title and body before a comma", explainTranscript, "role", "Lucia Paredes: interior minister, Ecuador", "role/body-title-before-comma", "The interior minister of Ecuador, Lucia Paredes"},
		{"transcript turn", explainTranscript, "statement", "Lucia Paredes: We will not negotiate with the Lobos", "statement/transcript-turn", "SECRETARY PAREDES:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, why, err := ex.Explain(article(tt.text))
			if err != nil {
				t.Fatalf("Explain: %v", err)
			}
			var facts []string
			for _, r := range why {
				f := factText(x, r)
				if r.Kind != tt.kind || f != tt.fact {
					facts = append(facts, fmt.Sprintf("%s %q <- %s", r.Kind, f, r.Rule))
					continue
				}
				if r.Rule != tt.rule || !strings.Contains(r.Words, tt.words) {
					t.Errorf("%s %q: got rule %q words %q, want %q with %q", tt.kind, tt.fact, r.Rule, r.Words, tt.rule, tt.words)
				}
				return
			}
			t.Errorf("no %s %q among:\n%s", tt.kind, tt.fact, strings.Join(facts, "\n"))
		})
	}
}

// TestExplainSameExtraction checks that explaining changes nothing that is
// extracted and that every fact has a reason.
func TestExplainSameExtraction(t *testing.T) {
	ex := newExtractor(t)
	for _, text := range []string{explainAccord, explainGang, explainTranscript} {
		a := article(text)
		x := ex.Extract(a)
		y, why, err := ex.Explain(a)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(x, y) {
			t.Errorf("Explain's extraction differs from Extract's:\n%+v\n%+v", y, x)
		}
		n := len(x.Entities) + len(x.Roles) + len(x.Statements) + len(x.Agreements) + len(x.Relations)
		for _, a := range x.Agreements {
			n += len(a.Parties)
		}
		if x.Published != "" {
			n++
		}
		if len(why) != n {
			t.Errorf("%d reasons for %d facts", len(why), n)
		}
		for _, r := range why {
			if r.Rule == "" || strings.HasSuffix(r.Rule, "?") {
				t.Errorf("no rule for %s %q", r.Kind, factText(y, r))
			}
		}
	}
}
