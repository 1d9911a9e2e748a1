// The people of a group as the object of a sanction: "OFAC sanctioned two
// members of the X cartel" sanctions the members, not the cartel.

package extract

// listedActs fall on the persons and entities they list by name: a
// group is sanctioned or designated in its own right, not by a
// designation of some of its people.
var listedActs = set("sanctioned", "designated")

// peopleOfGroupBefore reports whether the mention starting at token s is
// the group after "of" that people of it are named by ("members of X",
// "two leaders of the X cartel"): X then only says whose they are.
func (d *doc) peopleOfGroupBefore(s int) bool {
	h := d.ofHeadBefore(s)
	if h < 0 {
		h = d.ofHeadBefore(d.groupNounApposed(s))
	}
	if h < 0 {
		return false
	}
	n := d.toks[h]
	return peopleOfGroup[n.key] && !n.cap && d.mentionAt(h) == nil
}

// ofHeadBefore returns the token before an "of" right before token s,
// over an optional "the" ("members" of "members of the X"), or -1.
func (d *doc) ofHeadBefore(s int) int {
	k := s - 1
	if k >= 0 && d.toks[k].key == "the" {
		k--
	}
	if k < 1 || d.toks[k].key != "of" {
		return -1
	}
	return k - 1
}

// groupNounApposed is the start of the phrase "the [modifiers] group, the"
// that the mention starting at token s is apposed to ("leaders of the
// Colombian narco-terrorist group, the X": "the"), or -1 when none is.
func (d *doc) groupNounApposed(s int) int {
	k := s - 1
	if k >= 0 && d.toks[k].key == "the" {
		k--
	}
	if k < 1 || d.toks[k].key != "," || !cartelNouns[d.toks[k-1].key] || d.toks[k-1].cap {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-6 && d.toks[j].sent == d.toks[s].sent; j-- {
		switch t := d.toks[j]; {
		case t.key == "the":
			return j
		case t.kind == tWord && !t.cap, t.key == "-":
		case d.mentionAt(j) != nil && d.mentionAt(j).class == mDemonym:
		default:
			return -1
		}
	}
	return -1
}

// tiedTargetNouns, tiedTargetTies and tiedTargetResets are lists of
// data/lexicon/words.tsv (tiedTargets).
var (
	tiedTargetNouns  = lexWords.set("tiedTargetNouns")
	tiedTargetTies   = lexWords.set("tiedTargetTies")
	tiedTargetResets = lexWords.set("tiedTargetResets")
)

// tiedTargets reports whether, from token i after a verb of sanctioning to
// the name at token s, the object counts unnamed targets and ties them to
// what follows: "sanctioned four individuals associated with X", "three
// companies that launder money for X". X then only says whom the targets
// serve; "…, including X" names a target again.
func (d *doc) tiedTargets(i, s int) bool {
	tied := false
	for k := i; k+1 < s; k++ {
		t := d.toks[k]
		switch {
		case tiedTargetResets[t.key]:
			tied = false
		case tiedTargetNouns[t.key] && !t.cap && d.mentionAt(k) == nil && tiedTargetTies[d.toks[k+1].key]:
			tied = true
		}
	}
	return tied
}
