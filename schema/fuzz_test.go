package schema

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// fuzzedExtraction builds an extraction out of fuzzed names, types and
// text, using every kind of fact.
func fuzzedExtraction(id, title, name, other, alias, quote string, kind uint8) (Article, Extraction) {
	a := Article{ID: id, Title: title, Text: quote, Source: "fuzz/" + id}
	if kind&0x80 != 0 {
		a.Published = time.Unix(int64(kind)*86400*97, 0).UTC()
	}
	typ := EntityTypes[int(kind)%len(EntityTypes)]
	preds := []string{"negotiatesWith", "sanctioned", "notAVerb", ""}
	x := Extraction{
		Article:  id,
		Title:    title,
		Entities: []Entity{{Name: name, Type: typ, Aliases: []string{alias, name}}, {Name: other, Type: Person, Aliases: []string{alias}}},
		Roles:    []Role{{Person: other, Title: alias, Org: name, Former: kind&1 == 1}},
		Statements: []Statement{{Speaker: other, Quote: quote, End: len(quote), About: []string{name, alias}},
			{Speaker: alias, Quote: quote}},
		Agreements: []AgreementFact{{Name: name + " accord", Parties: []string{name, other, alias}}},
		Relations:  []Relation{{Subject: name, Predicate: preds[int(kind)%len(preds)], Object: other, Sentence: quote}},
	}
	return a, x
}

func FuzzQuads(f *testing.F) {
	if testing.Short() {
		f.Skip("fuzzing skipped under -short")
	}
	f.Add("seed.txt", "Mexico rejects US strikes", "Mexico", "Claudia Sheinbaum", "Sheinbaum", "It's off the table", uint8(1))
	f.Add("", "", "", "", "", "", uint8(0))
	f.Add("a b/c?d#e", "\x00\xff", "<ng:x>", "\"quoted\" \\", "\n", "“nested ‘quote’”", uint8(0x85))
	f.Add("ü.txt", "Ünïcödé", "ÉTAT", "état", "Etat", strings.Repeat("x", 300), uint8(3))
	f.Fuzz(func(t *testing.T, id, title, name, other, alias, quote string, kind uint8) {
		if len(id)+len(title)+len(name)+len(other)+len(alias)+len(quote) > 4<<10 {
			t.Skip()
		}
		a, x := fuzzedExtraction(id, title, name, other, alias, quote, kind)
		qs := Quads(a, x)
		label := ArticleIRI(id)
		seen := map[string]bool{}
		for _, q := range qs {
			if !q.IsValid() {
				t.Fatalf("Quads gave an invalid quad %v", q)
			}
			if q.Label != label {
				t.Fatalf("quad %v is not labelled %v", q, label)
			}
			for _, v := range []quad.Value{q.Subject, q.Object} {
				if !utf8.ValidString(quad.StringOf(v)) {
					t.Fatalf("quad %v holds invalid UTF-8", q)
				}
			}
			line := quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object}.NQuad()
			if seen[line] {
				t.Fatalf("quad %s twice", line)
			}
			seen[line] = true
		}
		if len(qs) == 0 || qs[0].Subject == nil {
			t.Fatalf("Quads(%q) gave no quads", id)
		}
		again := Quads(a, x)
		if len(again) != len(qs) {
			t.Fatalf("Quads is not deterministic: %d then %d quads", len(qs), len(again))
		}
		for i := range qs {
			if qs[i] != again[i] {
				t.Fatalf("Quads is not deterministic at %d: %v then %v", i, qs[i], again[i])
			}
		}
	})
}
