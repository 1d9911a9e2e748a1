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
		if s == i || s < 2 || d.toks[s-1].key != "a" && d.toks[s-1].key != "an" || !launchVerbs[d.toks[s-2].key] || !d.sentenceHolds(i, commitWords) {
			continue // "a new dialogue", "the dialogue": no undertaking named
		}
		name := d.surface(s, i+1)
		out = append(out, &mention{s: s, e: i + 1, typ: schema.Agreement, name: name, prio: 1, generic: true, agrCore: name})
	}
	return out
}

// sentenceHolds reports whether the sentence of token i holds a word of
// words (a commitment word, a party cue).
func (d *doc) sentenceHolds(i int, words map[string]bool) bool {
	for k, e := d.sentStart(i), d.sentEnd(i); k < e; k++ {
		if words[d.toks[k].key] {
			return true
		}
	}
	return false
}

// jointPossessedCands finds "the two countries' HEAD for COMPLEMENT" ("the
// two countries' initiative for Haitians and Cubans"): an undertaking the
// two sides own, named by its head and complement.
func (d *doc) jointPossessedCands(out []*mention) []*mention {
	for i, t := range d.toks {
		if t.kind != tWord || t.cap || !lowerAgreementHeads[t.key] && !committedHeads[t.key] || i < 4 || d.at[i] != 0 {
			continue
		}
		if k := d.toks[i-1].key; k != "'" && k != "'s" || !govPlurals[d.toks[i-2].key] || d.toks[i-3].key != "two" || d.toks[i-4].key != "the" {
			continue
		}
		end := d.agreementComplement(i+1, true)
		if end == i+1 {
			end = d.capListComplement(i + 1)
		}
		if end == i+1 {
			continue // "the two countries' initiative": nothing says which
		}
		name := d.surface(i, end)
		out = append(out, &mention{s: i, e: end, typ: schema.Agreement, name: name, prio: 1, generic: true, agrCore: name})
	}
	return out
}

// capListComplement extends a name ending before token end by "for" and a
// list of capitalised words ("for Cubans, Haitians and Venezuelans"), or
// returns end.
func (d *doc) capListComplement(end int) int {
	if end+1 >= len(d.toks) || d.toks[end].key != "for" || !d.capWord(end+1) {
		return end
	}
	sent := d.toks[end].sent
	last := end
	for k := end + 1; k < len(d.toks) && k <= end+16 && d.toks[k].sent == sent && !d.toks[k].brk; k++ {
		switch {
		case d.capWord(k) && d.at[k] == 0 || d.capWord(k) && d.mentionAt(k).class == mDemonym:
			last = k
		case (d.toks[k].key == "," || d.toks[k].key == "and" || d.toks[k].key == "or") && k+1 < len(d.toks) && d.capWord(k+1):
		default:
			return last + 1
		}
	}
	return last + 1
}

// ownedBySingle reports whether a singular possessive ("its", "his",
// "her") determines the head at token i over lower-case modifiers: "its
// signature firearms initiative" is one body's programme, not an
// agreement between parties.
func (d *doc) ownedBySingle(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].sent == d.toks[i].sent; k-- {
		switch d.toks[k].key {
		case "its", "his", "her":
			return true
		case "the", "a", "an", "their", "our":
			return false
		}
	}
	return false
}
