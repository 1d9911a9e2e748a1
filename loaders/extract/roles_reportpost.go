// A report titled by its state ("Peru 2022 Human Rights Report: …") names
// that state's officers by a bare title before the name: "Colonel X
// apologized", "courts sentenced former police officers X and Y", "Senator
// Z was detained". Read there, the title is a post of the report's state,
// a rank too (a news story's bare rank says which force, not whose post:
// roleAdder). A title with a body or a place before it ("Army Colonel",
// "Santa Cruz Governor"), or a name apposed to a body (", assigned to the
// Y Battalion"), is left to the rules that read that body.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// reportPostHeads end such a title; reportPostMods may precede the head.
var (
	reportPostHeads = lexWords.set("reportPostHeads")
	reportPostMods  = lexWords.set("reportPostMods")
)

// reportPostRoles gives the people a report names by a bare title their
// post at the report's state.
func (d *doc) reportPostRoles(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	if st == nil {
		return
	}
	d.reportPost = true
	defer func() { d.reportPost = false }()
	// held: the name ending at end already holds the post, or a rank or
	// officer's title goes to a body apposed to it or a post it holds ("Colonel
	// X" again after "X, who was appointed head of the Y," is the Y's officer)
	held := func(p *entity, end int, head string) bool {
		return d.heldHead(p, head) || d.servicePost(head) && (d.apposedBody(end) || d.hasRole(p))
	}
	for mi := 0; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] {
			continue
		}
		ts, head := d.reportPostTitle(m.s)
		end := m.s
		if ts < 0 {
			// "a police officer, X,", "two police officers, X and Y,"
			ts, head = d.apposedReportPost(m.s)
			end = m.s - 1
		}
		if ts < 0 || held(m.ent, m.e, head) {
			continue
		}
		title := d.surface(ts, end)
		add(m.ent, title, st, ts)
		if end < m.s {
			if strings.HasSuffix(head, "s") {
				for n := d.nextListedPerson(m); n != nil; n = d.nextListedPerson(n) {
					if !held(n.ent, n.e, head) {
						add(n.ent, title, st, ts)
					}
				}
			}
			continue
		}
		// "police officers X and Y": the plural title is the next name's too
		if strings.HasSuffix(head, "s") && m.e+1 < len(d.toks) && d.toks[m.e].key == "and" {
			if n := d.mentionAt(m.e + 1); n != nil && n.s == m.e+1 && n.ent != nil && n.ent.typ == schema.Person && !held(n.ent, n.e, head) {
				add(n.ent, title, st, ts)
			}
		}
	}
}

// reportPostTitle returns the first token of a bare post title ending right
// before token s and its head's key, or -1: a head of reportPostHeads after
// its modifiers, in the name's sentence, with nothing capitalised, no
// possessor and no mention before it but the sentence's start. An officer
// is a police or correctional one.
func (d *doc) reportPostTitle(s int) (int, string) {
	h := s - 1
	if h < 0 || d.toks[h].sent != d.toks[s].sent || !reportPostHeads[d.toks[h].key] || d.inQuote[h] || d.mentionAt(h) != nil {
		return -1, ""
	}
	head := d.toks[h].key
	ts := h
	for ts > 0 && d.toks[ts-1].sent == d.toks[s].sent && reportPostMods[d.toks[ts-1].key] && d.mentionAt(ts-1) == nil {
		ts--
	}
	if strings.HasPrefix(head, "officer") && !(h > ts && (d.toks[h-1].key == "police" || d.toks[h-1].key == "correctional")) {
		return -1, ""
	}
	if ts > 0 && d.toks[ts-1].sent == d.toks[s].sent && !d.dateBefore(ts) {
		prev := d.toks[ts-1]
		// "charge" right before the title is the verb ("charge police
		// officer X"), not the head of "chargé d'affaires"
		if prev.cap || prev.key == "'s" || prev.key == "-" || titleHeads[prev.key] && prev.key != "charge" || d.mentionAt(ts-1) != nil {
			return -1, "" // "Attorney General X", "Mexico's Senator X", "Army Colonel X"
		}
	}
	return ts, head
}

// heldHead reports whether p already holds a post whose title has the
// head's word ("army colonel" read before).
func (d *doc) heldHead(p *entity, head string) bool {
	head = strings.TrimSuffix(head, "s")
	for _, r := range d.roles {
		if r.Person == p.name && strings.Contains(fold(r.Title), head) {
			return true
		}
	}
	return false
}

// servicePost reports whether head is a rank or an officer's: a post in
// a force's unit, which a body apposed to the name or a post read before
// states better. A legislator's seat is the state's whatever else he
// chairs.
func (d *doc) servicePost(head string) bool {
	return militaryRanks[head] || strings.HasPrefix(head, "officer")
}

// apposedBody reports whether a comma after a name ending at e opens an
// aside naming a body or an organisation before its next comma (", assigned
// to the Y Battalion,", ", the commander of Z").
func (d *doc) apposedBody(e int) bool {
	if e >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	for k := e + 1; k < len(d.toks) && k < e+20 && d.toks[k].sent == d.toks[e].sent && d.toks[k].key != ","; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) {
			return true
		}
	}
	return false
}

// soldierTitle reports whether a title ends with "soldier": a soldier
// serves in the unit or force the text names ("PMOP soldier X"), not in a
// post of a state ("former Guatemalan special forces soldier Y").
func soldierTitle(title string) bool {
	f := fold(title)
	return strings.HasSuffix(f, "soldier") || strings.HasSuffix(f, "soldiers")
}

// dateBefore reports whether a date opening the sentence ends right before
// token ts: "In April former representative X", "In November 2019 police
// sergeant Y", "On May 31, Colonel Z": the title's capitalised neighbour is
// the month, not a body or a state.
func (d *doc) dateBefore(ts int) bool {
	k := ts - 1
	if k >= 0 && d.toks[k].key == "," {
		k--
	}
	for k >= 0 && d.toks[k].sent == d.toks[ts].sent && (allDigits(d.toks[k].key) || d.toks[k].key == ",") {
		k--
	}
	if k < 1 || !d.monthAt(k) {
		return false
	}
	p := d.toks[k-1].key
	return (p == "in" || p == "on" || p == "since" || p == "by") && (k-1 == 0 || d.toks[k-2].sent != d.toks[k-1].sent)
}
