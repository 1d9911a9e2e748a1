package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// capsNames reads names written in capitals where official documents put
// them: the signer of a proclamation ("I, DONALD J. TRUMP, President of
// …") and a signature line under it. A run of two to four capitalised
// words, the first a known given name, is a person when "I," opens it or
// it fills its line.
func (d *doc) capsNames() {
	for s := 0; s < len(d.toks); s++ {
		if !d.capsWord(s) || d.g.given[d.toks[s].key] == 0 {
			continue
		}
		e := s + 1
		for e < len(d.toks) && e < s+4 && !d.toks[e].brk && d.capsWord(e) {
			e++
		}
		if e-s < 2 || !d.free(s, e) {
			continue
		}
		signer := s >= 2 && d.toks[s-1].key == "," && d.toks[s-2].key == "i" && d.toks[s-2].upper && e < len(d.toks) && d.toks[e].key == ","
		line := d.toks[s].brk && (e == len(d.toks) || d.toks[e].brk)
		if !signer && !line {
			continue
		}
		words := make([]string, 0, e-s)
		for k := s; k < e; k++ {
			w := d.surface(k, k+1)
			words = append(words, w[:1]+strings.ToLower(w[1:]))
		}
		name := strings.Join(words, " ")
		if gp := d.g.people[fold(name)]; gp != nil && gp.name != "" {
			name = gp.name
		}
		ent := d.entity(schema.Person, name, s)
		ent.alias(d.surface(s, e))
		ent.toks = d.nameKeys(s, e)
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person, rule: "entity/person:caps-signer"})
		s = e - 1
	}
}

// capsWord reports whether token k is a word written in capitals that may
// be part of a name: a name word or an initial ("J.").
func (d *doc) capsWord(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && t.upper && t.letters >= 1 && d.at[k] == 0 && !stopCaps[t.key] && !titleHeads[t.key]
}
