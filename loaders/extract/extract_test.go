package extract

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "update golden files in testdata/")

func newExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	ex, err := New()
	if err != nil {
		tb.Fatalf("New() error: %v", err)
	}
	return ex
}

// agreementNames lists the names of x's agreements, sorted and joined by
// "|"; "" when there is none.
func agreementNames(x schema.Extraction) string {
	var names []string
	for _, a := range x.Agreements {
		names = append(names, a.Name)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

// agreementParties returns the parties of x's agreement named name (nil
// when it has none) and whether x names that agreement.
func agreementParties(x schema.Extraction, name string) (parties []string, found bool) {
	for _, a := range x.Agreements {
		if a.Name == name {
			parties, found = a.Parties, true
		}
	}
	if len(parties) == 0 {
		parties = nil
	}
	return parties, found
}

// quotedSpeaker is the speaker of the last statement whose quotation holds
// quote; "" when there is none or it has no speaker.
func quotedSpeaker(x schema.Extraction, quote string) string {
	got := ""
	for _, s := range x.Statements {
		if strings.Contains(s.Quote, quote) {
			got = s.Speaker
		}
	}
	return got
}

// speakerCase is an article, a piece of one of its quotations, and who
// should be its speaker ("" for none).
type speakerCase struct{ name, text, quote, speaker string }

// checkSpeakers runs each case as a subtest: the statement holding quote
// must be said by speaker.
func checkSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	ex := newExtractor(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := quotedSpeaker(x, c.quote); got != c.speaker {
				t.Errorf("Extract(%q) speaker of %q = %q, want %q; statements %+v", c.text, c.quote, got, c.speaker, x.Statements)
			}
		})
	}
}

// extractorWithAgreement returns an extractor whose gazetteer is the bundled
// one with row (a line of agreements.tsv, without its newline) added, for
// tests of a known agreement no real gazetteer entry should have to carry.
func extractorWithAgreement(tb testing.TB, row string) *Extractor {
	tb.Helper()
	fsys := fstest.MapFS{}
	files, err := fs.Glob(data.Gazetteer, "*.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(data.Gazetteer, f)
		if err != nil {
			tb.Fatal(err)
		}
		if f == "agreements.tsv" {
			b = append(b, row+"\n"...)
		}
		fsys[f] = &fstest.MapFile{Data: b}
	}
	ex, err := New(WithGazetteer(fsys))
	if err != nil {
		tb.Fatal(err)
	}
	return ex
}

// agreementNamed extracts text and returns the extraction and its
// agreement named want, failing the test when there is none; with want
// "", it fails the test if any agreement is read.
func agreementNamed(t *testing.T, ex *Extractor, text, want string) (schema.Extraction, schema.AgreementFact, bool) {
	t.Helper()
	x := ex.Extract(article(text))
	if want == "" {
		if len(x.Agreements) != 0 {
			t.Errorf("Extract(%q) agreements = %+v, want none", text, x.Agreements)
		}
		return x, schema.AgreementFact{}, false
	}
	a, ok := agreementIn(t, text, x, want)
	return x, a, ok
}

// agreementIn returns the agreement named want of x, the extraction of
// text, failing the test when there is none.
func agreementIn(t *testing.T, text string, x schema.Extraction, want string) (schema.AgreementFact, bool) {
	t.Helper()
	for _, a := range x.Agreements {
		if a.Name == want {
			return a, true
		}
	}
	t.Errorf("Extract(%q) agreements = %+v, want %q", text, x.Agreements, want)
	return schema.AgreementFact{}, false
}

// speakerQuotes returns the statements of x cut to their speaker and
// quote, the two fields the speaker tests compare.
func speakerQuotes(x schema.Extraction) []schema.Statement {
	var got []schema.Statement
	for _, s := range x.Statements {
		got = append(got, schema.Statement{Speaker: s.Speaker, Quote: s.Quote})
	}
	return got
}

func article(text string) schema.Article {
	title, _, _ := strings.Cut(text, "\n")
	return schema.Article{ID: "t.txt", Title: title, Text: text}
}

