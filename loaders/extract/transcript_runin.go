// A report's run-in heading opens a paragraph as a speaker's label does:
// "Killings: Most killings occurred …", "Pretrial Detention: Lengthy
// pretrial detention was a problem." Its words are common nouns, which the text
// also writes in lower case; a speaker's name is not.

package extract

import "strings"

// runInHeading reports whether the words [s, e) before a paragraph's
// colon are a run-in heading, not a speaker's label: written in title
// case (not in capitals), not opening with "the", no questioner's, host's
// or answerer's label, and each word (or its plural or singular) written
// in lower case elsewhere in the text.
func (d *doc) runInHeading(s, e int) bool {
	if e-s > 4 || d.toks[s].key == "the" {
		return false
	}
	for k := s; k < e; k++ {
		t := d.toks[k]
		if t.kind != tWord {
			continue // "Conflict-related": the hyphen
		}
		if t.upper && t.letters > 1 || questionLabels[t.key] || hostLabels[t.key] || answerLabels[t.key] {
			return false
		}
		if !d.writtenLower(t.key) && !d.writtenLower(t.key+"s") && !d.writtenLower(strings.TrimSuffix(t.key, "s")) {
			return false
		}
	}
	return true
}
