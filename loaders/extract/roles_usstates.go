package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// usStates and usStateOffices are keyed by their folded words joined by
// spaces ("new york", "attorney general").
var (
	usStates       = spaced(lexWords.set("usStates"))
	usStateOffices = spaced(lexWords.set("usStateOffices"))
)

// spaced returns the set with "_" in its words read as a space.
func spaced(in map[string]bool) map[string]bool {
	out := make(map[string]bool, len(in))
	for w := range in {
		out[strings.ReplaceAll(w, "_", " ")] = true
	}
	return out
}

// usStateOffice gives the last title of a chain read before a name to the
// US state named right before it or at its start: "Virginia Governor X",
// "Texas Attorney General Y", "former Ohio Gov. Z" hold a state's own
// office, not a federal one. The state is the role's body; it is no
// entity of the article (the format's governments are sovereign states).
func (d *doc) usStateOffice(prs []rolePair) []rolePair {
	if len(prs) == 0 {
		return prs
	}
	pr := &prs[len(prs)-1]
	t0 := pr.title[0]
	if pr.org != nil && pr.org.typ != schema.Government {
		return prs
	}
	// the state before the title ("Virginia Governor"), or its first words
	// ("Texas Attorney General": the state read as a capitalised portfolio)
	s, e := d.usStateEnding(t0)
	title := pr.title
	if s < 0 {
		for n := 1; n <= 3 && n < len(title); n++ {
			if title[n-1]-title[0] == n-1 && d.usStateAt(title[0], title[0]+n) {
				s, e, title = title[0], title[0]+n, title[n:]
				break
			}
		}
	}
	if s < 0 || !d.stateOfficeTitle(title) {
		return prs
	}
	pr.title = title
	pr.org = &entity{name: d.surface(s, e), typ: schema.Government}
	return prs
}

// usStateEnding returns the span of a US state's name ending right before
// token t, or -1, -1.
func (d *doc) usStateEnding(t int) (int, int) {
	for n := 1; n <= 3; n++ {
		if s := t - n; s >= 0 && d.usStateAt(s, t) {
			return s, t
		}
	}
	return -1, -1
}

// usStateAt reports whether the tokens [s, e) of one sentence name a US
// state, written in capitals.
func (d *doc) usStateAt(s, e int) bool {
	if s < 0 || e > len(d.toks) || !d.toks[s].cap || !d.toks[e-1].cap || d.toks[s].sent != d.toks[e-1].sent {
		return false
	}
	keys := make([]string, 0, e-s)
	for k := s; k < e; k++ {
		if d.toks[k].kind != tWord {
			return false
		}
		keys = append(keys, d.toks[k].key)
	}
	return usStates[strings.Join(keys, " ")]
}

// stateOfficeTitle reports whether a title is a US state's office, after
// modifiers such as "former" or "acting".
func (d *doc) stateOfficeTitle(title []int) bool {
	for i, k := range title {
		var keys []string
		for _, j := range title[i:] {
			keys = append(keys, d.toks[j].key)
		}
		if usStateOffices[strings.Join(keys, " ")] {
			return true
		}
		if !titleMods[d.toks[k].key] || stateTitles[d.toks[k].key] {
			return false
		}
	}
	return false
}

// stateModifier reports whether the one word at i, a country's name that
// is also a US state's, modifies a noun after "a"/"an" ("a Georgia college
// student"): the state, since the country's modifier is its demonym.
func (d *doc) stateModifier(i int) bool {
	if !usStates[d.toks[i].key] || i == 0 || i+1 >= len(d.toks) {
		return false
	}
	if k := d.toks[i-1].key; k != "a" && k != "an" {
		return false
	}
	next := d.toks[i+1]
	return next.kind == tWord && !next.cap && next.sent == d.toks[i].sent && !funcWords[next.key]
}
