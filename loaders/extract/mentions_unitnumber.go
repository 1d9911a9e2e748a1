package extract

import "strings"

// Military and coast guard units are numbered after their head noun:
// "Law Enforcement Detachment 107", "Joint Task Force 7", "Helicopter
// Squadron 22". The number is part of the unit's name.

// numberedUnitHeads are the head nouns of units that take a number.
var numberedUnitHeads = set("detachment", "squadron", "brigade", "battalion", "regiment", "fleet", "wing", "force")

// unitNumber reports whether token e, right after the capitalised unit
// head at i, is the unit's number: digits alone, ending the name (no
// capitalised word, no unit of measure or count noun after it).
func (d *doc) unitNumber(i, e int) bool {
	t := d.toks[i]
	if !t.cap || !numberedUnitHeads[t.key] || e >= len(d.toks) || d.toks[e].brk || d.toks[e].sent != t.sent {
		return false
	}
	if t.key == "force" && (i == 0 || d.toks[i-1].key != "task") {
		return false
	}
	n := d.toks[e].key
	if n == "" || strings.Trim(n, "0123456789") != "" || len(n) > 4 {
		return false
	}
	if e+1 < len(d.toks) && d.toks[e+1].kind == tWord && !d.toks[e+1].brk && d.toks[e+1].sent == t.sent {
		next := d.toks[e+1].key
		return !d.toks[e+1].cap && !calendarWords[next] && next != "percent" && next != "million" && next != "people" && next != "members" &&
			next != "ships" && next != "vessels" && next != "aircraft" && next != "troops" && next != "soldiers" && next != "officers"
	}
	return true
}
