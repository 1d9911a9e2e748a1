// A court or judge that sentences: "The court sentenced X", "U.S.
// District Judge Y sentenced X": the state whose court it is convicted X.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// courtNouns name a court or its officers as the subject of a sentence.
var courtNouns = set("court", "judge", "jury", "tribunal", "magistrate")

// courtActor is the government whose court is the subject right before
// the verb group at start, an unnamed one ("The court", "a judge") or a
// judge named with the title ("Judge Y"): the country named after the
// verb, the dateline's, or the author's (courtCountry); nil when the
// subject is no court.
func (d *doc) courtActor(start, end, sent int) []*entity {
	k := start - 1
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	if m := d.mentionAt(k); m != nil {
		if m.ent == nil || m.ent.typ != schema.Person || !judgeTitled(m.ent) {
			return nil
		}
	} else if !courtNouns[d.toks[k].key] {
		return nil
	}
	return d.courtCountry(end, sent)
}

// judgeTitled reports whether a person holds a judge's title.
func judgeTitled(e *entity) bool {
	for _, t := range e.roles {
		if strings.Contains(strings.ToLower(t), "judge") {
			return true
		}
	}
	return false
}