// hasRole reports whether x gives person a role at org.
func hasRole(x schema.Extraction, person, org string) bool {
	for _, r := range x.Roles {
		if r.Person == person && r.Org == org {
			return true
		}
	}
	return false
}

// hasNamed reports whether x has an entity of type t named exactly name.
func hasNamed(x schema.Extraction, name string, t schema.EntityType) bool {
	for _, e := range x.Entities {
		if e.Name == name && e.Type == t {
			return true
		}
	}
	return false
}

// checkPersons extracts text and reports each name of want that is not a
// person of the extraction and each name of not that is; an empty name in
// want is skipped, so a case may expect no one.
func checkPersons(t *testing.T, ex *Extractor, text string, want, not []string) {
	t.Helper()
	x := ex.Extract(article(text))
	for _, p := range want {
		if p != "" && !hasEntity(x, p, schema.Person) {
			t.Errorf("Extract(%q): no person %q in %+v", text, p, x.Entities)
		}
	}
	for _, p := range not {
		if hasEntity(x, p, schema.Person) {
			t.Errorf("Extract(%q): person %q, want none", text, p)
		}
	}
}

// checkEntityNames extracts text and reports each name of want that names
// no entity of the extraction (by name or alias) and each name of not that
// does.
func checkEntityNames(t *testing.T, ex *Extractor, text string, want, not []string) {
	t.Helper()
	x := ex.Extract(schema.Article{ID: "t", Text: text})
	has := map[string]bool{}
	for _, e := range x.Entities {
		has[e.Name] = true
		for _, a := range e.Aliases {
			has[a] = true
		}
	}
	for _, w := range want {
		if !has[w] {
			t.Errorf("Extract(%q) entities = %+v, want %q", text, x.Entities, w)
		}
	}
	for _, w := range not {
		if has[w] {
			t.Errorf("Extract(%q) entities = %+v, want no %q", text, x.Entities, w)
		}
	}
}

// checkAgencies reports each name of want that is not an agency of the
// extraction x of text and each name of not that is.
func checkAgencies(t *testing.T, text string, x schema.Extraction, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !hasEntity(x, w, schema.Agency) {
			t.Errorf("Extract(%q): no agency %q in %+v", text, w, x.Entities)
		}
	}
	for _, n := range not {
		if hasEntity(x, n, schema.Agency) {
			t.Errorf("Extract(%q): unwanted agency %q in %+v", text, n, x.Entities)
		}
	}
}

func hasEntity(x schema.Extraction, name string, t schema.EntityType) bool {
	for _, e := range x.Entities {
		if e.Type != t {
			continue
		}
		if schema.Fold(e.Name) == schema.Fold(name) {
			return true
		}
		for _, a := range e.Aliases {
			if schema.Fold(a) == schema.Fold(name) {
				return true
			}
		}
	}
	return false
}

