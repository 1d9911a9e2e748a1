package extract

import (
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/newsgraph/newsgraph/data"
)

// TestKnownAgreementAfterPair: an agreement name opened by two states
// joined by a hyphen, followed by a known agreement's alias and its
// complement ("Chile-Peru Andean Port Framework on …"), is that known
// agreement, not a second one.
func TestKnownAgreementAfterPair(t *testing.T) {
	fsys := fstest.MapFS{}
	files, err := fs.Glob(data.Gazetteer, "*.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(data.Gazetteer, f)
		if err != nil {
			t.Fatal(err)
		}
		if f == "agreements.tsv" {
			b = append(b, "Andean Port Framework for Customs, Borders, and Safe Harbors\tAndean Port Framework\tChile;Peru\t\n"...)
		}
		fsys[f] = &fstest.MapFile{Data: b}
	}
	ex, err := New(WithGazetteer(fsys))
	if err != nil {
		t.Fatal(err)
	}
	x := ex.Extract(article("H\nChile and Peru reviewed the Andean Port Framework. The ministers also praised the Chile-Peru Andean Port Framework on Customs, Borders, and Safe Harbors in Lima."))
	n := 0
	for _, e := range x.Entities {
		if e.Type == "Agreement" {
			n++
		}
	}
	if n != 1 || len(x.Agreements) != 1 {
		t.Errorf("agreements = %+v (entities %+v), want the one known framework", x.Agreements, x.Entities)
	}
}
