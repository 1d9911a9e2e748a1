package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// A list the code names and words.tsv lacks stops the program when the
// package starts: the accessor panics, naming the file and the list.
func TestWordListMissingFailsAtStartUp(t *testing.T) {
	defer func() {
		r := recover()
		msg, _ := r.(string)
		if !strings.Contains(msg, "data/lexicon/words.tsv") || !strings.Contains(msg, `"noSuchList"`) {
			t.Errorf("panic = %v, want one naming data/lexicon/words.tsv and \"noSuchList\"", r)
		}
	}()
	lexWords.set("noSuchList")
	t.Error("a missing list did not stop the program")
}

// lexFiles are well-formed lexicon files; each case of
// TestLexiconErrorsNameFileLine replaces one of them.
func lexFiles() fstest.MapFS {
	return fstest.MapFS{
		"relations.tsv": {Data: []byte("# predicate\tverbs\tnouns\n" +
			"designated\tdesignate; declare {terrorist|terrorists}\tdesignation\n" +
			"memberOf\t\t\n")},
		"irregular-verbs.tsv": {Data: []byte("# lemma\tforms\nmeet\tmet\npull\n")},
		"words.tsv":           {Data: []byte("# a list\nhonorifics\tmr.=m dr.\n\t# more\n\tms.=f\nplain\ta b\n\tc\n")},
		"agency-kinds.tsv": {Data: []byte("# words\tkind\twording\tcountry\nforeign ministry\tforeignministry\tforeign ministry\t-\n" +
			"army\tarmy\tarmy\tcountry\n")},
	}
}

func TestLexiconErrorsNameFileLine(t *testing.T) {
	for _, tc := range []struct {
		name, file, text string
		want             string // the error's start
	}{
		{"too many columns", "relations.tsv", "# c\nsigned\tsign\tsigning\textra\n", "lex/relations.tsv:2: 4 columns"},
		{"empty predicate", "relations.tsv", "\n\tsign\tsigning\n", `lex/relations.tsv:2: predicate ""`},
		{"predicate twice", "relations.tsv", "signed\tsign\nsigned\tink\n", `lex/relations.tsv:2: predicate "signed" listed twice`},
		{"open condition", "relations.tsv", "designated\tdeclare {terrorist\n", `lex/relations.tsv:1: designated: verb phrase "declare {terrorist"`},
		{"empty alternative", "relations.tsv", "# c\n# c\ndesignated\tdeclare {terrorist|}\n", "lex/relations.tsv:3: designated: verb phrase"},
		{"only a condition", "relations.tsv", "designated\t{terrorist}\n", `lex/relations.tsv:1: designated: verb phrase "{terrorist}": no words`},
		{"gap first", "relations.tsv", "deployedAgainst\t… against\n", `lex/relations.tsv:1: deployedAgainst: verb phrase "… against": starts with`},
		{"condition not last", "relations.tsv", "designated\tdeclare {terrorist} group\n", "lex/relations.tsv:1: designated: verb phrase"},
		{"long noun phrase", "relations.tsv", "attacked\tattack\twar on drugs\n", `lex/relations.tsv:1: attacked: noun phrase "war on drugs"`},
		{"irregular columns", "irregular-verbs.tsv", "meet\tmet\textra\n", "lex/irregular-verbs.tsv:1: 3 columns"},
		{"irregular twice", "irregular-verbs.tsv", "meet\tmet\nmeet\tmeet\n", `lex/irregular-verbs.tsv:2: lemma "meet" listed twice`},
		{"irregular lemma", "irregular-verbs.tsv", "# c\nhold on\theld\n", `lex/irregular-verbs.tsv:2: lemma "hold on"`},
		{"words before a list", "words.tsv", "# c\n\tstray words\n", "lex/words.tsv:2: words before the first list name"},
		{"list twice", "words.tsv", "a\tx\nb\ty\na\tz\n", `lex/words.tsv:3: list "a" defined twice`},
		{"bad list name", "words.tsv", "two words\tx\n", `lex/words.tsv:1: list name "two words"`},
		{"value in a set", "words.tsv", "plain\ta\n\tb=c\nhonorifics\tmr.=m\n", `lex/words.tsv:2: plain: "b=c"`},
		{"bad gender", "words.tsv", "plain\ta\nhonorifics\tmr.=m\n\tsir=x\n", `lex/words.tsv:3: honorifics: "sir=x"`},
		{"agency kind columns", "agency-kinds.tsv", "# c\narmy\tarmy\tarmy\n", "lex/agency-kinds.tsv:2: 3 columns"},
		{"agency kind country", "agency-kinds.tsv", "army\tarmy\tarmy\tyes\n", `lex/agency-kinds.tsv:1: country column "yes"`},
		{"agency kind empty", "agency-kinds.tsv", "\tarmy\tarmy\t-\n", "lex/agency-kinds.tsv:1: empty words"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := lexFiles()
			fsys[tc.file] = &fstest.MapFile{Data: []byte(tc.text)}
			_, _, err := loadRelationLexicon(fsys, "lex")
			if err == nil {
				var wl *wordLists
				if wl, err = loadWordLists(fsys, "lex"); err == nil {
					if _, err = wl.setOf("plain"); err == nil {
						if _, err = wl.gendersOf("honorifics"); err == nil {
							_, err = loadAgencyKinds(fsys, "lex")
						}
					}
				}
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error = %v, want one starting %q", err, tc.want)
			}
		})
	}
}

