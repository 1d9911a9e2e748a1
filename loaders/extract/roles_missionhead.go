// An ambassador or a chargé d'affaires heads a state's diplomatic mission:
// the post is in the government the embassy represents, not in the
// embassy ("Chargé d'Affaires at the Embassy of Peru" is Peru's, "the
// Ambassador of the U.S. Embassy in Lima" the United States').

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// missionHeadTitle reports whether a title is that of a diplomatic
// mission's head: an ambassador or a chargé d'affaires (not a deputy
// chief of mission or other staff).
func missionHeadTitle(title string) bool {
	t := fold(title)
	if strings.Contains(t, "deputy") || strings.Contains(t, "former") {
		return false
	}
	return strings.Contains(t, "ambassador") || strings.Contains(t, "charge d")
}

// missionHeadGov is the government a mission head's post at org is in:
// when org is an embassy or consulate whose state is known (its country,
// or the state named after "of" in its name), that state's government;
// otherwise org.
func (d *doc) missionHeadGov(title string, org *entity) *entity {
	if org == nil || org.typ != schema.Agency || !missionHeadTitle(title) {
		return org
	}
	name := " " + fold(org.name) + " "
	if !strings.Contains(name, " embassy ") && !strings.Contains(name, " consulate ") {
		return org
	}
	c := org.country
	if c == "" {
		if _, after, ok := strings.Cut(name, " embassy of "); ok {
			c = d.countryNamed(after)
		}
	}
	if c == "" {
		return org
	}
	if g := d.govNamed(c); g != nil {
		return g
	}
	return &entity{name: c, typ: schema.Government} // the state, though the article lists no government of it
}

// countryNamed is the country whose name (or the name of its state) opens
// the folded words s: "colombia in the united states" → Colombia.
func (d *doc) countryNamed(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "the ")
	if before, _, ok := strings.Cut(s, " in "); ok {
		s = before
	}
	for name := range d.g.countries {
		if fold(name) == s {
			return name
		}
	}
	return ""
}
