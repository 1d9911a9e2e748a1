package extract

import "github.com/newsgraph/newsgraph/schema"

// copulaListCues are the words of a copular list line ("The nationals
// arrested and named in the indictment are:") that state an act done to
// each listed person.
var copulaListCues = map[string]string{
	"arrested": "arrested", "detained": "arrested",
	"charged": "charged", "indicted": "charged", "indictment": "charged", "defendants": "charged",
}

// copulaListActs reads a list whose line ends in "are:" ("The men
// arrested and named in the indictment are:", "The defendants are:")
// with one person opening each following line. Each listed person takes
// the acts the line states: "arrested" by the one state the text says
// the arrests were made in ("arrested in Colombia"), "charged" by the
// government whose court charges (courtCountry). c is the colon.
func (d *doc) copulaListActs(c int, add func(*entity, string, *entity, int)) {
	sent := d.toks[c].sent
	type act struct {
		pred  string
		subjs []*entity
	}
	var acts []act
	done := map[string]bool{}
	for k := c - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		p := copulaListCues[d.toks[k].key]
		if p == "" || done[p] || d.mentionAt(k) != nil {
			continue
		}
		done[p] = true
		var subjs []*entity
		if p == "arrested" {
			subjs = d.arrestState()
		} else {
			subjs = d.courtCountry(c, sent)
		}
		if len(subjs) > 0 {
			acts = append(acts, act{p, subjs})
		}
	}
	for k := c + 1; k < len(d.toks) && d.toks[k].brk; {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person {
			return
		}
		for _, a := range acts {
			for _, s := range a.subjs {
				add(s, a.pred, m.ent, m.s)
			}
		}
		k++
		for k < len(d.toks) && !d.toks[k].brk {
			k++
		}
	}
}

// arrestState is the one state the text says arrests were made in
// ("have been arrested in the Republic of Colombia"), or nil when it
// names none or more than one.
func (d *doc) arrestState() []*entity {
	var st *entity
	for k := 0; k+1 < len(d.toks); k++ {
		if d.toks[k].key != "arrested" || d.toks[k+1].key != "in" {
			continue
		}
		g, _ := d.courtPlace(k+1, d.toks[k].sent)
		if len(g) != 1 || st != nil && st != g[0] {
			return nil
		}
		st = g[0]
	}
	if st == nil {
		return nil
	}
	return []*entity{st}
}
