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
