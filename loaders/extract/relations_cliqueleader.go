package extract

import "github.com/newsgraph/newsgraph/schema"

// cliqueOfGang reads, after "leader of" at token k, a clique the copula
// names and the gang it is a clique of: "the Y (YZ) clique of MS-13",
// "the Y clique of La Mara Salvatrucha"; nil, nil when the words name no
// clique of a gang.
func (d *doc) cliqueOfGang(k, sent int) (clique, gang *entity) {
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.ent == nil || m.ent.typ != schema.Cartel {
		return nil, nil
	}
	k = m.e
	if d.toks[k-1].key == "clique" {
		k-- // "the Y clique": the word is the name's (namedCliqueNames)
	}
	if k+2 < len(d.toks) && d.toks[k].key == "(" && d.toks[k+2].key == ")" {
		k += 3 // "(YZ)"
	}
	if k+2 >= len(d.toks) || d.toks[k].key != "clique" || d.toks[k+1].key != "of" || d.toks[k].sent != sent {
		return nil, nil
	}
	k += 2
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	g := d.mentionAt(k)
	if g == nil || g.ent == nil || g.ent.typ != schema.Cartel || g.ent == m.ent {
		return nil, nil
	}
	return m.ent, g.ent
}
