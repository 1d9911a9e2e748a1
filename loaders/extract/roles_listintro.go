// A line ending with a colon that says what the people listed under it
// are gives each listed person that post:
//
//	OFAC designated the following two individuals, who are leaders of the X:
//	- A (alias "…")
//	- B

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// listIntroRoles gives each person opening a dashed item the post the
// paragraph before the list states with "are/were TITLE of BODY:".
func (d *doc) listIntroRoles(add func(*entity, string, *entity, int)) {
	for c := 1; c+1 < len(d.toks); c++ {
		if d.toks[c].key != ":" || !d.toks[c+1].brk || !d.listItem(c+1) {
			continue
		}
		title, org := d.introPost(c)
		if org == nil {
			continue
		}
		// the items under the line, each opening with a person
		for k := c + 1; k < len(d.toks) && d.listItem(k); {
			if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && m.ent.typ == schema.Person {
				add(m.ent, title, org, m.s)
			}
			k++
			for k < len(d.toks) && !d.toks[k].brk {
				k++
			}
		}
	}
}

// introPost reads "… are leaders of the X" ending at the colon at token c:
// the singular title and the body, or nil.
func (d *doc) introPost(c int) (string, *entity) {
	om := d.mentionAt(c - 1)
	if om == nil || om.ent == nil || om.e != c || om.ent.typ == schema.Person || om.ent.typ == schema.Government {
		return "", nil
	}
	j := om.s - 1
	if j > 0 && d.toks[j].key == "the" {
		j--
	}
	if j < 2 || d.toks[j].key != "of" && d.toks[j].key != "in" {
		return "", nil
	}
	// the plural title words back to the copula
	var words []string
	k := j - 1
	for ; k > 0 && k > j-4 && d.toks[k].kind == tWord && d.toks[k].key != "are" && d.toks[k].key != "were"; k-- {
		words = append([]string{d.toks[k].key}, words...)
	}
	if k <= 0 || d.toks[k].key != "are" && d.toks[k].key != "were" || len(words) == 0 {
		return "", nil
	}
	head := words[len(words)-1]
	sg := strings.TrimSuffix(head, "s")
	if sg == head || !titleHeads[sg] && !roleNouns[sg] {
		return "", nil
	}
	words[len(words)-1] = sg
	return strings.Join(words, " "), om.ent
}
