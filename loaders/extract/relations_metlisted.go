// A meeting with a group of officials that a list then names is a meeting
// with each person listed: "met with a group of senior Peruvian leaders,
// including the minister of defense, A; and the vice minister, B".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// officialGroupNouns are plural nouns for the officials a meeting's object
// may gather before listing them.
var officialGroupNouns = lexWords.set("officialGroupNouns")

// metPeopleListed are the people listed by "including" or "such as" after
// a plural noun for officials that opens a meeting's object ("met with a
// group of senior Peruvian leaders, including A, B and C"), or nil. Only
// words that name no person may stand before the noun, so "met with A and
// other officials, including B" is left to the usual reading.
func (d *doc) metPeopleListed(end, sent int) []*entity {
	k := end
	for ; k < len(d.toks) && k < end+8 && d.toks[k].sent == sent && d.toks[k].kind == tWord && !officialGroupNouns[d.toks[k].key]; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return nil
		}
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !officialGroupNouns[d.toks[k].key] {
		return nil
	}
	j := d.groupAdjunctEnd(k+1, sent)
	if j < len(d.toks) && d.toks[j].key == "," {
		j++
	}
	switch {
	case j < len(d.toks) && d.toks[j].key == "including":
		j++
	case j+1 < len(d.toks) && d.toks[j].key == "such" && d.toks[j+1].key == "as":
		j += 2
	default:
		return nil
	}
	if j >= len(d.toks) || d.toks[j].sent != sent {
		return nil
	}
	// Every person named from there to the end of the list: items may
	// carry titles and be set off by semicolons ("the minister of health,
	// A; and the vice minister, B").
	var out []*entity
	for ; j < len(d.toks) && d.toks[j].sent == sent && !listEnders[d.toks[j].key]; j++ {
		if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil && m.ent.typ == schema.Person && !d.inQuote[j] {
			out = append(out, m.ent)
		}
	}
	return out
}

// listEnders end a list of people named after "including": what follows
// says what they did or where ("… and B, who …", "… to discuss").
var listEnders = lexWords.set("listEnders")

// groupAdjunctEnd returns where the list of a group of officials may
// start when a phrase of place or occasion stands between the group's
// noun at j-1 and "including" ("leaders from three countries in Lima,
// including A", "leaders at a summit on trade, including
// A"): the phrase opens with a preposition and holds no person, no verb
// and no clause; j itself when no such phrase leads to the list.
func (d *doc) groupAdjunctEnd(j, sent int) int {
	if j >= len(d.toks) || !groupAdjunctPreps[d.toks[j].key] {
		return j
	}
	for k := j + 1; k < len(d.toks) && k < j+16 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.key == "including" || t.key == "such" && k+1 < len(d.toks) && d.toks[k+1].key == "as" {
			if d.toks[k-1].key == "," {
				return k - 1
			}
			return k
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return j
		}
		if t.kind == tWord && !t.cap && (listEnders[t.key] && !groupAdjunctPreps[t.key] || t.key == "that" ||
			clauseOpeners[t.key] || coordVerbs[t.key] || strings.HasSuffix(t.key, "ed")) || t.key == ";" {
			return j // "leaders in Lima and discussed issues, including …": a clause, not the group's place
		}
	}
	return j
}

// groupAdjunctPreps open a phrase of place or occasion after a group of
// officials met.
var groupAdjunctPreps = set("from", "in", "of", "for", "at", "across")
