package extract

import (
	"reflect"
	"sort"
	"testing"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBlocMemberNotParty checks that a member state named near an
// agreement whose bloc is a party is not a party beside the bloc, unless
// the text lists it beside the bloc.
func TestBlocMemberNotParty(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"H\nThe Caribbean Community and the United States fund the Basin Firearms Compact, adopted at a summit in Kingston, Jamaica.",
			[]string{"Caribbean Community", "United States"}},
		{"H\nThe Basin Firearms Compact took effect on Monday. Jamaica, the Caribbean Community and the United States fund its work.",
			[]string{"Caribbean Community", "Jamaica", "United States"}},
	} {
		x := ex.Extract(article(c.text))
		got, _ := agreementParties(x, "Basin Firearms Compact")
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Extract(%q) parties = %v, want %v (agreements %+v)", c.text, got, c.want, x.Agreements)
		}
	}
}

// TestBlocCovers checks that a bloc among an agreement's parties covers
// its member states, and leaves other states and a bloc's absence alone.
func TestBlocCovers(t *testing.T) {
	ex := newExtractor(t)
	d := &doc{g: ex.g}
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"Caribbean Community", "Jamaica", "Dominican Republic", "United States"}, []string{"Caribbean Community", "Dominican Republic", "United States"}},
		{[]string{"Central American Integration System", "Honduras", "Mexico"}, []string{"Central American Integration System", "Mexico"}},
		{[]string{"Jamaica", "United States"}, []string{"Jamaica", "United States"}},
	} {
		parties := map[string]bool{}
		for _, p := range c.in {
			parties[p] = true
		}
		d.blocCovers(parties)
		var got []string
		for p := range parties {
			got = append(got, p)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("blocCovers(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