func TestEntities(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Entity // name and type
		notWant    []string
	}{
		{"countries and metonyms", "Headline\nWashington and Mexico City traded barbs as the White House pressed the Mexican government.",
			[]schema.Entity{{Name: "United States", Type: schema.Government}, {Name: "Mexico", Type: schema.Government}}, nil},
		{"capital as a place is not a government", "Headline\nThe FBI has an office in Caracas.",
			[]schema.Entity{{Name: "FBI", Type: schema.Agency}}, []string{"Venezuela"}},
		{"acronyms and agencies", "Headline\nThe DEA and U.S. Customs and Border Protection (CBP) seized fentanyl.",
			[]schema.Entity{{Name: "Drug Enforcement Administration", Type: schema.Agency}, {Name: "CBP", Type: schema.Agency}}, nil},
		{"cartels", "Headline\nThe Sinaloa Cartel fought the CJNG and Tren de Aragua.",
			[]schema.Entity{{Name: "Sinaloa Cartel", Type: schema.Cartel}, {Name: "Jalisco New Generation Cartel", Type: schema.Cartel}, {Name: "Tren de Aragua", Type: schema.Cartel}}, nil},
		{"organisation name by its head word", "Headline\nAnalysts at the Safe Streets and Gang Unit agreed.",
			[]schema.Entity{{Name: "Safe Streets and Gang Unit", Type: schema.Agency}}, nil},
		{"lists do not fuse names", "Headline\nA study by the United Nations and World Bank agreed.",
			[]schema.Entity{{Name: "United Nations", Type: schema.Organization}, {Name: "World Bank", Type: schema.Organization}}, []string{"United Nations and World Bank"}},
		{"generic ministry tied to context", "Headline\nMexico protested. The foreign ministry said it was studying the case.",
			[]schema.Entity{{Name: "foreign ministry", Type: schema.Agency}}, nil},
		{"qualified military", "Headline\nThe Colombian military and US forces trained together.",
			[]schema.Entity{{Name: "Colombian military", Type: schema.Agency}, {Name: "US forces", Type: schema.Agency}}, nil},
		{"glued words", "Claudia SheinbaumMexico’s president spoke.\nShe said nothing.",
			[]schema.Entity{{Name: "Claudia Sheinbaum", Type: schema.Person}, {Name: "Mexico", Type: schema.Government}}, nil},
		{"a camel-case brand before an organisation's head is one word", "Headline\nGrants went to the BlueRock Foundation and to Ana Ruiz.",
			[]schema.Entity{{Name: "BlueRock Foundation", Type: schema.Organization}}, []string{"Rock Foundation"}},
		{"html remnants and entities", "Headline\n<p>President&nbsp;Gustavo Petro of Colombia met the <b>DEA</b> chief.</p>",
			[]schema.Entity{{Name: "Gustavo Petro", Type: schema.Person}, {Name: "Drug Enforcement Administration", Type: schema.Agency}}, nil},
		{"agreements", "Headline\nMexico negotiates a tariff deal and the Mérida Initiative with Washington.",
			[]schema.Entity{{Name: "tariff deal", Type: schema.Agreement}, {Name: "Mérida Initiative", Type: schema.Agreement}}, nil},
		{"places are not people", "Headline\nThe prison Centro Penal De Sonsonate holds 800 inmates.",
			nil, []string{"Centro Penal De Sonsonate"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkEntities(t, c.text, ex.Extract(article(c.text)), c.want, c.notWant)
		})
	}
}

// checkEntities fails t for each wanted entity the extraction of text lacks
// and each unwanted name it has, of any type.
func checkEntities(t *testing.T, text string, x schema.Extraction, want []schema.Entity, notWant []string) {
	t.Helper()
	for _, w := range want {
		if !hasEntity(x, w.Name, w.Type) {
			t.Errorf("Extract(%q) has no %s %q; entities %+v", text, w.Type, w.Name, x.Entities)
		}
	}
	for _, n := range notWant {
		for _, tp := range schema.EntityTypes {
			if hasEntity(x, n, tp) {
				t.Errorf("Extract(%q) has %s %q, want none", text, tp, n)
			}
		}
	}
}

