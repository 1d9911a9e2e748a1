package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// pluralGroupHeads close a name shared by two criminal groups: "the Cali
// and North Coast cartels".
var pluralGroupHeads = map[string]string{"cartels": "Cartel", "gangs": "Gang"}

// sharedHeadAfterCands splits "the Treasury, Justice and State Departments"
// into "Department of Justice" and "Department of State", and "the A and B
// cartels" into "A Cartel" and "B Cartel": a list of capitalised names
// before one plural head; a conjunct the gazetteer knows alone is left to
// it.
func (d *doc) sharedHeadAfterCands(out []*mention) []*mention {
	for i := 3; i < len(d.toks); i++ {
		t := d.toks[i]
		head, body := pluralBodyHeads[t.key]
		typ := schema.Agency
		if !body || !t.cap {
			if head = pluralGroupHeads[t.key]; head == "" || t.cap {
				continue
			}
			typ = schema.Cartel
		}
		var parts [][2]int
		e := i
		for e > 0 {
			s := e
			for s > 0 && d.capWord(s-1) && !d.toks[s].brk && d.toks[s-1].sent == t.sent {
				s--
			}
			if s == e {
				break
			}
			parts = append(parts, [2]int{s, e})
			if s < 2 || d.toks[s-1].key != "and" && d.toks[s-1].key != "," {
				break
			}
			e = s - 1
			if d.toks[e].key == "and" && d.toks[e-1].key == "," {
				e--
			}
		}
		if len(parts) < 2 || d.partEndsInHead(parts) {
			continue
		}
		for _, p := range parts {
			if _, k := d.g.lookup(d.toks, p[0]); k == p[1]-p[0] && typ == schema.Agency {
				continue // "Treasury": the gazetteer names it
			}
			if typ == schema.Cartel && d.demonymPart(p[0], p[1]) {
				continue // "the Ruritanian and Central American cartels": where they come from, no name
			}
			part := d.surface(p[0], p[1])
			e := p[1]
			if p[1] == i {
				e = i + 1
			}
			m := &mention{s: p[0], e: e, typ: typ, prio: 3}
			if typ == schema.Agency {
				m.name = head + " of " + part
				m.aliases = append(m.aliases, part+" "+head)
			} else {
				m.name = part + " " + head
				m.aliases = append(m.aliases, part+" "+strings.ToLower(head))
			}
			out = append(out, m)
		}
	}
	return out
}

// partEndsInHead reports whether a list item of several words other than
// the last, which the shared head follows, ends in a head of its own ("the
// X Cartel and Y gangs", not "the Treasury"): then the items are no names
// sharing the head.
func (d *doc) partEndsInHead(parts [][2]int) bool {
	for _, p := range parts[1:] {
		k := d.toks[p[1]-1].key
		if p[1]-p[0] > 1 && (cartelHeads[k] || agencyHeads[k] || orgHeads[k]) {
			return true
		}
	}
	return false
}
