package extract

import "github.com/newsgraph/newsgraph/schema"

// A quotation given as a joint statement of two named people is each
// one's statement: "In a joint statement, A, director of X, and B, chief
// of Y, said, “…”", "“…,” A and B said in a joint statement."

// jointSpeech reports whether token k says that speech was made together:
// "jointly", or "joint" before a word for a statement ("a joint statement",
// "their joint written remarks"); not "a joint appearance".
func (d *doc) jointSpeech(k int) bool {
	switch d.toks[k].key {
	case "jointly":
		return true
	case "joint":
		for j := k + 1; j < len(d.toks) && j <= k+2; j++ {
			if headingNouns[d.toks[j].key] {
				return true
			}
		}
	}
	return false
}

// jointCoSpeaker is the other person of a joint statement whose quotation
// q the text gives to sp: the attribution around q (its sentence before the
// opening mark, or after the closing one) says "joint" and names exactly
// two people outside quotation marks, sp and one other. nil otherwise.
func (d *doc) jointCoSpeaker(q quoteSpan, sp *entity) *entity {
	if sp == nil || sp.typ != schema.Person {
		return nil
	}
	var span [][2]int
	if s := q.open; s > 0 && !d.inQuote[s-1] && d.toks[s-1].sent == d.toks[s].sent {
		a := s
		for a > 0 && d.toks[a-1].sent == d.toks[s-1].sent && !d.inQuote[a-1] && d.toks[a-1].kind != tQuote {
			a--
		}
		span = append(span, [2]int{a, s})
	}
	if c := q.close; c >= 0 && c+1 < len(d.toks) && !d.toks[c+1].brk && d.toks[c+1].sent == d.toks[c].sent {
		b := c + 1
		for b < len(d.toks) && d.toks[b].sent == d.toks[c+1].sent && !d.inQuote[b] && d.toks[b].kind != tQuote {
			b++
		}
		span = append(span, [2]int{c + 1, b})
	}
	joint := false
	var people []*entity
	for _, sp := range span {
		for k := sp[0]; k < sp[1]; k++ {
			if d.jointSpeech(k) {
				joint = true
			}
			if m := d.mentionAt(k); m != nil && m.ent != nil {
				if m.ent.typ == schema.Person && (len(people) == 0 || people[len(people)-1] != m.ent) {
					people = append(people, m.ent)
				}
				k = m.e - 1
			}
		}
	}
	if !joint || len(people) != 2 || people[0] == people[1] {
		return nil
	}
	switch sp {
	case people[0]:
		return people[1]
	case people[1]:
		return people[0]
	}
	return nil
}
