// A lede that describes a group's head before naming him: "Colombia has
// extradited the head of the country's biggest cartel. … officials said
// the head of the X cartel, Y, arrived on Friday."

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// leadHeadNouns name the head of a criminal group.
var leadHeadNouns = set("head", "leader", "boss", "chief", "kingpin")

// forwardHeadReferent is the person a definite "the head of …" at token
// k refers to when no one before it holds that title: the one person the
// next three sentences name who the article says heads a criminal group
// ("the head of the X cartel Y", "the leader of X, Y"). News copy often opens
// on the description and names the person a sentence later. nil when no
// such person, or more than one, is named.
func (d *doc) forwardHeadReferent(k int) *entity {
	if k+1 >= len(d.toks) || !leadHeadNouns[d.toks[k].key] || d.toks[k+1].key != "of" {
		return nil
	}
	sent := d.toks[k].sent
	var p *entity
	for j := k + 1; j < len(d.toks) && d.toks[j].sent <= sent+3; j++ {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.ent == p {
			continue
		}
		j = m.e - 1
		if !d.headsGroup(m.ent) {
			continue
		}
		if p != nil {
			return nil // two heads: which one is unsaid
		}
		p = m.ent
	}
	return p
}

// headsGroup reports whether the article gives person e a current role
// as a criminal group's head ("head, X Cartel"; "leader, Y gang"): the
// head nouns stand for one another.
func (d *doc) headsGroup(e *entity) bool {
	for _, r := range d.roles {
		if r.Person != e.name || r.Former {
			continue
		}
		head := false
		for _, w := range strings.Fields(strings.ToLower(r.Title)) {
			head = head || leadHeadNouns[w]
		}
		if !head {
			continue
		}
		if d.roleGroup(r) != nil {
			return true
		}
	}
	return false
}
