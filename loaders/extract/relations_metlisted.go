// A meeting with a group of officials that a list then names is a meeting
// with each person listed: "met with a group of senior Peruvian leaders,
// including the minister of defense, A; and the vice minister, B".

package extract

import "github.com/newsgraph/newsgraph/schema"

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
	j := k + 1
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