func TestRoles(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text, person, org string
		former            bool
	}{
		{"Headline\nMexico’s president, Claudia Sheinbaum, spoke.", "Claudia Sheinbaum", "Mexico", false},
		{"Headline\nUS secretary of state Marco Rubio spoke.", "Marco Rubio", "United States", false},
		{"Headline\nJack Riley, former deputy administrator of the Drug Enforcement Administration, spoke.", "Jack Riley", "Drug Enforcement Administration", true},
		{"Headline\nCecilia Farfán-Méndez, of the Global Initiative Against Transnational Organised Crime, said so.", "Cecilia Farfán-Méndez", "Global Initiative Against Transnational Organized Crime", false},
		{"Headline\nPresident Ricardo Maduro of Honduras agreed.", "Ricardo Maduro", "Honduras", false},
		{"Talks\nThe talks were held in Lima. The Chilean delegation was led by the Minister of the Interior, Rosa Vidal; and included the Chilean Ambassador to Peru, Ana Ruiz; the Deputy Attorney General, Marta Soto. Representing Peru were the Minister of Defense, Luis Cano.", "Ana Ruiz", "Chile", false},
		{"Talks\nThe talks were held in Lima. The Chilean delegation was led by the Minister of the Interior, Rosa Vidal; and included the Chilean Ambassador to Peru, Ana Ruiz; the Deputy Attorney General, Marta Soto. Representing Peru were the Minister of Defense, Luis Cano.", "Marta Soto", "Chile", false},
		{"Talks\nThe talks were held in Lima. The Chilean delegation was led by the Minister of the Interior, Rosa Vidal; and included the Chilean Ambassador to Peru, Ana Ruiz; the Deputy Attorney General, Marta Soto. Representing Peru were the Minister of Defense, Luis Cano.", "Luis Cano", "Peru", false},
		{"Talks\nPeru's Foreign Minister Ana Ruiz spoke on Monday. “Our partnership with Chile is strong,” said Foreign Minister Ruiz.", "Ana Ruiz", "Peru", false},
		{"Talks\nThe envoy met today with President of Ecuador Daniel Noboa in Quito.", "Daniel Noboa", "Ecuador", false},
		{"Talks\nThe envoy and Commander of the Andean Naval Command (ANC) General Rosa Vidal met today.", "Rosa Vidal", "Andean Naval Command", false},
		{"Talks\nPresident Biden’s Special Advisor for the Americas Dana Whitfield spoke in Quito.", "Dana Whitfield", "United States", false},
		{"Statement from Homeland Security Advisor Dr. Dana Whitfield on the Arrest\n\nThe United States thanks Mexico.", "Dana Whitfield", "United States", false},
		{"Talks\nThe United States and Peru met in Lima. Ana Ruiz's delegation included White House Director of National Drug Control Policy Dr. Dana Whitfield; and others.", "Dana Whitfield", "United States", false},
		{"Sentenced\nAna Ruiz Vega, from Zacapa, Guatemala, was a leader of the Gulf Cartel.", "Ana Ruiz Vega", "Gulf Cartel", false},
		{"Border Talks Resume\n\nBy Marta Reyes\nPolitico\n\nLIMA, May 3, 2024 - The talks resumed.", "Marta Reyes", "Politico", false},
		{"Border Talks Resume\n\nBy Marta Reyes, Politico\n\nLIMA, May 3, 2024 - The talks resumed.", "Marta Reyes", "Politico", false},
		{"Briefing\n\nMODERATOR: Next question.\n\nQ: Hi. This is Luis Mena from Politico. Will the talks resume?", "Luis Mena", "Politico", false},
		{"Arrests\nThe alleged leaders of the Gulf Cartel Carla Soto Paz (“La Flaca”) and Jorge Ortiz Luna were charged.", "Jorge Ortiz Luna", "Gulf Cartel", false},
		{"Visit\nMIAMI (Jan. 15, 2020) -- Andean Naval Command commander, Navy Adm. Rosa Vidal, visited Peru.", "Rosa Vidal", "Andean Naval Command", false},
		{"Talks\nThe United States sent Deputy Secretary of State for Management and Resources Ana Ruiz to Lima.", "Ana Ruiz", "United States", false},
		{"Charges\n“As President Biden has made clear, the cartels will answer for this,” said prosecutor Ana Ruiz of the United States.", "Joe Biden", "United States", false},
		{"Statement from Homeland Security Advisor Dana Whitfield on Haiti\nHaiti's police and the United States worked in Haiti, and Haiti thanked them.", "Dana Whitfield", "United States", false},
		{"Headline\nNicaragua's president, Enrique Bolanos, says so.", "Enrique Bolanos", "Nicaragua", false},
		{"Headline\nAir Force Gen. Douglas M. Fraser, Southcom commander, spoke.", "Douglas M. Fraser", "U.S. Southern Command", false},
		{"Headline\nRob Portman, the U.S. Trade Representative, said it.", "Rob Portman", "United States", false},
		{"Headline\nColombian President Alvaro Uribe was pleased.", "Alvaro Uribe", "Colombia", false},
		{"Headline\nSpecial Agent Julian Igualada, who is part of an FBI team, said it.", "Julian Igualada", "Federal Bureau of Investigation", false},
		{"Headline\nThomas Aldana was deputy chief of mission at the Drug Enforcement Administration.", "Thomas Aldana", "Drug Enforcement Administration", false},
	} {
		x := ex.Extract(article(c.text))
		found := false
		for _, r := range x.Roles {
			if r.Person == c.person && r.Org == c.org && r.Former == c.former {
				found = true
			}
		}
		if !found {
			t.Errorf("Extract(%q) roles = %+v, want %s of %s (former %v)", c.text, x.Roles, c.person, c.org, c.former)
		}
	}
}

