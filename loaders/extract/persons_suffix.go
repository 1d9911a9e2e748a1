package extract

import (
	"strings"
	"unicode"
)

// nameSuffixes follow a full name and belong to it: a generation ("Ana
// Ruiz, Jr.", "John Doe III") or a degree ("Ana Ruiz, M.D.", a senator's
// usual style, which must not end a list of names).
var nameSuffixes = set("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "m.d.")

// nameSuffixEnd returns the end of the name run ending at e with its
// generational suffix, written with or without a comma ("X, Jr.", "X
// III"), or e when none follows.
func (d *doc) nameSuffixEnd(s, e int) int {
	if e-s < 2 || e >= len(d.toks) || d.toks[e].brk {
		return e
	}
	k := e
	if d.toks[k].key == "," && k+1 < len(d.toks) && !d.toks[k+1].brk {
		k++
	}
	if t := d.toks[k]; t.kind == tWord && t.cap && nameSuffixes[t.key] && t.sent == d.toks[e-1].sent {
		return k + 1
	}
	return e
}

// honorificWord reports whether token k is an honorific written as a
// word ("Honorable", "Excellency"), which opens no name.
func (d *doc) honorificWord(k int) bool {
	return isHonorific(d.toks[k].key) && d.toks[k].letters > 3
}

// pendingTitle reports whether token k ends a title not yet taken up:
// "elect" or "designate" hyphened to a title head ("President-elect").
func (d *doc) pendingTitle(k int) bool {
	if k < 2 || k >= len(d.toks) {
		return false
	}
	t := d.toks[k]
	return (t.key == "elect" || t.key == "designate") && d.toks[k-1].key == "-" && !d.toks[k-1].space && titleHeads[d.toks[k-2].key]
}

// gazPerson returns the gazetteer's person called name, also when name
// adds middle initials the entry lacks ("Ana B. Ruiz" for "Ana Ruiz").
func (d *doc) gazPerson(name string) *person {
	if gp := d.g.people[fold(name)]; gp != nil {
		return gp
	}
	words := strings.Fields(name)
	var kept []string
	for _, w := range words {
		if r := []rune(w); len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0]) {
			continue
		}
		kept = append(kept, w)
	}
	if len(kept) < 2 || len(kept) == len(words) {
		return nil
	}
	return d.g.people[fold(strings.Join(kept, " "))]
}

// servesAsTitle reports whether the words after a name run ending at e
// give it an office: "X served as governor of …", "X was appointed as
// Vice President", "X became the minister of …".
func (d *doc) servesAsTitle(e int) bool {
	k := e
	if k < len(d.toks) && (d.toks[k].key == "was" || d.toks[k].key == "is") {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].key {
	case "served", "serves", "appointed", "named", "became", "becomes":
	default:
		return false
	}
	k++
	if k < len(d.toks) && d.toks[k].key == "as" {
		k++
	}
	for k < len(d.toks) && (d.toks[k].key == "the" || d.toks[k].key == "a" || d.toks[k].key == "an" || titleMods[d.toks[k].key]) {
		k++
	}
	return k < len(d.toks) && titleHeads[d.toks[k].key]
}
