// A turn label of a bare title with "the", "THE VICE PRESIDENT:", under a
// headline that names the office's holder ("Remarks by Vice President X
// at the Y Conference") or under a speaker line that does ("President:
// X").

package extract

import "github.com/newsgraph/newsgraph/schema"

// headlineTitled is the person the headline names right after the title
// words of the label [s, e) ("VICE PRESIDENT" in "THE VICE PRESIDENT:"):
// the first person whose name follows those words exactly, with no
// further title word before them ("President X" is no "Vice President
// X"); nil when the headline names no such person.
func (d *doc) headlineTitled(s, e int) *entity {
	n := e - s
	for k := 0; k+n < len(d.toks) && d.toks[k].para == 0; k++ {
		m := d.mentionAt(k + n)
		if m == nil || m.s != k+n || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		ok := k == 0 || !titleHeads[d.toks[k-1].key] && !titleMods[d.toks[k-1].key]
		for j := 0; j < n && ok; j++ {
			ok = d.toks[k+j].key == d.toks[s+j].key
		}
		if ok {
			return m.ent
		}
	}
	return nil
}

// theTitleLabel reports whether the label [s, e) is "the" and title words
// only ("THE PRESIDENT", "THE VICE PRESIDENT").
func (d *doc) theTitleLabel(s, e int) bool {
	if e-s < 2 || d.toks[s].key != "the" {
		return false
	}
	head := false
	for k := s + 1; k < e; k++ {
		key := d.toks[k].key
		if !titleHeads[key] && !titleMods[key] {
			return false
		}
		head = head || titleHeads[key]
	}
	return head
}

// theTitleSpeaker is the person a label's title words [s, e) ("PRESIDENT"
// in "THE PRESIDENT:") stand for: the one the headline names right after
// them, else the one of a speaker line with the same title ("President:
// X"); nil otherwise.
func (d *doc) theTitleSpeaker(s, e int) *entity {
	if p := d.headlineTitled(s, e); p != nil {
		return p
	}
	p, title := d.speakerLine() // roles_speakerline.go
	if p == nil || len(title) != e-s {
		return nil
	}
	for j, k := range title {
		if d.toks[k].key != d.toks[s+j].key {
			return nil
		}
	}
	return p
}
