// Anaphora for relation actors: "both gangs", "the agency", a title standing
// for its holder, an object pronoun, and the people a demonym names.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// peopleNouns after a demonym name a country's people, state or trade:
// "the Haitian people", "the Colombian government", "tariffs on Mexican
// goods".
var peopleNouns = lexWords.set("peopleNouns")

// objectPronouns are the object pronouns that refer back to a person.
var objectPronouns = map[string]byte{"him": 'm', "her": 'f'}

// closeParen is the token closing the parenthesis opened at j, within
// the sentence and twelve tokens, or -1.
func (d *doc) closeParen(j, sent int) int {
	for k := j + 1; k < len(d.toks) && d.toks[k].sent == sent && k < j+12; k++ {
		switch d.toks[k].key {
		case ")":
			return k
		case "(":
			return -1
		}
	}
	return -1
}

// anaphorDets open a definite description that may refer back.
var anaphorDets = set("the", "this", "that")

// headAnaphor resolves a definite description whose noun at token k is
// the last word of a body's name given in the twenty sentences before
// ("the Multinational Security Support Mission … this mission"): that
// body, or nil. People and governments are left to other rules, and a
// noun followed by more of a name ("the mission's", "the mission to
// Haiti") still refers.
func (d *doc) headAnaphor(k int) *entity {
	t := d.toks[k]
	if t.kind != tWord || t.cap || len(t.key) < 4 || k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.toks[k+1].cap {
		return nil
	}
	sent := t.sent
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-20; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ != schema.Organization && m.ent.typ != schema.Agreement && m.ent.typ != schema.Agency && m.ent.typ != schema.Cartel {
			continue
		}
		w := strings.Fields(fold(m.ent.name))
		if len(w) > 1 && w[len(w)-1] == t.key || m.ent.typ == schema.Agreement && agreementNouns[t.key] {
			return m.ent // "this mission": the mission; "this agreement": the agreement named before
		}
	}
	return nil
}

// agreementNouns refer back to any agreement named before ("the
// Memorandum of Cooperation … this agreement").
var agreementNouns = set("agreement", "accord", "deal", "pact", "treaty", "memorandum", "arrangement")

// placePreps introduce a place after an unnamed object.
var placePreps = set("within", "inside", "across", "throughout", "in")

// cartelNouns are the nouns that refer back to criminal groups named before
// ("the cartel", "both gangs").
var cartelNouns = map[string]bool{"cartel": true, "cartels": true, "gang": true, "gangs": true,
	"group": true, "groups": true, "organization": true, "organizations": true, "organisation": true, "organisations": true}

// groupCounts are the words that say how many groups a phrase refers to.
var groupCounts = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4}

// groupAnaphor resolves a phrase at token i that refers back to criminal
// groups ("the cartel", "the gang", "both gangs", "the two cartels",
// "these groups", "all three of those organizations") to the cartels
// named most recently before it, within the three sentences before: one
// for a singular noun, as many as the phrase counts, else those of the
// nearest sentence that names any. nil when there is no such phrase, or
// nothing for it to refer to.
func (d *doc) groupAnaphor(i, sent int, pred string) []*entity {
	return d.groupAnaphorSide(i, sent, pred, sideObj)
}

// groupAnaphorSide is groupAnaphor for either side of pred.
func (d *doc) groupAnaphorSide(i, sent int, pred string, side int) []*entity {
	if !typeOK(pred, side, schema.Cartel) || i >= len(d.toks) || d.mentionAt(i) != nil {
		return nil
	}
	k, want := i, 0
	if d.toks[k].key == "all" && k+2 < len(d.toks) {
		// "all three of those organizations", "all of these groups"
		k++
		if n, ok := groupCounts[d.toks[k].key]; ok {
			want, k = n, k+1
		}
		if d.toks[k].key != "of" {
			return nil
		}
		k++
	}
	switch d.toks[k].key {
	case "the", "these", "those", "this", "that", "both":
		if n, ok := groupCounts[d.toks[k].key]; ok && want == 0 {
			want = n
		}
		k++
	default:
		return nil
	}
	if k < len(d.toks) && d.toks[k].sent == sent {
		if n, ok := groupCounts[d.toks[k].key]; ok {
			want, k = n, k+1
		}
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !cartelNouns[d.toks[k].key] {
		return nil
	}
	if d.mentionAt(k) != nil {
		return nil // "the Cartel Jalisco Nueva Generacion": the first word of a name
	}
	plural := strings.HasSuffix(d.toks[k].key, "s")
	if !plural {
		want = 1
	}
	var out []*entity
	seen := map[*entity]bool{}
	nearest := -1
	for j := i - 1; j >= 0 && d.toks[j].sent >= sent-3; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		j = m.s
		if m.ent.typ != schema.Cartel || seen[m.ent] {
			continue
		}
		if want == 0 && nearest >= 0 && d.toks[j].sent != nearest {
			break // plural, uncounted: the nearest sentence's groups
		}
		seen[m.ent] = true
		out = append(out, m.ent)
		nearest = d.toks[j].sent
		if want > 0 && len(out) == want {
			break
		}
	}
	if len(out) == 0 || want > 0 && len(out) < want {
		return nil
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l] // in the order they were named
	}
	return out
}

