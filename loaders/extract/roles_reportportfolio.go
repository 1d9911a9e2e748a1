// A report titled by its state names an official by a post and its remit
// written out before the name, with no body: "former minister of public
// works X", "then minister of government Y", "Director of Prisons Z",
// "former chief of staff W", "the director of the national disaster agency,
// V,". The remit names no body the text knows, so the post is the report's
// state's. A remit in capitals after "the" is a body's name ("chief of the
// Palace Guard X"), left to the rules that read bodies.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// portfolioPostHeads head such a post; portfolioPostMods may precede it.
var (
	portfolioPostHeads = lexWords.set("portfolioPostHeads")
	portfolioPostMods  = lexWords.set("portfolioPostMods")
)

// reportPortfolioRoles gives a person named after a post with a written-out
// remit the post at the report's state.
func (d *doc) reportPortfolioRoles(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	if st == nil {
		return
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] {
			continue
		}
		ts, te := d.portfolioPostBefore(m.s)
		if ts < 0 {
			continue
		}
		if d.heldAtBody(m.ent, d.toks[ts:te]) {
			continue
		}
		add(m.ent, d.surface(ts, te), st, ts)
	}
}

// heldAtBody reports whether p already holds a post at a government or an
// agency whose title has one of the post's head words: another rule read
// the post and its body ("Secretary of State X" at the United States, "then
// Director General for Migration Y" at the directorate).
func (d *doc) heldAtBody(p *entity, title []token) bool {
	for _, r := range d.roles {
		if r.Person != p.name {
			continue
		}
		o := d.orgNamed(r.Org)
		if o == nil || o.typ != schema.Government && o.typ != schema.Agency {
			continue
		}
		ft := fold(r.Title)
		for _, t := range title {
			if portfolioPostHeads[t.key] && strings.Contains(ft, t.key) {
				return true
			}
		}
	}
	return false
}

// portfolioPostBefore returns the span of a post with a written-out remit
// ending right before the name at token s ("former minister of public
// works", "the Director of Penitentiaries," before a comma), or -1, -1.
func (d *doc) portfolioPostBefore(s int) (int, int) {
	if s < 3 {
		return -1, -1
	}
	sent := d.toks[s].sent
	te := s
	comma := d.toks[s-1].key == ","
	if comma {
		te--
	}
	// the remit: up to five words back to "of" or "for", naming nothing
	k, n, capSeen := te-1, 0, false
	for ; k > 0 && n <= 5; k-- {
		t := d.toks[k]
		if t.sent != sent || t.kind != tWord || d.mentionAt(k) != nil || d.inQuote[k] {
			return -1, -1
		}
		if t.key == "of" || t.key == "for" {
			break
		}
		if titleHeads[t.key] || funcWords[t.key] && t.key != "and" && t.key != "the" {
			return -1, -1 // "chief of staff under then President X": another title's
		}
		if t.cap {
			capSeen = true
		}
		n++
	}
	if d.g.given[d.toks[te-1].key] > 0 {
		return -1, -1 // "Director of Penitentiaries Tomas Rivas Meza" read as "Rivas Meza": the given name is the person's
	}
	if k <= 0 || n == 0 || n > 5 || d.toks[k].key != "of" && d.toks[k].key != "for" || d.toks[k+1].key == "and" || d.toks[te-1].key == "the" || d.toks[te-1].key == "and" {
		return -1, -1
	}
	if d.toks[k+1].key == "the" && capSeen {
		return -1, -1 // "chief of the Palace Guard X": a body's name
	}
	h := k - 1
	if d.toks[h].sent != sent || d.at[h] != 0 {
		return -1, -1
	}
	if d.toks[h].key == "general" && h > 0 && portfolioPostHeads[d.toks[h-1].key] {
		h-- // "director general of"
	}
	if !portfolioPostHeads[d.toks[h].key] {
		return -1, -1
	}
	ts := h
	for ts > 0 && d.toks[ts-1].sent == sent && portfolioPostMods[d.toks[ts-1].key] && d.at[ts-1] == 0 {
		ts--
	}
	if ts > 0 && d.toks[ts-1].sent == sent && !d.dateBefore(ts) {
		prev := d.toks[ts-1]
		if prev.key != "the" && (prev.cap && ts-1 > 0 && d.toks[ts-2].sent == sent || prev.key == "'s" || prev.key == "-" || titleHeads[prev.key] || d.mentionAt(ts-1) != nil) {
			return -1, -1 // "Central Bank director of compliance X", "Mexico's minister of Y"
		}
	}
	if comma && (ts == 0 || d.toks[ts-1].key != "the") {
		return -1, -1 // ", X" after a post only as "the POST, X,"
	}
	return ts, te
}
