// Verb forms that are no verb: a cue's third-person form after no subject
// is a plural noun ("laundered funds", "the forfeited funds"), and a form
// glued to a hyphen is half of a compound adjective ("State
// Department-funded training"). The cue property "verb-form" in
// relations.tsv asks for a verb ("fund [verb-form]").

package extract

import "strings"

// propVerbForm names the property in relations.tsv.
const propVerbForm = "verb-form"

// sFormSubjects may stand right before a verb's -s form: relatives and
// pronouns ("which funds", "it funds") and the adverbs of a clause ("also
// funds").
var sFormSubjects = set("which", "that", "who", "it", "he", "she", "also", "still", "now", "currently", "directly")

// verbFormAt reports whether the cue word at token v reads as a verb: not
// glued after a hyphen, and, when it ends in "s" (not "ss"), right after a
// name, a pronoun, a relative or an adverb of its clause.
func (d *doc) verbFormAt(v int) bool {
	if v < 1 {
		return true
	}
	t, p := d.toks[v], d.toks[v-1]
	if !t.space && p.key == "-" {
		return false // "State Department-funded training"
	}
	if !strings.HasSuffix(t.key, "s") || strings.HasSuffix(t.key, "ss") || p.sent != t.sent {
		return true
	}
	if m := d.mentionAt(v - 1); m != nil && m.e == v {
		return true // "Peru funds the program"
	}
	return sFormSubjects[p.key] || strings.HasSuffix(p.key, "ly")
}
