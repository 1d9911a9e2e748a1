// Matching a cue's words after its verb ("share … information with",
// "cooperate with") and the words a cue needs later in its sentence.

package extract

import "slices"

// matchCue matches the words of cue c after token v; it returns the token
// after the match.
func (d *doc) matchCue(v int, c relCue) (int, bool) {
	k := v + 1
	if c.noun {
		if c.intro != "of" {
			if k < len(d.toks) && d.toks[k].key == c.intro {
				return k + 1, true
			}
			return 0, false
		}
		return k, true
	}
	for i := 0; i < len(c.rest); i++ {
		w := c.rest[i]
		if w == "…" {
			next := c.rest[i+1]
			j, words := k, 0
			for j < len(d.toks) && d.toks[j].key != next && words <= 3 {
				if d.toks[j].key == "-" && !d.toks[j].space && j+1 < len(d.toks) && !d.toks[j+1].space {
					j++ // "a 37-year sentence": a hyphened compound is one word
					continue
				}
				if d.mentionAt(j) != nil || d.toks[j].kind != tWord {
					return 0, false
				}
				j++
				words++
			}
			if j < len(d.toks) && d.toks[j].key == next && words <= 3 {
				k = j
			}
			continue
		}
		if i == 0 && (w == "with" || w == "before") {
			k = d.skipVerbAdjuncts(k, v, w)
		}
		if k >= len(d.toks) || d.toks[k].key != w || d.toks[k].sent != d.toks[v].sent {
			return 0, false
		}
		k++
	}
	if len(c.needs) > 0 && !d.sentenceHas(k, c.needs) {
		return 0, false
	}
	return k, true
}

// sentenceHas reports whether one of words occurs in token from's sentence
// at or after from.
func (d *doc) sentenceHas(from int, words []string) bool {
	for k := from; k < len(d.toks) && d.toks[k].sent == d.toks[from-1].sent; k++ {
		if slices.Contains(words, d.toks[k].key) {
			return true
		}
	}
	return false
}
