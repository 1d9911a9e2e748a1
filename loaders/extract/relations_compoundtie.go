package extract

// A compound of two states names their standing cooperation when the
// noun phrase it opens ends in a tie noun, whatever premodifiers stand
// between: "U.S.-Mexico security cooperation", "the U.S.-Guyana bilateral
// defense and security partnership", "the U.S.-Mexico defense
// relationship". A strained tie ("the tense U.S.-X relationship") is
// none, and a joint text ("the U.S.-Mexico joint statement") is read by
// the rules for its authors.

// The tie noun is looked for within compoundTieWindow tokens after the
// compound whatever stands there; further on, up to compoundTieReach
// tokens, only a run of lower-case premodifiers (coordinated by "and")
// may lead to it.
const (
	compoundTieWindow = 4
	compoundTieReach  = 8
)

// compoundTieNoun reports whether the tokens from k, right after a
// compound of two states that starts at token s, lead to a tie noun
// (cooperationNouns other than a joint text's, or bodyTieNouns) with no
// strained modifier in the phrase, before the compound (up to three
// words) or after it.
func (d *doc) compoundTieNoun(s, k int) bool {
	if k >= len(d.toks) {
		return false
	}
	sent := d.toks[k].sent
	for j := s - 1; j >= 0 && j >= s-3 && d.toks[j].sent == sent; j-- {
		if strainedTieMods[d.toks[j].key] {
			return false
		}
	}
	for j := k; j < len(d.toks) && j < k+compoundTieReach && d.toks[j].sent == sent; j++ {
		key := d.toks[j].key
		if strainedTieMods[key] {
			return false
		}
		if cooperationNouns[key] && key != "statement" && key != "declaration" || j > k && bodyTieNouns[key] {
			return true
		}
		if j >= k+compoundTieWindow-1 && !d.premodifierAt(j) {
			return false
		}
	}
	return false
}

// premodifierAt reports whether token j may stand inside a run of
// premodifiers before a noun: a lower-case content word or "and"
// ("bilateral defense and security").
func (d *doc) premodifierAt(j int) bool {
	t := d.toks[j]
	return t.kind == tWord && !t.cap && d.mentionAt(j) == nil && (t.key == "and" || !funcWords[t.key])
}
