// A title in an apposition followed by "of" and a private body named by its
// kind alone ("X, the former owner of the firm that built the bridge")
// is a post of that unnamed body: no state's office is guessed for it.

package extract

// unnamedBodyNouns name a private body by its kind alone.
var unnamedBodyNouns = lexWords.set("unnamedBodyNouns")

// unnamedBodyAfter reports whether the title ending before token j goes on
// with "of the/a/an/its" and a lower-case noun of a private body.
func (d *doc) unnamedBodyAfter(j int) bool {
	if j+2 >= len(d.toks) || d.toks[j].key != "of" {
		return false
	}
	switch d.toks[j+1].key {
	case "the", "a", "an", "its", "his", "her", "their":
	default:
		return false
	}
	n := d.toks[j+2]
	return n.kind == tWord && !n.cap && unnamedBodyNouns[n.key] && d.at[j+2] == 0
}
