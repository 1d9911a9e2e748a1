package extract

import "github.com/newsgraph/newsgraph/schema"

// Undertakings parties commit to launch together are agreements even
// unnamed: "They committed that both governments will initiate a
// strategic dialogue", "announced an electoral roadmap, agreed to by …".

// committedHeads, launchVerbs and commitWords are words.tsv lists.
var (
	committedHeads = lexWords.set("committedHeads")
	launchVerbs    = lexWords.set("launchVerbs")
	commitWords    = lexWords.set("commitWords")
)

// committedCands finds "LAUNCH-VERB a MODIFIER HEAD" in a sentence with a
// commitment word: an agreement named by its modifiers and head.
func (d *doc) committedCands(out []*mention) []*mention {
	for i, t := range d.toks {
		if t.kind != tWord || t.cap || !committedHeads[t.key] || d.inQuote[i] {
			continue
		}
		s := i
		for s > 0 && s > i-3 && d.toks[s-1].sent == t.sent && d.toks[s-1].kind == tWord && !d.toks[s-1].cap &&
			!funcWords[d.toks[s-1].key] && !agreementAdjs[d.toks[s-1].key] && !vagueAgreementMods[d.toks[s-1].key] {
			s--
		}
		if s == i || s < 2 || d.toks[s-1].key != "a" && d.toks[s-1].key != "an" || !launchVerbs[d.toks[s-2].key] || !d.commitIn(t.sent) {
			continue // "a new dialogue", "the dialogue": no undertaking named
		}
		name := d.surface(s, i+1)
		out = append(out, &mention{s: s, e: i + 1, typ: schema.Agreement, name: name, prio: 1, generic: true, agrCore: name})
	}
	return out
}

// commitIn reports whether sentence sent holds a commitment word.
func (d *doc) commitIn(sent int) bool {
	for k := range d.toks {
		if d.toks[k].sent == sent && commitWords[d.toks[k].key] {
			return true
		}
	}
	return false
}
