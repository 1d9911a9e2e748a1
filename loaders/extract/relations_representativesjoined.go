// A readout's roll of the governments whose representatives took part:
// "A and B welcomed representatives from across the region … Representatives
// from C, D and E joined senior officials to …".

package extract

import "github.com/newsgraph/newsgraph/schema"

// repJoinVerbs are the verbs by which a roll of representatives took part.
var repJoinVerbs = set("joined", "attended", "met")

// repHostVerbs are the verbs of the meeting the roll belongs to, whose
// subjects are its hosts.
var repHostVerbs = set("welcomed", "hosted", "convened", "received", "met")

// representativesJoined reads a sentence opened by "Representatives from"
// (or "of") and a list of governments, then "joined" (or "attended", "met
// with"), as a meeting of each of those governments with each host of the
// meeting set out just before it: the people on the left of the nearest
// "welcomed", "hosted", "convened", "received" or "met" in that paragraph
// or the one before. A host's own government is not met.
func (d *doc) representativesJoined(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		t := d.toks[i]
		if t.key != "representatives" || d.inQuote[i] || i > 0 && d.toks[i-1].sent == t.sent ||
			d.toks[i+1].key != "from" && d.toks[i+1].key != "of" {
			continue
		}
		govs, v := d.repGovernments(i+2, t.sent)
		if len(govs) < 2 || v < 0 {
			continue
		}
		for _, h := range d.repHosts(i) {
			hg := d.personGov(h)
			for _, g := range govs {
				if g != hg {
					add(h, "metWith", g, v)
				}
			}
		}
	}
}

// repGovernments returns the governments listed from token s in sentence
// sent up to a verb of taking part, and that verb; nil when anything but
// names, "the", "and" and commas stands before it.
func (d *doc) repGovernments(s, sent int) ([]*entity, int) {
	var govs []*entity
	for k := s; k < len(d.toks) && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ != schema.Government {
				return nil, -1
			}
			govs = append(govs, m.ent)
			k = m.e - 1
			continue
		}
		switch key := d.toks[k].key; {
		case key == "," || key == "and" || key == "the":
		case repJoinVerbs[key]:
			return govs, k
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// repHosts returns the people on the left of the nearest meeting verb
// before token i, in its paragraph or the one before.
func (d *doc) repHosts(i int) []*entity {
	s := d.paraStart(i)
	if s == 0 {
		return nil
	}
	prev := d.toks[s-1].para // the paragraph before, past blank lines
	for k := i - 1; k >= 0 && d.toks[k].para >= prev; k-- {
		if !repHostVerbs[d.toks[k].key] || d.inQuote[k] {
			continue
		}
		g := d.verbGroup(k)
		if g.neg || g.modal || g.passive || g.infinitive {
			return nil
		}
		return personsOnly(d.actorsLeft(g.start, d.toks[k].sent, "metWith", sideSubj))
	}
	return nil
}
