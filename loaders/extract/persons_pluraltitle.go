package extract

import "strings"

// pluralTitledList reports whether the one-word name at token i stands in
// a list of surnames after a plural title: "Senators Ruiz and Vik",
// "Sens. Ruiz, Vik, and Lind", "Ministers Ruiz, Vik and many others". Each
// surname is a titled person's, as "Senator Ruiz" is.
func (d *doc) pluralTitledList(i int) bool {
	sent := d.toks[i].sent
	k := i
	for k > 0 && d.toks[k-1].sent == sent {
		p := d.toks[k-1]
		if p.key == "," || p.key == "and" {
			k-- // the glue between two of the list's names
			if k > 0 && d.toks[k-1].key == "," {
				k-- // ", and"
			}
			if k == 0 || !d.capWord(k-1) || d.toks[k-1].sent != sent {
				return false // each name of the list is one word
			}
			k--
			continue
		}
		return p.kind == tWord && p.cap && pluralTitle(p.key)
	}
	return false
}

// pluralTitle reports whether key is the plural of a title word:
// "senators", "sens.", "reps.", "ministers".
func pluralTitle(key string) bool {
	if s, ok := strings.CutSuffix(key, "s."); ok {
		return titleHeads[s+"."]
	}
	s, ok := strings.CutSuffix(key, "s")
	return ok && len(s) > 2 && titleHeads[s]
}

// pluralTitleBefore reports whether a capitalised plural title stands
// right before the name run starting at token s, in its sentence: "Trial
// Attorneys Ana Ruiz and Luis Vik", "Senators Ana Ruiz and …". The first
// name of the list is a titled person's, as it would be after "Trial
// Attorney"; the names listed after it follow it (listedNames).
func (d *doc) pluralTitleBefore(s int) bool {
	if s == 0 || d.toks[s].brk {
		return false
	}
	p := d.toks[s-1]
	return p.kind == tWord && p.cap && d.at[s-1] == 0 && p.sent == d.toks[s].sent && pluralTitle(p.key)
}
