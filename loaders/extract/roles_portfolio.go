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
