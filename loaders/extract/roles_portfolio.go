package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// portfolioBefore returns the "of" of an office written in capitals whose
// portfolio runs up to token e-1 ("Secretary of Foreign Affairs",
// "Minister of the Interior", "General Attorney of the Republic"), or -1:
// capitalised words that name no body, joined by "and" or "the", after a
// capitalised title head and "of".
func (d *doc) portfolioBefore(e int) int {
	if e < 3 || e > len(d.toks) || d.toks[e-1].kind != tWord || !d.toks[e-1].cap {
		return -1
	}
	for k := e - 1; k > 0 && k >= e-6; k-- {
		t := d.toks[k]
		if t.sent != d.toks[e-1].sent || d.at[k] != 0 && d.mentionAt(k) != nil && d.mentionAt(k).ent != nil {
			return -1
		}
		switch {
		case t.key == "of":
			h := d.toks[k-1]
			if k < e-1 && h.cap && titleHeads[h.key] && d.toks[k+1].key != "and" {
				return k
			}
			return -1
		case t.kind == tWord && t.cap && !funcWords[t.key], t.key == "and" || t.key == "the":
		default:
			return -1
		}
	}
	return -1
}

// bodyOfTitle reports whether a body written "TITLE of the BODY" ends right
// before token f: "Under Secretary of the Treasury" before "for Terrorism
// and Financial Intelligence X".
func (d *doc) bodyOfTitle(f int) bool {
	m := d.mentionAt(f - 1)
	if m == nil || m.e != f || m.ent == nil || m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
		return false
	}
	k := m.s - 1
	if k > 0 && d.toks[k].key == "the" {
		k--
	}
	return k > 0 && d.toks[k].key == "of" && titleHeads[d.toks[k-1].key]
}

// forBody reports whether token k is the "for" or "at" (with "the") before
// the body that ends a chain's items: "Assistant Secretary of State for the
// Bureau of X", "Director of Operations at the Y". A state after "for" is
// a remit ("Envoy for Haiti").
func (d *doc) forBody(k int, items []roleItem) bool {
	if len(items) == 0 || items[len(items)-1].org == nil || items[len(items)-1].org.typ == schema.Government {
		return false
	}
	key := d.toks[k].key
	if key == "the" && k > 0 {
		key = d.toks[k-1].key
	}
	return key == "for" || key == "at"
}

// hasHeadItem reports whether chain items hold a title head.
func (d *doc) hasHeadItem(items []roleItem) bool {
	for _, it := range items {
		if it.org == nil && titleHeads[d.toks[it.tok].key] {
			return true
		}
	}
	return false
}

// pastTitleOf moves the start s of a body's name (its head at i) past a
// title written before "of" in it: "Commanding General of U.S. Army
// South" names U.S. Army South. The title is capitalised modifiers and a
// title head right before "of".
func (d *doc) pastTitleOf(s, i int) int {
	for k := s + 1; k < i; k++ {
		if d.toks[k].key != "of" {
			continue
		}
		if !titleHeads[d.toks[k-1].key] || militaryRanks[d.toks[k-1].key] && k-1 == s {
			return s
		}
		for j := s; j < k-1; j++ {
			if t := d.toks[j]; !titleHeads[t.key] && !titleMods[t.key] && !(t.cap && strings.HasSuffix(t.key, "ing")) {
				return s
			}
		}
		if k+1 < i && d.toks[k+1].key == "the" {
			k++
		}
		return k + 1
	}
	return s
}

// portfolioHeads are the titles of a ministry's or department's head.
var portfolioHeads = set("minister", "secretary", "ministers", "secretaries")

// portfolioSkip are title words that say nothing about the portfolio.
var portfolioSkip = set("former", "deputy", "vice", "acting", "then", "ex", "interim", "new", "outgoing", "incoming",
	"junior", "assistant", "under", "the", "of", "for", "and", "a", "an", "its", "their", "his", "her", "state",
	"cabinet", "federal", "national")

// bodyWords head the name of a ministry or department.
var bodyWords = []string{"ministry", "department", "secretariat", "secretary's office"}