// The well-formed files load into what the code expects.
func TestLexiconFilesLoad(t *testing.T) {
	lex, irr, err := loadRelationLexicon(lexFiles(), "lex")
	if err != nil {
		t.Fatal(err)
	}
	if len(lex) != 2 || lex[0] != (relEntry{"designated", "designate; declare {terrorist|terrorists}", "designation"}) || lex[1] != (relEntry{pred: "memberOf"}) {
		t.Errorf("relations = %q", lex)
	}
	if f, ok := irr["pull"]; !ok || f != nil || !slices.Equal(irr["meet"], []string{"met"}) {
		t.Errorf("irregular = %q", irr)
	}
	cues := compileRelCues(lex, irr)
	if c := cues["declared"]; len(c) != 1 || !c[0].past || !slices.Equal(c[0].needs, []string{"terrorist", "terrorists"}) {
		t.Errorf(`cues["declared"] = %+v`, c)
	}
	wl, err := loadWordLists(lexFiles(), "lex")
	if err != nil {
		t.Fatal(err)
	}
	if g := wl.genders("honorifics"); len(g) != 3 || g["mr."] != 'm' || g["ms."] != 'f' || g["dr."] != 0 {
		t.Errorf("honorifics = %v", g)
	}
	if got := wl.fields("plain"); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("plain = %q", got)
	}
	kinds, err := loadAgencyKinds(lexFiles(), "lex")
	if err != nil {
		t.Fatal(err)
	}
	if len(kinds) != 2 || !slices.Equal(kinds[0].words, []string{"foreign", "ministry"}) || kinds[0].qual || !kinds[1].qual || kinds[1].core != "army" {
		t.Errorf("agency kinds = %+v", kinds)
	}
}

// Every list the code names is in words.tsv, and every list of words.tsv
// is named by the code (a list nobody reads is a word added in vain).
func TestWordListsNamedInCode(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	named := map[string]bool{}
	use := regexp.MustCompile(`lexWords\.(?:set|fields|genders|pairs)\("([^"]+)"\)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range use.FindAllStringSubmatch(string(b), -1) {
			named[m[1]] = true
			if _, err := lexWords.get(m[1]); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
	if len(named) == 0 {
		t.Fatal("no list named in the code: the pattern no longer matches the accessors")
	}
	for _, name := range lexWords.order {
		if !named[name] {
			t.Errorf("%s: list %q is named by no code", lexWords.file, name)
		}
	}
}
