package extract

import "strings"

// A plural demonym under "all" names a state's whole nation, not a group
// of its people: "stands with all Guatemalans" supports Guatemala, as
// "stands with Guatemala" does, where "stands with the brave Cubans who
// protested" names some of them only.

// wholeNationAt reports whether "all" and a plural demonym of a state of
// the article start at token k of sentence sent: the demonym a plural
// noun ("all Guatemalans"), not a modifier ("all Guatemalan officials").
func (d *doc) wholeNationAt(k, sent int) bool {
	if k+1 >= len(d.toks) || d.toks[k].key != "all" || d.toks[k].sent != sent {
		return false
	}
	m := d.mentionAt(k + 1)
	if m == nil || m.s != k+1 || m.ent != nil || m.e-m.s != 1 || !strings.HasSuffix(d.toks[m.s].key, "s") {
		return false
	}
	return d.govOf(m) != nil
}
