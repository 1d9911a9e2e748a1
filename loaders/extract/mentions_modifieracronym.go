package extract

// modifierAcronyms, modifierAcronymVerbs and modifierAcronymDets are
// words.tsv lists.
var (
	modifierAcronyms     = lexWords.set("modifierAcronyms")
	modifierAcronymVerbs = lexWords.set("modifierAcronymVerbs")
	modifierAcronymDets  = lexWords.set("modifierAcronymDets")
)

// dropModifierAcronymCands drops the gazetteer mentions of a body written
// by a short form that the news uses as a modifier (modifierAcronyms:
// "a UN report", "the UN special rapporteur", "the UN Charter"), when a
// word of the same phrase follows it that is not a verb or a conjunction: the phrase names the body's work, an organ or an
// official, and the body itself is no actor of the article. "The UN said",
// "the UN and its partners" and a sentence-final "the UN." keep it.
func (d *doc) dropModifierAcronymCands(cands []*mention) []*mention {
	out := cands[:0]
	for _, m := range cands {
		if m.class == mEntity && m.gaz != nil && d.modifierAcronymAt(m.s, m.e) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// modifierAcronymAt reports whether tokens [s, e) are one modifierAcronyms
// short form directly followed, in the same sentence, by a word that is
// a capitalised word (an organ: "the UN Charter") or a lower-case word that
// is not one of modifierAcronymVerbs after a determiner
// (modifierAcronymDets) or a number.
func (d *doc) modifierAcronymAt(s, e int) bool {
	if e-s != 1 || e >= len(d.toks) || !modifierAcronyms[d.toks[s].key] {
		return false
	}
	next := d.toks[e]
	if next.kind != tWord || next.brk || next.sent != d.toks[s].sent || d.inQuote[s] != d.inQuote[e] {
		return false
	}
	if next.cap {
		return true // "the UN Charter", "UN Ambassador …": an organ or an official
	}
	if modifierAcronymVerbs[next.key] || s == 0 {
		return false
	}
	// a lower-case head takes the body as its modifier only inside a
	// determined phrase ("a UN report", "the UN special rapporteur", "a
	// May 3 UN report"); a bare plural ("along with UN agencies") speaks
	// of the body's agencies together, the body itself.
	prev := d.toks[s-1]
	return prev.sent == d.toks[s].sent && (modifierAcronymDets[prev.key] || prev.kind == tWord && prev.key[0] >= '0' && prev.key[0] <= '9')
}
