package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The names below are invented for these tests; none is taken from an
// evaluation article.

// TestLegislatureNoSide checks that a state's legislature among an
// agreement's parties gives way to its state's government when the text
// names that state, and is dropped when it does not.
func TestLegislatureNoSide(t *testing.T) {
	senate := &entity{typ: schema.Agency, name: "Ruritanian Senate", country: "Ruritania", mentions: 1}
	gov := &entity{typ: schema.Government, name: "Ruritania", mentions: 1}
	other := &entity{typ: schema.Government, name: "Elbonia", mentions: 1}
	ministry := &entity{typ: schema.Agency, name: "Ruritanian Trade Ministry", country: "Ruritania", mentions: 1}
	for _, c := range []struct {
		name    string
		ents    []*entity
		parties []string
		want    string
	}{
		{"the state named", []*entity{senate, gov, other}, []string{"Ruritanian Senate", "Elbonia"}, "Elbonia|Ruritania"},
		{"the state not named", []*entity{senate, other}, []string{"Ruritanian Senate", "Elbonia"}, "Elbonia"},
		{"a ministry stays", []*entity{ministry, other}, []string{"Ruritanian Trade Ministry", "Elbonia"}, "Elbonia|Ruritanian Trade Ministry"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &doc{entList: c.ents}
			parties := map[string]bool{}
			for _, p := range c.parties {
				parties[p] = true
			}
			d.legislatureParties(parties)
			var got []string
			for p := range parties {
				got = append(got, p)
			}
			sort.Strings(got)
			if g := strings.Join(got, "|"); g != c.want {
				t.Errorf("legislatureParties(%v) = %q, want %q", c.parties, g, c.want)
			}
		})
	}
}
