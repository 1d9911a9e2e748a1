package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// forceNameFillers are words a state's force is named with or without:
// "the Costa Rican National Coast Guard Service" is also "the Costa Rican
// Coast Guard Service" and "the Costa Rican National Coast Guard".
var forceNameFillers = set("national", "service", "the")

// forceCore is the name of a force without its optional words, or "" when
// the name has no force word (police, army, navy, coast guard, air force,
// marines) or fewer than two other words.
func forceCore(name string) string {
	var kept []string
	for _, w := range strings.Fields(fold(name)) {
		if !forceNameFillers[w] {
			kept = append(kept, w)
		}
	}
	core := strings.Join(kept, " ")
	if len(kept) < 2 {
		return ""
	}
	for _, w := range serviceWords {
		if strings.Contains(" "+core+" ", " "+w+" ") || strings.Contains(" "+core+" ", " "+w+"s ") {
			return core
		}
	}
	return ""
}

// mergeForceNames makes one agency of a state's force that the article
// names with and without "National" or "Service" ("Costa Rican National
// Coast Guard Service", "Costa Rican Coast Guard Service", "Costa Rican
// Coast Guard"): the longest name leads, the others are its aliases.
func (d *doc) mergeForceNames() {
	byCore := map[string][]*entity{}
	var cores []string
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 {
			continue
		}
		c := forceCore(e.name)
		if c == "" {
			continue
		}
		if byCore[c] == nil {
			cores = append(cores, c)
		}
		byCore[c] = append(byCore[c], e)
	}
	for _, c := range cores {
		es := byCore[c]
		if len(es) < 2 {
			continue
		}
		lead := es[0]
		for _, e := range es[1:] {
			if len(e.name) > len(lead.name) {
				lead = e
			}
		}
		for _, e := range es {
			if e != lead {
				lead.alias(e.name)
				if lead.country == "" {
					lead.country = e.country
				}
				d.moveEntity(e, lead)
			}
		}
	}
}
