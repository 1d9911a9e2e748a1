package extract

import "strings"

// A bare verb coordinated with an earlier verb group shares its modal:
// in "X will travel to Peru on May 5, where he will lead the delegation,
// as well as meet with Peruvian officials" the meeting is planned, as the
// travel is. English writes a past or present act in a coordinated clause
// with its own inflection ("and met with", "and meets with"), so a bare
// form after "and", "or" or "as well as" belongs to the modal or "to"
// before it.

// coordinatedModal reports whether the verb at v, a bare form (no -s,
// -ed or -ing, not a past form of its cue) right after a coordinator,
// follows a modal earlier in its sentence.
func (d *doc) coordinatedModal(v int, c relCue) bool {
	key := d.toks[v].key
	if c.past || strings.HasSuffix(key, "s") || strings.HasSuffix(key, "ed") || strings.HasSuffix(key, "ing") || v < 2 {
		return false
	}
	sent := d.toks[v].sent
	k := v - 1
	for k > 0 && d.toks[k].sent == sent && strings.HasSuffix(d.toks[k].key, "ly") && d.toks[k].kind == tWord {
		k--
	}
	switch {
	case d.toks[k].key == "and" || d.toks[k].key == "or":
	case k >= 2 && d.toks[k].key == "as" && d.toks[k-1].key == "well" && d.toks[k-2].key == "as":
		k -= 2
	default:
		return false
	}
	for j := k - 1; j >= 0 && j > k-40 && d.toks[j].sent == sent; j-- {
		if d.isModal(j) && relModals[d.toks[j].key] {
			return true
		}
	}
	return false
}
