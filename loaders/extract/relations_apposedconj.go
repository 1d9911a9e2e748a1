package extract

import "github.com/newsgraph/newsgraph/schema"

// A conjunct of a coordinated subject may carry its own title apposition,
// which names no actor: "A, deputy commander, and B, director of
// operations, met C", "A, the chief of staff, and B were welcomed by C".
// The conjunct is then the person before the apposition's opening comma.

// apposedTitleBack reads a title apposition ending at token j just before
// a coordinator ("deputy commander" in "A, deputy commander, and B"): a
// phrase of title words, determiners and lower-case words, with a title
// head among them and any name in it not a person's ("NORTHCOM chief of
// plans"), opened by a comma right after a person. It returns that
// person's last token, or j when no such apposition ends at j.
func (d *doc) apposedTitleBack(j, sent int) int {
	head := false
	for k := j; k > 0 && k > j-10 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if t.key == "," {
			if !head {
				return j
			}
			if m := d.mentionAt(k - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person && m.e == k {
				return k - 1
			}
			return j
		}
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return j
			}
			k = m.s
			continue
		}
		switch {
		case t.kind != tWord || actorStop[t.key] || apposedStops[t.key] || hasVerbCue(t.key):
			return j
		case titleHeads[t.key] || roleNouns[t.key]:
			head = true
		case t.cap && !titleMods[t.key]:
			return j // a name this reader does not know: the conjunct itself
		}
	}
	return j
}

// apposedStops end a title apposition read backwards: a relative pronoun
// or a coordinator belongs to a clause or a list, not to a title.
var apposedStops = set("who", "whom", "which", "that", "and", "or", "as", "with", "by", "to", "in", "at", "on")