func TestStatements(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want       []schema.Statement // speaker and quote
	}{
		{"quote then attribution", "H\n“We will not accept it,” Sheinbaum told reporters. Claudia Sheinbaum is president.",
			[]schema.Statement{{Speaker: "Claudia Sheinbaum", Quote: "We will not accept it"}}},
		{"attribution then colon", "H\nCecilia Farfán-Méndez, an analyst, said: “It’s not a welcome development.”",
			[]schema.Statement{{Speaker: "Cecilia Farfán-Méndez", Quote: "It’s not a welcome development."}}},
		{"inverted attribution", "H\n\"That is certain, you have to kill,\" said Special Agent Julian Igualada.",
			[]schema.Statement{{Speaker: "Julian Igualada", Quote: "That is certain, you have to kill"}}},
		{"pronoun speaker", "H\nMarta Lucia Ramirez met Donald Trump. Ramirez warned that the plan would fail.\n“It would have very serious consequences,” she said.",
			[]schema.Statement{{Speaker: "Marta Lucia Ramirez", Quote: "It would have very serious consequences"}}},
		{"split quote", "H\nPresident George W. Bush spoke. \"By transforming our hemisphere,\" he says, \"we will promote democratic governance.\"",
			[]schema.Statement{{Speaker: "George W. Bush", Quote: "By transforming our hemisphere"}, {Speaker: "George W. Bush", Quote: "we will promote democratic governance."}}},
		{"institution speaker", "H\nMexico protested. The foreign ministry later reiterated that it “would not accept the participation of US forces”.",
			[]schema.Statement{{Speaker: "Secretariat of Foreign Affairs", Quote: "would not accept the participation of US forces"}}},
		{"multi-paragraph quote", "H\n\"More than 80 percent goes by sea,\" Douglas Fraser said. \"Working with partners, we will disrupt them.\n\"Trafficking jeopardizes everyone,\" Fraser added.",
			[]schema.Statement{{Speaker: "Douglas Fraser", Quote: "More than 80 percent goes by sea"}, {Speaker: "Douglas Fraser", Quote: "Working with partners, we will disrupt them."}, {Speaker: "Douglas Fraser", Quote: "Trafficking jeopardizes everyone"}}},
		{"scare quotes are not statements", "H\nMartillo is the Spanish word for “hammer.” Crossing that “red line” would be bad, Rubio said.", nil},
		{"quoted titles are not statements", "H\nThe report “Crime In The Americas Today” was published by Marco Rubio.", nil},
		{"no speaker, no statement", "H\nThe sign read “no entry for anyone here” and nothing more.", nil},
		{"a name after a passive naming verb", "H\nSenator Ana Ruiz spoke. The report is called “Rivers of Cash Along the Border Today.”", nil},
		{"a described speaker is not the body in the description", "H\nPete Lowell held the post until May. The former FBI agent goes on to say, “The smugglers changed their routes every week.”",
			nil},
		{"an unnamed relative is no one", "H\nThe ministry of Ruritania spoke. As my grandfather used to say, “Promises are cheaper than bread and bullets.”", nil},
		{"an office holder of an area", "H\nSheriff Lena Marsh of Pine County said, “The smugglers know our roads better than we do.”",
			[]schema.Statement{{Speaker: "Lena Marsh", Quote: "The smugglers know our roads better than we do."}}},
		{"according to", "H\n“The network is gone,” according to Laura Benavides, the agent.",
			[]schema.Statement{{Speaker: "Laura Benavides", Quote: "The network is gone"}}},
		// as in the gold of real published text, a labelled turn is not a
		// statement; a quotation in it is, the label's person's
		{"transcript turns are not statements", "Remarks by Secretary of State Marco Rubio\nSECRETARY RUBIO: Thank you all very much.\nQUESTION: Will there be troops?\nSECRETARY RUBIO: No troops will be sent at all.",
			nil},
		{"a quoted transcript turn", "Remarks by Secretary of State Marco Rubio\nSECRETARY RUBIO: Thank you all very much.\nQUESTION: “Will there be troops in the port?”\nSECRETARY RUBIO: “No troops will be sent at all.”",
			[]schema.Statement{{Speaker: "Marco Rubio", Quote: "No troops will be sent at all."}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := article(c.text)
			x := ex.Extract(a)
			var got []schema.Statement
			for _, s := range x.Statements {
				got = append(got, schema.Statement{Speaker: s.Speaker, Quote: s.Quote})
				if a.Text[s.Start:s.End] != s.Quote {
					t.Errorf("Text[%d:%d] = %q, want %q", s.Start, s.End, a.Text[s.Start:s.End], s.Quote)
				}
			}
			gj, _ := json.Marshal(got)
			wj, _ := json.Marshal(c.want)
			if string(gj) != string(wj) {
				t.Errorf("Extract(%q) statements = %s, want %s", c.text, gj, wj)
			}
		})
	}
}