// portfolioBody is the one ministry or department the article names whose
// name has every portfolio word of a minister's or secretary's title
// ("the interior minister" → the interior ministry, "homeland security
// secretary" → the Department of Homeland Security): the body a bare
// title belongs to when the text names it.
func (d *doc) portfolioBody(title []int) *entity {
	head := false
	var words []string
	for _, k := range title {
		t := d.toks[k]
		if portfolioHeads[t.key] {
			if t.cap {
				// "the Minister of Government" is the head of the
				// "Ministry of Government" the text names; "Interior
				// Minister X" is the office of state as written
				return d.ministryOf(title, k)
			}
			head = true
			if len(words) == 0 {
				// "the minister of justice and peace": the portfolio
				// words after the head name the ministry the text names
				for _, k2 := range title {
					if t2 := d.toks[k2]; k2 > k && t2.kind == tWord && !funcWords[t2.key] && t2.key != "and" && t2.letters >= 3 && d.at[k2] == 0 {
						words = append(words, spellUS(t2.key))
					}
				}
			}
			break // the portfolio words come before the head: "interior minister"
		}
		if t.kind != tWord || portfolioSkip[t.key] || t.letters < 3 || d.at[k] != 0 && t.cap {
			continue
		}
		if ps, _ := d.g.lookup(d.toks, k); len(ps) > 0 && (ps[0].kind == kDemonym || ps[0].kind == kEntity && ps[0].entry.typ == schema.Government) {
			continue
		}
		words = append(words, spellUS(t.key))
	}
	if !head || len(words) == 0 {
		return nil
	}
	// of two such bodies, the title does not say which
	return d.soleEntity(func(e *entity) bool {
		if e.typ != schema.Agency || e.mentions == 0 {
			return false
		}
		name := " " + spellUSAll(fold(e.name)) + " "
		body := false
		for _, w := range bodyWords {
			if strings.Contains(name, " "+w+" ") {
				body = true
			}
		}
		if !body {
			return false
		}
		for _, w := range words {
			if !strings.Contains(name, " "+w+" ") {
				return false
			}
		}
		return true
	})
}

// ministryOf is the body the text names "Ministry/Department/Secretariat
// of WORDS" for a title "Minister/Secretary of WORDS" whose head is at
// title token h.
func (d *doc) ministryOf(title []int, h int) *entity {
	var words []string
	of := false
	for _, k := range title {
		if k <= h {
			continue
		}
		if !of {
			if d.toks[k].key != "of" || k != h+1 {
				return nil
			}
			of = true
			continue
		}
		if d.toks[k].key == "for" {
			break // "Assistant Secretary of Defense for X Affairs": the remit after the portfolio
		}
		words = append(words, d.toks[k].key)
	}
	if len(words) == 0 || len(words) == 1 && words[0] == "state" {
		return nil // "Secretary of State" is an office of the state itself
	}
	tail := " of " + strings.Join(words, " ")
	return d.soleEntity(func(e *entity) bool {
		if e.typ != schema.Agency || e.mentions == 0 {
			return false
		}
		f := fold(e.name)
		for _, w := range bodyWords {
			if w == "department" && strings.HasPrefix(d.toks[h].key, "minister") {
				continue // a minister heads a ministry: "Vice Minister of Defense" is no "Department of Defense"
			}
			if f == w+tail || f == w+" of the"+strings.TrimPrefix(tail, " of") {
				return true
			}
		}
		return false
	})
}

// ministerOfBefore reads "[the] Minister of WORDS" ending just before
// token c and returns the body named "Ministry of WORDS" in the text.
func (d *doc) ministerOfBefore(c int) (*entity, string) {
	for h := c - 2; h >= 1 && h >= c-6; h-- {
		t := d.toks[h]
		if !portfolioHeads[t.key] || !t.cap || d.toks[h+1].key != "of" || d.toks[h].sent != d.toks[c].sent {
			continue
		}
		var title []int
		for k := h; k < c; k++ {
			if d.toks[k].kind != tWord {
				return nil, ""
			}
			title = append(title, k)
		}
		if org := d.ministryOf(title, h); org != nil {
			return org, d.titleText(title)
		}
		return nil, ""
	}
	return nil, ""
}

// spellUS folds British spellings of portfolio words to American ones.
func spellUS(w string) string {
	switch w {
	case "defence":
		return "defense"
	case "labour":
		return "labor"
	}
	return w
}

// spellUSAll is spellUS on each word of s.
func spellUSAll(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = spellUS(w)
	}
	return strings.Join(f, " ")
}
