package extract

import "github.com/newsgraph/newsgraph/schema"

// A monitor named with its acronym in parentheses right before its
// finding verb, as reports introduce it: "The National Rights Council
// (NRC) reported two killings by police". Read this way, only a monitor
// finds: an organisation, or an agency whose name says it watches the
// state (monitorWords: an ombudsman, a rights commission), not the
// state's own investigators ("the Technical Agency for Investigations
// (TAI) concluded 22 investigations into abuses by police"); and
// complaints it received are others' accusations, not its finding.

// pastFinderAcronym is the "(" opening a parenthesised acronym — one
// word in capitals — that ends right before the finding verb at v, so the
// finder's name is read before it; v when no such acronym stands there.
func (d *doc) pastFinderAcronym(v int) int {
	c := v - 1
	if c < 3 || d.toks[c].key != ")" {
		return v
	}
	o := c - 2
	if d.toks[o].key != "(" || d.toks[o].sent != d.toks[v].sent {
		return v
	}
	if a := d.toks[o+1]; a.kind != tWord || !a.upper || a.letters < 2 {
		return v
	}
	return o
}

// acronymFinders keeps, of the finders named before a parenthesised
// acronym and the finding verb at v, the monitors; none when the verb is
// "received".
func (d *doc) acronymFinders(finders []*entity, v int) []*entity {
	if d.toks[v].key == "received" {
		return nil
	}
	var out []*entity
	for _, f := range finders {
		if f.typ == schema.Organization || f.typ == schema.Agency && hasWordIn(f.name, monitorWords) {
			out = append(out, f)
		}
	}
	return out
}
