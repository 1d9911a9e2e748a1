// People named together and then given one plural post by a copula: "A
// and B were the leaders of the X cartel", "The Ruiz brothers were
// co-founders of the Y gang".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// kinPlurals after "the SURNAME" name the people of that surname: "the
// Ruiz brothers".
var kinPlurals = set("brothers", "sisters", "siblings", "cousins", "twins")

// pluralCopulaRoles gives each person of a plural subject ("A and B", "the
// SURNAME brothers") the post of "were|are [the] [former] TITLEs of BODY",
// or of an apposition ", [brothers and] [former] TITLEs of|in BODY".
func (d *doc) pluralCopulaRoles(add func(*entity, string, *entity, int)) {
	for w := 2; w+3 < len(d.toks); w++ {
		after := w + 1
		switch k := d.toks[w].key; {
		case (k == "were" || k == "are") && !d.inQuote[w]:
		case k == ",":
			// "A and B, brothers and former chiefs in the X cartel,": an
			// apposition naming the body, in a quotation too
			if kinPlurals[d.toks[after].key] && d.toks[after+1].key == "and" {
				after += 2
			}
		default:
			continue
		}
		people := d.pluralSubject(w)
		if len(people) < 2 {
			continue
		}
		title, org := d.pluralPostAfter(after)
		if org == nil {
			continue
		}
		for _, p := range people {
			add(p, title, org, w)
		}
	}
}

// pluralSubject returns the people of the subject ending right before
// token w: names joined by commas and "and", or "the SURNAME brothers" when
// two or more people of the text have that surname.
func (d *doc) pluralSubject(w int) []*entity {
	if kinPlurals[d.toks[w-1].key] {
		s := w - 2
		for s > 0 && d.toks[s].cap && d.toks[s].key != "the" && d.toks[s].sent == d.toks[w].sent {
			s--
		}
		if d.toks[s].key != "the" || s+1 >= w-1 {
			return nil
		}
		key := d.nameKeys(s+1, w-1)
		var out []*entity
		for _, e := range d.entList {
			if e.typ == schema.Person && len(e.toks) > len(key) && suffix(e.toks, key) {
				out = append(out, e)
			}
		}
		return out
	}
	var out []*entity
	k := w
	for k > 0 {
		m := d.mentionAt(k - 1)
		if m == nil || m.e != k || m.ent == nil || m.ent.typ != schema.Person {
			if k < w && d.toks[k].key == "," && len(out) >= 2 {
				k++ // "…, the X Cartel, A and B, chiefs of Y": an item of a longer list
				break
			}
			return nil
		}
		out = append(out, m.ent)
		k = m.s
		if k > 0 && d.toks[k-1].key == "and" {
			k--
			if k > 0 && d.toks[k-1].key == "," {
				k--
			}
		} else if k > 0 && d.toks[k-1].key == "," && len(out) > 0 {
			k--
		} else {
			break
		}
	}
	if d.toks[w].key != "," && k > 0 && d.toks[k-1].sent == d.toks[w].sent && !d.sentenceOpener(k) && !speechVerbs[d.toks[k-1].key] && d.toks[k-1].key != "that" {
		return nil // the names open no clause: "X met A and B were …" is no subject
	}
	return out
}

// pluralPostAfter reads "[the|both] [former] TITLEs of|in [the] BODY" from
// token i: the singular title and the body, or nil.
func (d *doc) pluralPostAfter(i int) (string, *entity) {
	if d.toks[i].key == "the" || d.toks[i].key == "both" || d.toks[i].key == "among" && d.toks[i+1].key == "the" {
		i++
		if d.toks[i].key == "the" {
			i++
		}
	}
	s := i
	for i < len(d.toks) && titleMods[d.toks[i].key] && !d.toks[i].cap {
		i++
	}
	if i+2 >= len(d.toks) || d.toks[i+1].key != "of" && d.toks[i+1].key != "in" {
		return "", nil
	}
	head := strings.TrimSuffix(d.toks[i].key, "s")
	if head == d.toks[i].key || !titleHeads[head] || d.toks[i].cap {
		return "", nil
	}
	j := i + 2
	if d.toks[j].key == "the" {
		j++
	}
	om := d.mentionAt(j)
	if om == nil || om.s != j || om.ent == nil {
		return "", nil
	}
	switch om.ent.typ {
	case schema.Cartel, schema.Organization, schema.Agency:
	default:
		return "", nil
	}
	title := strings.TrimSuffix(d.surface(s, i+1), "s")
	return title, om.ent
}
