package extract

import "strings"

// creditPronouns own the credit noun of a credit phrase: "stated his
// appreciation for X's efforts".
var creditPronouns = set("his", "her", "their", "its", "our")

// creditPhrases reads a past verb with a possessed credit noun before
// "for" ("stated his appreciation for Panama's efforts", "voiced her
// gratitude for Chile's support"), whatever the verb: its subject
// supports the state whose possessive follows (creditedState). A negated,
// modal or planned verb states none.
func (d *doc) creditPhrases(add func(*entity, string, *entity, int)) {
	for n := 2; n+1 < len(d.toks); n++ {
		if !creditNouns[d.toks[n].key] || d.toks[n+1].key != "for" || !creditPronouns[d.toks[n-1].key] || d.inQuote[n] {
			continue
		}
		v := n - 2
		t := d.toks[v]
		if t.kind != tWord || t.cap || d.mentionAt(v) != nil || !strings.HasSuffix(t.key, "ed") || relCues[t.key] != nil {
			continue // "expressed his gratitude for" is the lexicon's own cue
		}
		g := d.verbGroup(v)
		if g.passive || d.unstated(v, g) {
			continue
		}
		sent := d.toks[n].sent
		objs := d.creditedState(n+2, sent)
		if len(objs) == 0 {
			continue
		}
		for _, s := range d.actorsLeft(g.start, sent, "supports", sideSubj) {
			for _, o := range objs {
				add(s, "supports", o, n)
			}
		}
	}
}
