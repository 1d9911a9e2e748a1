package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// metAtPlace reports whether a bare "met" ending at end is followed by a
// place ("met in Lima, Peru", "met at the border") with no partner named
// by "with" after it: "A and B met in Peru" is a meeting of A and B, not
// with Peru. After "met" a time or a meal may come first: "A and B met
// for breakfast at the ministry", "met this morning in Lima" (after
// "received" it is the object that may follow: "received yesterday in
// Lima a delegation").
func (d *doc) metAtPlace(end, sent int) bool {
	if end > 0 && meetForms[d.toks[end-1].key] {
		end = d.meetAdjunctEnd(end, sent)
	}
	if end >= len(d.toks) || d.toks[end].sent != sent || d.toks[end].key != "in" && d.toks[end].key != "at" {
		return false
	}
	for k := end + 1; k < len(d.toks) && d.toks[k].sent == sent && k < end+12; k++ {
		if key := d.toks[k].key; key == "with" || key == "alongside" {
			return false // "met in Lima with X"
		}
	}
	return true
}

// convenedWith returns the token after the "with" that names the guests of
// a convened meeting ending at end ("convened the first meeting of this
// committee with A and B"), or -1 when another preposition comes first
// ("a meeting of the cabinet on the border with X").
func (d *doc) convenedWith(end, sent int) int {
	for k, n := end, 0; k < len(d.toks) && d.toks[k].sent == sent && n < 8; k, n = k+1, n+1 {
		if e := d.agreementNamedAt(k); e > k {
			k = e - 1 // "co-chaired the U.S.-Peru Security Dialogue with X": the name as one word
			continue
		}
		switch key := d.toks[k].key; {
		case key == "with":
			return k + 1
		case key == "of" || determiners[key] || d.toks[k].kind == tWord && !placePreps[key] && !frontPhrasePreps[key] && key != "on" && key != "for" && key != "about":
			continue
		default:
			return -1
		}
	}
	return -1
}

// agreementNamedAt is the end of an agreement's name starting at token k,
// or -1.
func (d *doc) agreementNamedAt(k int) int {
	for _, m := range d.ments {
		if m.s == k && m.ent != nil && m.ent.typ == schema.Agreement {
			return m.e
		}
	}
	return -1
}

// possessives are the possessive determiners.
var possessives = set("our", "its", "their", "his", "her", "your", "my")

// possessedNoun reports whether the cue word at v is a noun after a
// possessive and one adjective ("our unwavering support for X"): not a
// verb after a plural subject ("our partners support X") or an
// auxiliary.
func (d *doc) possessedNoun(v int) bool {
	if v < 2 || d.toks[v-2].sent != d.toks[v].sent || !possessives[d.toks[v-2].key] {
		return false
	}
	a := d.toks[v-1]
	return a.kind == tWord && !a.cap && d.mentionAt(v-1) == nil && !strings.HasSuffix(a.key, "s") &&
		!relAux[a.key] && !d.isModal(v-1) && relCues[a.key] == nil
}

// meetMeals and meetTimes are the words of a meal or a time that may
// follow a bare "met" before its place: "for lunch", "this morning", "on
// Tuesday", "today".
var (
	meetMeals = set("breakfast", "lunch", "dinner", "supper")
	meetForms = set("met", "meet", "meets")
	meetTimes = set("today", "yesterday", "tonight", "morning", "afternoon", "evening", "week", "privately", "briefly", "again")
)

// meetAdjunctEnd returns the token after a meal or time phrase right after
// a bare "met" ending at end ("for a working lunch", "this morning", "on
// Tuesday"), or end when none stands there.
func (d *doc) meetAdjunctEnd(end, sent int) int {
	for n := 0; n < 3 && end < len(d.toks) && d.toks[end].sent == sent; n++ {
		k := end
		switch key := d.toks[k].key; {
		case meetTimes[key]:
			k++
		case (key == "this" || key == "last") && k+1 < len(d.toks) && meetTimes[d.toks[k+1].key]:
			k += 2
		case key == "on" && k+1 < len(d.toks) && weekdays[d.toks[k+1].key]:
			k += 2
		case key == "for":
			j := k + 1
			for j < len(d.toks) && j < k+4 && (d.toks[j].key == "a" || d.toks[j].key == "working") {
				j++
			}
			if j >= len(d.toks) || !meetMeals[d.toks[j].key] {
				return end
			}
			k = j + 1
		default:
			return end
		}
		end = k
	}
	return end
}
