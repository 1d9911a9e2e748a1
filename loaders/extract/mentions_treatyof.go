// Treaties named in lower case by their complement, as diplomatic prose
// names them: "the treaty of annexation", "a treaty of peace, amity, and
// commerce", "the treaty of Ghent", "the convention of April 19, 1850",
// "the treaty with Spain of 1795", "a convention for the settlement of
// claims". The head and its complement, without the article, are the
// agreement's name.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// treatyOfHeads are the lower-case heads a complement names an agreement
// with.
var treatyOfHeads = set("treaty", "convention")

// treatyOfStops end a lower-case complement: prepositions and verbs that
// follow the name ("the treaty of annexation upon the invitation …", "the
// treaty of peace signed at …").
var treatyOfStops = set("upon", "into", "within", "against", "toward", "towards", "concerning", "regarding",
	"respecting", "about", "over", "beyond", "across", "along", "via", "per", "than", "not", "which", "whom",
	"whose", "shall", "may", "must", "should", "being", "been", "be", "do", "did", "does", "now", "then", "yet",
	"only", "still", "thus", "hereafter", "herein", "thereof", "therein")

// treatyOfCands finds agreements named by a lower-case treaty head and its
// complement after "the" or "a".
func (d *doc) treatyOfCands(out []*mention) []*mention {
	for i := 1; i+2 < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != tWord || t.cap || !treatyOfHeads[t.key] {
			continue
		}
		if p := d.toks[i-1].key; p != "the" && p != "a" && p != "an" {
			continue
		}
		end, party := d.treatyComplement(i + 1)
		if end <= i+1 {
			continue
		}
		name := d.surface(i, end)
		m := &mention{s: i, e: end, typ: schema.Agreement, name: name, prio: 1, agrCore: name}
		if party != "" {
			m.parties = []string{party}
		}
		out = append(out, m)
	}
	return out
}

// treatyComplement reads the complement of a treaty head from token k and
// returns where it ends (k when there is none) and the state a "with"
// complement names: "of" and a date or year, a capitalised place or a
// lower-case list of singular nouns ("of peace, amity, and commerce");
// "with" a state and "of" a year; "for" an action ("for the settlement
// of claims").
func (d *doc) treatyComplement(k int) (int, string) {
	sent := d.toks[k-1].sent
	in := func(j int) bool { return j < len(d.toks) && d.toks[j].sent == sent && !d.toks[j].brk }
	switch d.toks[k].key {
	case "of":
		if e := d.dateOrYear(k + 1); e > k+1 {
			return e, ""
		}
		if j := k + 1; in(j) && d.toks[j].cap && d.toks[j].kind == tWord && !funcWords[d.toks[j].key] {
			// "the treaty of Ghent": a place of one to three words
			for in(j) && d.toks[j].cap && d.toks[j].kind == tWord && j < k+4 {
				j++
			}
			if in(j) && d.toks[j].cap && d.toks[j].kind == tWord {
				return k, ""
			}
			if ps, n := d.g.lookup(d.toks, k+1); n > 0 && len(ps) > 0 && (ps[0].kind == kDemonym || ps[0].kind == kRegionDemonym) {
				return k, "" // "a convention of Latin American states": an adjective, not a place
			}
			if in(j) && d.toks[j].kind == tWord && !d.toks[j].cap && !funcWords[d.toks[j].key] && strings.HasSuffix(d.toks[j].key, "s") {
				return k, "" // "a convention of Andean nations": the place names a plural's members
			}
			return j, ""
		}
		if e := d.nounList(k+1, in); e > k+1 {
			return e, ""
		}
	case "with":
		j := k + 1
		if ps, n := d.g.lookup(d.toks, j); n > 0 && len(ps) > 0 && ps[0].entry != nil && ps[0].entry.typ == schema.Government &&
			ps[0].kind != kDemonym && in(j+n) && d.toks[j+n].key == "of" {
			if e := d.dateOrYear(j + n + 1); e > j+n+1 {
				return e, ps[0].entry.country
			}
		}
	case "for":
		j := k + 1
		if in(j) && d.toks[j].key == "the" {
			j++
		}
		e := d.nounList(j, in)
		if e == j {
			return k, ""
		}
		if in(e+1) && d.toks[e].key == "of" {
			if e2 := d.nounListPlural(e+1, in); e2 > e+1 {
				e = e2
			}
		}
		return e, ""
	}
	return k, ""
}

// dateOrYear reads "April 19, 1850", "April 1850" or "1795" from token k
// and returns where it ends, k when none is there.
func (d *doc) dateOrYear(k int) int {
	if k >= len(d.toks) {
		return k
	}
	if isYear(d.toks[k].key) {
		return k + 1
	}
	if !d.monthAt(k) {
		return k
	}
	j := k + 1
	if j < len(d.toks) && isDayNumber(d.toks[j].key) {
		j++
		if j < len(d.toks) && d.toks[j].key == "," {
			j++
		}
	}
	if j < len(d.toks) && isYear(d.toks[j].key) {
		return j + 1
	}
	return k
}

// isYear reports whether s is a year of four digits from 1000 to 2999.
func isYear(s string) bool {
	return len(s) == 4 && allDigits(s) && (s[0] == '1' || s[0] == '2')
}

// isDayNumber reports whether s is a day of one or two digits.
func isDayNumber(s string) bool {
	return len(s) <= 2 && allDigits(s)
}

// nounList reads a lower-case list of singular nouns from token k:
// "annexation", "peace, amity, navigation, and commerce", "settlement".
// A word ending in "ed" (a participle), a plural, a function word or a
// stop ends it; a list broken by commas must close with "and".
func (d *doc) nounList(k int, in func(int) bool) int {
	return d.nouns(k, in, false)
}

// nounListPlural is nounList allowing plurals: "of claims".
func (d *doc) nounListPlural(k int, in func(int) bool) int {
	return d.nouns(k, in, true)
}

func (d *doc) nouns(k int, in func(int) bool, plural bool) int {
	noun := func(j int) bool {
		if !in(j) {
			return false
		}
		t := d.toks[j]
		if t.kind != tWord || t.cap || t.letters < 3 || funcWords[t.key] || treatyOfStops[t.key] ||
			strings.HasSuffix(t.key, "ed") || strings.HasSuffix(t.key, "ly") {
			return false
		}
		return plural || !strings.HasSuffix(t.key, "s") || strings.HasSuffix(t.key, "ss")
	}
	if !noun(k) {
		return k
	}
	j, commas, closed := k+1, 0, false
	for words := 1; words < 6 && !closed && in(j); words++ {
		switch {
		case d.toks[j].key == "," && noun(j+1):
			commas++
			j += 2
		case d.toks[j].key == "," && in(j+1) && d.toks[j+1].key == "and" && noun(j+2):
			j += 3
			closed = true
		case d.toks[j].key == "and" && noun(j+1):
			j += 2
			closed = true
		default:
			words = 6
			continue
		}
	}
	if commas > 0 && !closed {
		return k + 1 // "of peace, in the spirit …": no list
	}
	return j
}

// lowerTreatyName reports whether an agreement's name is a lower-case
// treaty head and its complement ("treaty of peace, amity, and commerce",
// "treaty with Spain of 1795"): a settlement between states, which binds
// them without stating a partnership (agreementCooperation).
func lowerTreatyName(name string) bool {
	return strings.HasPrefix(name, "treaty ") || strings.HasPrefix(name, "convention ")
}
