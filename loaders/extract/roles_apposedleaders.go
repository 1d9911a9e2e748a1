// Leaders a group's plural title names in an apposition: "the original
// X cartel leaders -- A, B, and C --", "the leadership of the X, A and B,
// as …".

package extract

// apposedLeaderNouns are the plural titles (and "leadership") of a
// criminal group's heads an apposed list may follow, with the title each
// listed person holds.
var apposedLeaderNouns = map[string]string{"leaders": "leader", "leadership": "leader", "commanders": "commander",
	"bosses": "boss", "chiefs": "chief"}

// apposedLeaderRoles gives each person of a list apposed to a plural
// leader noun the noun's title in the criminal group that modifies it
// ("X leaders") or follows it with "of" ("the leadership of X"): the list
// opens right after a comma or a dash, names at least two people and
// closes with punctuation or the sentence's end. One name after a comma
// is often the start of a clause ("X leaders, A said"), not an apposition.
func (d *doc) apposedLeaderRoles(add func(*entity, string, *entity, int)) {
	for i, t := range d.toks {
		title, org, after := d.leaderNounGroup(i, apposedLeaderNouns)
		if org == nil {
			continue
		}
		k := d.apposedListStart(after, t.sent)
		if k < 0 {
			continue
		}
		people := d.personList(k, t.sent)
		if len(people) < 2 || !d.listClosed(k, t.sent) {
			continue
		}
		for _, p := range people {
			add(p, title, org, i)
		}
	}
}

// apposedListStart is the token after a comma or a dash ("–", "—", "--")
// at token k of sentence sent, or -1.
func (d *doc) apposedListStart(k, sent int) int {
	if k <= 0 || k >= len(d.toks) || d.toks[k].sent != sent {
		return -1
	}
	switch d.toks[k].key {
	case ",", "–", "—":
		return k + 1
	case "-":
		if k+1 < len(d.toks) && d.toks[k+1].key == "-" {
			return k + 2
		}
		return k + 1
	}
	return -1
}

// listClosed reports whether the list of people personList reads from
// token k ends the sentence or is followed by punctuation.
func (d *doc) listClosed(k, sent int) bool {
	m := d.mentionAt(k)
	for n := d.listedPersonAt(m.e); n != nil; n = d.listedPersonAt(n.e) {
		m = n
	}
	if m.e >= len(d.toks) || d.toks[m.e].sent != sent {
		return true
	}
	return d.toks[m.e].kind == tPunct
}
