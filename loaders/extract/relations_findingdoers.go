// The doers a monitor's finding lists, as reports write them: names
// with their acronyms in parentheses ("the Bolivarian National Guard
// (GNB), the Special Action Forces (FAES)"), a name after the lower-case
// words that describe it ("the self-styled X", "the former police officer
// Y"), a unit named through its body ("X's riot unit"), the kind after
// the names ("the X and Y gangs") and the named doers a lower-case kind
// sums up ("security forces, specifically X and Y").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// doerListWords join the items of a list of doers: "and", a comma, or
// "specifically"/"particularly"/"notably" naming which of them.
var doerListWords = set(",", "and", "specifically", "particularly", "notably", "namely")

// doerGroupNouns are the lower-case kinds that may follow a list of named
// armed groups or bodies ("the X and Y gangs").
var doerGroupNouns = set("gang", "gangs", "group", "groups", "cartel", "cartels", "militia", "militias", "faction", "factions", "units", "unit")

// describedNameAt is the start of a named actor after "the" and up to
// three lower-case words that describe it ("the self-named X", "the
// former police officer Y"), none of them a conjunction or preposition;
// j when none is there.
func (d *doc) describedNameAt(j, sent int) int {
	n := j
	if n < len(d.toks) && d.toks[n].key == "the" {
		n++
	}
	words := 0
	for k := n; k < len(d.toks) && words <= 3 && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k {
			if k == n || m.ent == nil || m.ent.typ == schema.Agreement || !typeOK("accused", sideObj, m.ent.typ) {
				return j
			}
			return k
		}
		if t := d.toks[k]; t.key == "-" && k > n && !t.space {
			continue // "self-named"
		} else if t.kind != tWord || t.cap || doerStopWords[t.key] {
			return j
		}
		words++
	}
	return j
}

// bodyMemberNouns name one or more members of a body right after its name
// ("GNB officers"): the body is the doer.
var bodyMemberNouns = set("officer", "officers", "agent", "agents", "member", "members", "soldier", "soldiers", "guard", "guards", "personnel")

// doerStopWords end the description before a doer's name.
var doerStopWords = set("and", "or", "in", "of", "at", "from", "on", "for", "with", "to", "by", "during",
	"against", "near", "after", "under", "while", "when", "who", "that", "which", "than", "as")

// afterDoerName is the token after a named doer ending at e: past its
// acronym in parentheses ("(GNB)"). When up to two lower-case words and a
// person's name follow ("HNP officer Y"), that person is the doer; when a
// possessive and lower-case words follow ("X's riot unit"), the doer is
// that unnamed unit, which the report's convention names no one by
// (nil).
func (d *doc) afterDoerName(m *mention, sent int) (*entity, int) {
	e := m.e
	if e+2 < len(d.toks) && d.toks[e].key == "(" {
		for k := e + 1; k < len(d.toks) && k <= e+4 && d.toks[k].sent == sent; k++ {
			if d.toks[k].key == ")" {
				e = k + 1
				break
			}
		}
	}
	for k := e; k < len(d.toks) && k <= e+2 && d.toks[k].sent == sent; k++ {
		if p := d.mentionAt(k); p != nil && p.s == k {
			if k > e && p.ent != nil && p.ent.typ == schema.Person {
				return p.ent, p.e
			}
			break
		}
		if t := d.toks[k]; t.kind != tWord || t.cap || doerStopWords[t.key] {
			break
		}
	}
	if e < len(d.toks) && bodyMemberNouns[d.toks[e].key] && !d.toks[e].cap && m.ent != nil && m.ent.typ != schema.Person {
		return m.ent, e + 1 // "a GNB officer shot …": the body's member, the body the doer
	}
	if e < len(d.toks) && d.toks[e].key == "'s" {
		k := e + 1
		for k < len(d.toks) && d.toks[k].sent == sent && d.toks[k].kind == tWord && !d.toks[k].cap && !doerStopWords[d.toks[k].key] {
			k++
		}
		if k > e+1 {
			return nil, k
		}
	}
	return m.ent, e
}

// unknownNameEnd is the token after a run of capitalised words starting
// at j that no mention covers (a name the extractor does not know, in a
// list of doers), at most six words, its acronym in parentheses included;
// j when none starts there.
func (d *doc) unknownNameEnd(j, sent int) int {
	k := j
	for k < len(d.toks) && k < j+6 && d.toks[k].sent == sent && d.toks[k].kind == tWord && d.toks[k].cap && d.mentionAt(k) == nil {
		k++
	}
	if k > j && k+2 < len(d.toks) && d.toks[k].key == "(" && d.toks[k+2].key == ")" {
		k += 3
	}
	return k
}

// actedAbuseAt reports whether a past-tense verb stands at j and the rest
// of its clause (up to a comma, semicolon or the sentence's end, at most
// twelve tokens) names an abuse: "X and Y gangs used sexual violence",
// "subjected detainees to torture".
func (d *doc) actedAbuseAt(j, sent int) bool {
	if j >= len(d.toks) || d.toks[j].kind != tWord || d.toks[j].cap || !strings.HasSuffix(d.toks[j].key, "ed") {
		return false
	}
	return d.abuseInClause(j+1, j+12, sent, nil)
}

// abuseInClause reports whether the clause from token k to token last at
// most, in sentence sent, names an abuse (actedAbuseNouns or a word of
// extra) before a comma or semicolon closes it. involvedAt and
// actedAbuseAt read a doer's clause with it.
func (d *doc) abuseInClause(k, last, sent int, extra map[string]bool) bool {
	for ; k < len(d.toks) && k <= last && d.toks[k].sent == sent; k++ {
		if key := d.toks[k].key; key == "," || key == ";" {
			return false
		} else if actedAbuseNouns[key] || extra[key] {
			return true
		}
	}
	return false
}

// actedAbuseNouns name an abuse a doer's act inflicts: abuseNouns and
// "violence".
var actedAbuseNouns = func() map[string]bool {
	m := map[string]bool{"violence": true}
	for k := range abuseNouns {
		m[k] = true
	}
	return m
}()

// unnamedGroupNouns end a kind of armed group named after a list of named
// doers ("X and criminal organizations").
var unnamedGroupNouns = set("organizations", "groups", "gangs", "cartels", "militias", "factions")

// unnamedGroupsEnd is the token after "other" or up to two lower-case
// words and a plural kind of group starting at j ("criminal
// organizations", "other armed groups"); j when none is there.
func (d *doc) unnamedGroupsEnd(j, sent int) int {
	for n := j; n < len(d.toks) && n <= j+2 && d.toks[n].sent == sent; n++ {
		t := d.toks[n]
		if t.kind != tWord || t.cap || d.mentionAt(n) != nil || doerStopWords[t.key] {
			return j
		}
		if unnamedGroupNouns[t.key] {
			return n + 1
		}
	}
	return j
}
