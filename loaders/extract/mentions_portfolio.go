package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// portfolioOnly are the agencies the text names only as the portfolio of
// a secretary's title ("the Secretary of the Treasury", "Treasury
// Secretary Ana Ruiz") or as the name of a programme ("the Joint Drug Task
// Force program"): the title names the post and the programme is no body,
// so an agency never otherwise named, and in no role or relation, is no
// entity of the article.
func (d *doc) portfolioOnly() map[*entity]bool {
	only, other := map[*entity]bool{}, map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency {
			continue
		}
		if d.acronymOfBefore(m) {
			continue // "Task Force (OCDETF)": read with the name before it
		}
		if d.secretaryPortfolio(m) || d.programOf(m) {
			only[m.ent] = true
		} else {
			other[m.ent] = true
		}
	}
	return d.unreferencedOnly(only, other)
}

// ownNameOfBody reports whether the mention m writes a body by its own
// name or acronym ("the Department of X", "the Ministry of Y", "DHS"),
// not by its field ("the Treasury", "Homeland Security").
func (d *doc) ownNameOfBody(m *mention) bool {
	t := d.toks[m.s]
	return t.upper || ministryHeads[t.key] || t.key == "department"
}

// secretaryPortfolio reports whether the mention m is the portfolio of a
// capitalised "Secretary": after "Secretary of [the]" or right before
// "Secretary" ("Treasury Secretary"), and named by its field, not by the
// department's own name or acronym ("Secretary of the Department of X",
// "the DHS Secretary" name the department).
func (d *doc) secretaryPortfolio(m *mention) bool {
	if d.ownNameOfBody(m) {
		return false
	}
	if m.e < len(d.toks) && d.toks[m.e].key == "secretary" && d.toks[m.e].cap && d.toks[m.e].sent == d.toks[m.s].sent {
		return true
	}
	j := m.s - 1
	if j >= 0 && d.toks[j].key == "the" && !d.toks[j].cap {
		j--
	}
	return j >= 1 && d.toks[j].key == "of" && d.toks[j-1].key == "secretary" && d.toks[j-1].cap && d.toks[j-1].sent == d.toks[m.s].sent
}

// programNouns after a body's name make it the name of a programme.
var programNouns = set("program", "programs", "programme", "programmes")

// programOf reports whether the mention m, with its acronym in
// parentheses, is followed by a lower-case "program" ("the Joint Drug
// Task Force program"), or by "and" another capitalised name and a plural
// "programs" ("the Joint Drug Task Force (JDTF) and Safe Ports (SP)
// programs").
func (d *doc) programOf(m *mention) bool {
	j := d.pastParenAcronym(m.e)
	if j >= len(d.toks) || d.toks[j].sent != d.toks[m.s].sent {
		return false
	}
	if programNouns[d.toks[j].key] && !d.toks[j].cap {
		return true
	}
	if d.toks[j].key != "and" {
		return false
	}
	k := j + 1
	for k < len(d.toks) && k < j+10 && (d.capWord(k) || d.toks[k].key == "of" || d.toks[k].key == "and") {
		k++
	}
	k = d.pastParenAcronym(k)
	return k > j+1 && k < len(d.toks) && !d.toks[k].cap && programNouns[d.toks[k].key] && strings.HasSuffix(d.toks[k].key, "s")
}

// pastParenAcronym returns the token after "(ACRONYM)" at j, or j.
func (d *doc) pastParenAcronym(j int) int {
	if j+2 < len(d.toks) && d.toks[j].key == "(" && d.toks[j+1].upper && d.toks[j+2].key == ")" {
		return j + 3
	}
	return j
}

// acronymOfBefore reports whether the mention m is an acronym in
// parentheses right after a mention of the same entity ("Task Force
// (OCDETF)").
func (d *doc) acronymOfBefore(m *mention) bool {
	if m.s < 2 || m.e >= len(d.toks) || d.toks[m.s-1].key != "(" || d.toks[m.e].key != ")" {
		return false
	}
	p := d.mentionAt(m.s - 2)
	return p != nil && p.ent == m.ent
}
