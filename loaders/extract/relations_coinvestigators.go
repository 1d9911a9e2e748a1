package extract

import "github.com/newsgraph/newsgraph/schema"

// A case "investigated by A and B" names the agencies that worked it
// together: A cooperates with B. Releases close with such a line ("The
// case was investigated by the DEA and the FBI, with help from …").

// coInvestigators reads "investigated by A and B (and C)": each pair of
// the agencies named after "by" cooperates.
func (d *doc) coInvestigators(add func(*entity, string, *entity, int)) {
	for v := 0; v+2 < len(d.toks); v++ {
		if d.toks[v].key != "investigated" || d.toks[v+1].key != "by" || d.inQuote[v] {
			continue
		}
		var agencies []*entity
		for _, a := range d.actorsRight(v+2, d.toks[v].sent, "cooperatesWith", sideObj) {
			if a.typ == schema.Agency {
				agencies = append(agencies, a)
			}
		}
		for i := 0; i < len(agencies); i++ {
			for j := i + 1; j < len(agencies); j++ {
				add(agencies[i], "cooperatesWith", agencies[j], v)
			}
		}
	}
}
