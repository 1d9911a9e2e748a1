package extract

import "github.com/newsgraph/newsgraph/schema"

// One criminal group working for another is a tie between the two: "Los
// X, a gang that moves drugs across the river for the Y cartel", "local
// groups such as Los Z have long worked for the W cartel", "the V
// organization supplies cocaine to W cartel leaders". Each cooperates
// with the other. Only a group serving a group counts; a person working
// for a cartel is its member (agentForGroup), and an agency "working for"
// a cause names no partner.

// serviceVerbs state work done for another: the preposition that names
// the group served follows within a few words ("for", or "to" for what
// is handed over).
var serviceVerbs = map[string]string{
	"work": "for", "works": "for", "worked": "for", "working": "for",
	"move": "for", "moves": "for", "moved": "for", "moving": "for",
	"traffic": "for", "traffics": "for", "trafficked": "for", "trafficking": "for",
	"smuggle": "for", "smuggles": "for", "smuggled": "for", "smuggling": "for",
	"transport": "for", "transports": "for", "transported": "for", "transporting": "for",
	"launder": "for", "launders": "for", "laundered": "for", "laundering": "for",
	"supply": "to", "supplies": "to", "supplied": "to", "supplying": "to",
}

// groupServices reads a criminal group's work for another: each of the
// verb's group subjects cooperates with each group it serves.
func (d *doc) groupServices(add func(*entity, string, *entity, int)) {
	for v := 1; v < len(d.toks); v++ {
		prep, ok := serviceVerbs[d.toks[v].key]
		if !ok || d.toks[v].cap || d.mentionAt(v) != nil {
			continue
		}
		sent := d.toks[v].sent
		p := -1
		for k := v + 1; k < len(d.toks) && k <= v+8 && d.toks[k].sent == sent; k++ {
			if d.toks[k].key == prep {
				p = k
				break
			}
			if d.toks[k].kind != tWord || actorStop[d.toks[k].key] || d.mentionAt(k) != nil {
				break
			}
		}
		if p < 0 {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive {
			continue
		}
		served := ofType(d.actorsRight(p+1, sent, "cooperatesWith", sideObj), schema.Cartel)
		if len(served) == 0 {
			served = d.groupAt(p + 1) // "to W cartel leaders": the leaders' group
		}
		if len(served) == 0 {
			continue
		}
		subjs := d.actorsLeft(g.start, sent, "cooperatesWith", sideSubj)
		if rel, ok := d.relativeSubject(g.start, sent, "cooperatesWith"); ok {
			subjs = rel
			if e := d.groupOfDescription(g.start-1, sent); e != nil {
				subjs = []*entity{e} // "Los X, a gang of 40 members that moves …": Los X
			}
		}
		for _, a := range ofType(subjs, schema.Cartel) {
			for _, b := range served {
				if a != b {
					add(a, "cooperatesWith", b, v)
				}
			}
		}
	}
}

// groupAt returns the criminal group named at token k, over "the" and a
// few adjectives ("the powerful Y cartel"), even when it modifies a noun
// after it ("Y cartel leaders").
func (d *doc) groupAt(k int) []*entity {
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	k = d.adjectivesBeforeGroup(k)
	if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Cartel {
		return []*entity{m.ent}
	}
	return nil
}

// groupOfDescription returns the criminal group a relative pronoun at token r
// refers to through an indefinite description in apposition to its name:
// "Los X, a gang of about 40 members that …", "Los Y, a group based in Z
// that …". The description opens with "a" or "an", holds a group noun
// and names no person or other group; nil otherwise.
func (d *doc) groupOfDescription(r, sent int) *entity {
	noun := false
	for j := r - 1; j >= 2 && j > r-14 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		if t.key == "," {
			if a := d.toks[j+1].key; !noun || a != "a" && a != "an" {
				return nil
			}
			if m := d.mentionAt(j - 1); m != nil && m.e == j && m.ent != nil && m.ent.typ == schema.Cartel {
				return m.ent
			}
			return nil
		}
		if m := d.mentionAt(j); m != nil {
			if m.ent != nil && (m.ent.typ == schema.Person || m.ent.typ == schema.Cartel) {
				return nil
			}
			j = m.s
			continue
		}
		if t.kind != tWord {
			return nil
		}
		noun = noun || cartelNouns[t.key]
	}
	return nil
}
