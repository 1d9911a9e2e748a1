package extract

import "github.com/newsgraph/newsgraph/schema"

// capsSurnames reads a lone surname written in capitals as the person the
// text named before in capitals with it, as old press releases refer back
// to their officials ("JAN 4 -- ANA M. RUIZ, Special Agent in Charge …"
// then "SAC RUIZ stated, “…”"); a surname two such people share names
// no one.
func (d *doc) capsSurnames() {
	bySurname := map[string]*entity{}
	for _, en := range d.entList {
		if en.typ != schema.Person || len(en.toks) < 2 || !d.namedInCaps(en) {
			continue
		}
		last := en.toks[len(en.toks)-1]
		if old, ok := bySurname[last]; ok && old != en {
			bySurname[last] = nil
			continue
		}
		bySurname[last] = en
	}
	for k, t := range d.toks {
		if t.kind != tWord || !t.upper || t.letters < 3 || d.at[k] != 0 {
			continue
		}
		if en := bySurname[t.key]; en != nil {
			d.take(&mention{s: k, e: k + 1, ent: en, typ: schema.Person, rule: "entity/person:caps-surname"})
			en.mentions++
		}
	}
}

// namedInCaps reports whether the text first names person en in capitals.
func (d *doc) namedInCaps(en *entity) bool {
	return en.first < len(d.toks) && d.toks[en.first].upper && d.toks[en.first].letters >= 2
}