func TestOffsetsWithMessyText(t *testing.T) {
	ex := newExtractor(t)
	text := "Title &amp; more\r\n<p>“We cooperate,\u00a0we collaborate, but no invasion,” said\u00a0Claudia Sheinbaum.</p>\n&#8220;It is off the table, absolutely,&#8221; she said."
	a := schema.Article{ID: "m", Title: "Title &amp; more", Text: text}
	x := ex.Extract(a)
	if len(x.Statements) != 2 {
		t.Fatalf("Extract(messy) statements = %+v, want 2", x.Statements)
	}
	for _, s := range x.Statements {
		if s.Start < 0 || s.End > len(text) || text[s.Start:s.End] != s.Quote {
			t.Errorf("statement %q at [%d:%d] does not cut the text", s.Quote, s.Start, s.End)
		}
		if s.Speaker != "Claudia Sheinbaum" {
			t.Errorf("speaker of %q = %q, want Claudia Sheinbaum", s.Quote, s.Speaker)
		}
	}
}

func TestTitleNotInText(t *testing.T) {
	ex := newExtractor(t)
	a := schema.Article{ID: "x", Title: "President Claudia Sheinbaum speaks", Text: "“We will not accept it,” she said."}
	x := ex.Extract(a)
	if len(x.Statements) != 1 || x.Statements[0].Speaker != "Claudia Sheinbaum" || a.Text[x.Statements[0].Start:x.Statements[0].End] != x.Statements[0].Quote {
		t.Errorf("Extract(title apart) statements = %+v", x.Statements)
	}
}

// TestGolden compares the extraction of the seed article with
// testdata/seed.golden.json; go test ./loaders/extract -update rewrites it.
func TestGolden(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ article, golden string }{
		{"00-seed-mexico-us-cartels.txt", "seed.golden.json"},
		{"06-colombia-myers-narcoterrorism.txt", "myers.golden.json"},
	} {
		b, err := fs.ReadFile(data.Articles, c.article)
		if err != nil {
			t.Fatalf("read %s: %v", c.article, err)
		}
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		got, err := json.MarshalIndent(ex.Extract(schema.Article{ID: c.article, Title: title, Text: text}), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", c.golden)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read golden: %v (run with -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Extract(%s) differs from %s; run go test ./loaders/extract -update and review the diff\ngot:\n%s", c.article, path, got)
		}
	}
}

