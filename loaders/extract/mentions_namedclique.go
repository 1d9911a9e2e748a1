// A clique named by the capitalised words before the word "clique":
// "the Harbor Side clique of MS-13", "MS-13's Riverbend Locos clique",
// "the 31st Street Clique". A clique is a gang's local cell; its name,
// with the word "clique", names a criminal group.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// namedCliqueNames reads a run of up to five capitalised words (an
// ordinal may open it: "31st Street") right before "clique" or "Clique",
// after "the", a possessive or a gang's name: a criminal group named by
// the words and "clique". A shorter run whose words the name of a clique
// read before holds ("the Harbor clique" after "the Harbor Side
// Locos clique", or the "Harbor Side Locos (HSL) clique") is that clique
// again. Places inside the run are part of
// the name ("the Dayton clique"); a run after "a" or "an" ("a Virginia
// clique") or a comma ("Columbus, Ohio Clique") names no clique.
func (d *doc) namedCliqueNames() {
	var cliques []*entity
	for _, e := range d.entList {
		if e.typ == schema.Cartel && cliqueName(e.name) {
			cliques = append(cliques, e) // "the Y Locos (YL) clique" (acronymCliqueNames)
		}
	}
	for k := 2; k < len(d.toks); k++ {
		if d.toks[k].key != "clique" || d.at[k] != 0 {
			continue
		}
		sent := d.toks[k].sent
		s := k
		for s > 0 && k-s < 5 && d.toks[s-1].sent == sent && !d.toks[s-1].brk && d.cliqueNameWord(s-1) {
			s--
		}
		if s == k || s == 0 || !d.cliqueRunFree(s, k) {
			continue
		}
		if ord := d.toks[s].key; ord != "" && ord[0] >= '0' && ord[0] <= '9' && s+1 == k {
			continue // "the 31st clique": no name
		}
		if !d.cliqueNameOpener(s - 1) {
			continue
		}
		ent := sameClique(cliques, d.toks[s:k])
		if ent == nil {
			ent = d.entity(schema.Cartel, d.surface(s, k+1), s)
			cliques = append(cliques, ent)
		} else {
			ent.alias(d.surface(s, k+1))
		}
		d.replaceSpan(&mention{s: s, e: k + 1, ent: ent, typ: schema.Cartel, rule: "entity/named-clique"})
	}
}

// cliqueNameWord reports whether token i may be a word of a clique's
// name: a capitalised word, or an ordinal before one ("20th Street").
func (d *doc) cliqueNameWord(i int) bool {
	t := d.toks[i]
	if t.kind != tWord || d.inQuote[i] {
		return false
	}
	if t.cap {
		return !determiners[t.key] && !relConj[t.key]
	}
	return i+1 < len(d.toks) && d.toks[i+1].cap && numberedOrdinal(t.key)
}

// cliqueRunFree reports whether tokens [s, e) are free or held only by
// places and other mentions of no entity, wholly inside the run.
func (d *doc) cliqueRunFree(s, e int) bool {
	for i := s; i < e; i++ {
		if d.at[i] == 0 {
			continue
		}
		m := d.ments[d.at[i]-1]
		if m.ent != nil || m.class == mDemonym || m.s < s || m.e > e {
			return false
		}
	}
	return true
}

// cliqueNameOpener reports whether token i may open a clique's name: "the",
// a possessive ("MS-13's"), or the gang's own name ("MS-13 Weedons
// Clique").
func (d *doc) cliqueNameOpener(i int) bool {
	switch d.toks[i].key {
	case "the", "'s", "its", "their":
		return true
	}
	m := d.mentionAt(i)
	return m != nil && m.ent != nil && m.ent.typ == schema.Cartel
}

// sameClique is the clique among cliques whose name holds a word of the
// run words (a plural "s" aside), other than the words every clique's
// name may have; nil when none does.
func sameClique(cliques []*entity, words []token) *entity {
	for _, c := range cliques {
		names := strings.Fields(fold(c.name))
		for _, w := range words {
			if cliqueCommonWords[w.key] || !w.cap {
				continue
			}
			for _, n := range names {
				if strings.TrimSuffix(n, "s") == strings.TrimSuffix(w.key, "s") {
					return c
				}
			}
		}
	}
	return nil
}

// cliqueCommonWords are words many cliques' names share.
var cliqueCommonWords = set("locos", "loco", "salvatrucha", "salvatruchas", "salvatruchos", "clique", "street", "westside", "eastside", "northside", "southside")

// cliqueName reports whether a group's name is a clique's: it holds a
// word many cliques' names share.
func cliqueName(name string) bool {
	for _, w := range strings.Fields(fold(name)) {
		if cliqueCommonWords[w] && w != "street" {
			return true
		}
	}
	return false
}