// titleReferent is the person a definite title at token k refers to ("the
// chairman"): the last one named in the five sentences before who holds a
// title with that word.
func (d *doc) titleReferent(k int) *entity {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && d.toks[j].sent >= sent-5; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, t := range m.ent.roles {
			if containsWord(strings.ToLower(t), d.toks[k].key) {
				return m.ent
			}
		}
		// "Adm. X … the admiral": a rank written before the name
		for p := m.s - 1; p >= 0 && p >= m.s-2; p-- {
			if key := d.toks[p].key; key == d.toks[k].key || rankAbbrevs[key] == d.toks[k].key {
				return m.ent
			}
		}
		j = m.s
	}
	return nil
}

// rankAbbrevs are the abbreviated ranks and titles written before names.
var rankAbbrevs = map[string]string{"adm.": "admiral", "gen.": "general", "col.": "colonel", "lt.": "lieutenant",
	"maj.": "major", "capt.": "captain", "sgt.": "sergeant", "sen.": "senator", "rep.": "representative",
	"gov.": "governor", "amb.": "ambassador"}

// personAfter is the person mention a title starting at token i leads to
// ("of Ecuador X", "'s foreign minister, X", "President-elect
// X"), over title words only, or nil.
func (d *doc) personAfter(i, sent int) *mention {
	for k := i; k < len(d.toks) && d.toks[k].sent == sent && k < i+10; k++ {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Person {
				return m
			}
			k = m.e - 1
			continue
		}
		t := d.toks[k]
		if t.key == "and" && k > i && d.toks[k-1].cap && k+1 < len(d.toks) && d.toks[k+1].cap && d.mentionAt(k+1) == nil {
			continue // "National Security and Intelligence Advisor X"
		}
		if t.key == "," && k > i && titleHeads[d.toks[k-1].key] && k+1 < len(d.toks) {
			if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && m.ent.typ == schema.Person {
				return m // "Mexico's foreign minister, X": the title's holder set off after it
			}
		}
		if t.key == "-" && d.pendingTitle(k+1) || d.pendingTitle(k) {
			continue // "President-elect X"
		}
		if !(t.kind == tWord && t.cap && !relConj[t.key] || t.key == "of" || t.key == "the" || t.key == "'s" || t.key == "'" || t.key == "." || t.key == "(" || t.key == ")" || titleHeads[t.key] || titleMods[t.key]) {
			return nil
		}
	}
	return nil
}

// nicknameAt reports whether token k is in a quoted nickname read as a
// person ("extradited to the United States “El Gato,”").
func (d *doc) nicknameAt(k int) bool {
	m := d.mentionAt(k)
	return m != nil && m.rule == "entity/person:nickname"
}

// peopleOfGroup are the nouns for people a group's name may modify.
var peopleOfGroup = lexWords.set("peopleOfGroup")

// modifiesPeople reports whether a name ending before token e modifies a
// noun for people ("Sinaloa Cartel members") or makes a compound with one
// ("Sinaloa Cartel-linked individuals").
func (d *doc) modifiesPeople(e int) bool {
	if e >= len(d.toks) {
		return false
	}
	if t := d.toks[e]; t.key == "-" && !t.space && e+1 < len(d.toks) && !d.toks[e+1].cap {
		return true
	}
	return peopleOfGroup[d.toks[e].key] && !d.toks[e].cap
}