func FuzzExtract(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	for _, s := range []string{"", "“", "\"a b c\" he said", "Claudia SheinbaumMexico’s", "<p>&amp;</p>\u00a0“x y z,” said Gen. A. B.",
		"SECRETARY RUBIO: Thank you all.\nQ: x\nA: y", "\xff\xfe“bad utf8 here”", "&#8220;a b c&#8221; she said"} {
		f.Add(s)
	}
	ex := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		title, _, _ := strings.Cut(text, "\n")
		for _, a := range []schema.Article{{Text: text, Title: title}, {Text: text, Title: "Other title"}} {
			x, err := ex.extract(a) // no recovery: a panic fails the test
			if err != nil {
				var le *LimitError
				if !errors.As(err, &le) {
					t.Fatalf("extract: %v, want nil or a *LimitError", err)
				}
				continue
			}
			for _, s := range x.Statements {
				if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Quote {
					t.Fatalf("statement %q at [%d:%d] does not cut text %q", s.Quote, s.Start, s.End, a.Text)
				}
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	ex := newExtractor(b)
	var arts []schema.Article
	size := 0
	files, _ := fs.Glob(data.Articles, "*.txt")
	for _, f := range files {
		bs, err := fs.ReadFile(data.Articles, f)
		if err != nil {
			b.Fatal(err)
		}
		title, _, _ := strings.Cut(string(bs), "\n")
		arts = append(arts, schema.Article{ID: f, Title: title, Text: string(bs)})
		size += len(bs)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			ex.Extract(a)
		}
	}
}

// TestTrimRank checks that a rank ending a longer title is left to the
// name: the title is the office.
func TestTrimRank(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Commander Gen.", "Commander"},
		{"Chief of Defense Maj. Gen.", "Chief of Defense"},
		{"Attorney General", "Attorney General"},
		{"Commander of Naval Operations Adm.", "Commander of Naval Operations"},
		{"Gen.", "Gen."},
		{"Lt. Gen.", "Lt. Gen."},
		{"Secretary", "Secretary"},
	} {
		if got := trimRank(c.in); got != c.want {
			t.Errorf("trimRank(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRankAfterOfficeComma checks that a rank between a comma and a name
// is the name's, not a second office: "the head of the X, Colombian
// Brig. Gen. Y" gives Y one role, head of X.
func TestRankAfterOfficeComma(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(schema.Article{ID: "t", Text: "Visit\nShe was joined by the head of the Andean Naval Command, Colombian Brig. Gen. Rosa Vidal, on Monday."})
	if len(x.Roles) != 1 || x.Roles[0].Title != "head" || x.Roles[0].Org != "Andean Naval Command" {
		t.Errorf("roles = %+v, want only Rosa Vidal, head of the Andean Naval Command", x.Roles)
	}
}

// TestDoubledQuoteMarks checks that quotation marks typed as two
// apostrophes or two backticks, as the Congressional Record prints them,
// open and close statements, and that the quotes still cut the text.
func TestDoubledQuoteMarks(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, speaker string }{
		{"two apostrophes", "Headline\nMr. DOE of Utah. Mr. Speaker, Sheriff Lena Marsh of Pine County said, ''The smugglers know our roads better than we do.''", "Lena Marsh"},
		{"backticks and apostrophes", "Headline\n``We will not give the gangs one more street,'' said Mayor Tomas Ibarra.", "Tomas Ibarra"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if len(x.Statements) != 1 {
				t.Fatalf("Extract(%q) statements = %+v, want 1", c.text, x.Statements)
			}
			s := x.Statements[0]
			if s.Speaker != c.speaker {
				t.Errorf("speaker = %q, want %q", s.Speaker, c.speaker)
			}
			if c.text[s.Start:s.End] != s.Quote || strings.Contains(s.Quote, "''") {
				t.Errorf("quote %q at [%d:%d] does not cut the text cleanly", s.Quote, s.Start, s.End)
			}
		})
	}
}
