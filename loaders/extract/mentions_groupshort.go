// A criminal group named once with its kind and then by its name alone:
// "the Los Cuervos cartel … a leader of Los Cuervos", "the Vela Ruiz drug
// trafficking organization … Vela Ruiz members".

package extract

import "github.com/newsgraph/newsgraph/schema"

// groupShortRefs takes, as mentions of the group, the later runs of
// capitalised words that spell exactly the name of a criminal group the
// text introduced with its kind noun ("the X cartel", "the X gang", "the X
// drug trafficking organization"): copy names the kind once, then drops
// it. Only names of two or more words are read so ("Los Cuervos"), since
// a one-word name is as often a family's surname ("the Ruiz cartel … Ruiz
// was arrested"); a run that other capitalised words continue is another
// name ("Los Cuervos Norte").
func (d *doc) groupShortRefs() {
	type short struct {
		keys []string
		name string
	}
	var names []short
	for _, m := range d.ments {
		if m.class != mEntity || m.typ != schema.Cartel || m.gaz != nil || m.name == "" || m.e-m.s < 3 {
			continue
		}
		for n := 2; n < m.e-m.s; n++ {
			if d.surface(m.s, m.s+n) != m.name {
				continue
			}
			keys := make([]string, n)
			for k := range keys {
				keys[k] = d.toks[m.s+k].key
			}
			names = append(names, short{keys, m.name})
			break
		}
	}
	for _, nm := range names {
		n := len(nm.keys)
		for i := 0; i+n <= len(d.toks); i++ {
			if !d.free(i, i+n) || !d.toks[i].cap || d.titlecase[d.toks[i].para] {
				continue
			}
			same := true
			for k := 0; k < n && same; k++ {
				same = d.toks[i+k].key == nm.keys[k] && (k == 0 || !d.toks[i+k].brk)
			}
			e := i + n
			if !same || i > 0 && !d.toks[i].brk && d.capWord(i-1) || e < len(d.toks) && !d.toks[e].brk && d.capWord(e) {
				continue
			}
			d.take(&mention{s: i, e: e, typ: schema.Cartel, name: nm.name, prio: 1, rule: "entity/group-short-name"})
			i = e - 1
		}
	}
}
