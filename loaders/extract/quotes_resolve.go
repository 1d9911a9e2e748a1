// Speakers named by a pronoun, a role noun ("the secretary") or an
// institution noun ("the ministry").

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// resolvePronoun finds the person (or, for "it", the institution) a
// pronoun at token i refers to.
func (d *doc) resolvePronoun(i int, g byte) *entity {
	ok := func(m *mention) bool {
		if m == nil || m.ent == nil || m.quoted || m.ent.typ == "" {
			return false
		}
		if g == 'i' {
			return m.ent.typ == schema.Agency || m.ent.typ == schema.Government || m.ent.typ == schema.Organization
		}
		return m.ent.typ == schema.Person && (m.ent.gender == 0 || m.ent.gender == g)
	}
	// the same sentence: the last before the pronoun
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); ok(m) {
			return m.ent
		}
		// "I met a coca farmer in Tumaco; she told me …": someone unnamed
		if g != 'i' && d.anonymousPersonAt(k) {
			return nil
		}
	}
	// "The report … It said …": "it" is a document, not an institution
	if g == 'i' && sent > 0 && d.documentSubject(d.sentStart(d.sentStart(i)-1)) {
		return nil
	}
	// earlier sentences: the first in the nearest sentence with one
	k := i - 1
	for k >= 0 && d.toks[k].sent == sent {
		k--
	}
	for n := 0; k >= 0 && n < 12; n++ {
		s := d.toks[k].sent
		var first *entity
		for ; k >= 0 && d.toks[k].sent == s; k-- {
			if m := d.mentionAt(k); ok(m) {
				first = m.ent
			}
		}
		if first != nil {
			return first
		}
	}
	return nil
}

// resolveRoleNoun finds the person "the secretary" (role noun at token i)
// refers to: the last person named before it holding such an office.
func (d *doc) resolveRoleNoun(i int) *entity {
	noun := d.toks[i].key
	var best *entity
	bestAt := -1
	for k := i - 1; k >= 0; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			// "A navy officer at the scene … the officer said": someone
			// unnamed introduced since
			if d.toks[k].key == noun && k > 0 && !d.inQuote[k] {
				for j := k - 1; j >= 0 && j >= k-3; j-- {
					if d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].key == "another" || d.toks[j].key == "one" {
						return nil
					}
					if d.toks[j].kind != tWord || d.toks[j].key == "the" {
						break
					}
				}
			}
			continue
		}
		for _, r := range m.ent.roles {
			if strings.Contains(fold(r), noun) || noun == "general" && strings.Contains(fold(r), "gen.") ||
				genericRoleNouns[noun] && !strings.Contains(fold(r), "former") && fold(r) != "member" {
				if k > bestAt {
					best, bestAt = m.ent, k
				}
			}
		}
		if best != nil {
			return best
		}
		// "Rear Adm. X … the admiral said": a rank written before the name
		for p := m.s - 1; p >= 0 && p >= m.s-2; p-- {
			if key := d.toks[p].key; key == noun || rankAbbrevs[key] == noun {
				return m.ent
			}
		}
		k = m.s
	}
	return nil
}

// personNouns after an organisation make an anonymous speaker ("a
// State Department official").
var personNouns = lexWords.set("personNouns")

// instNouns refer back to an institution ("the ministry said").
var instNouns = lexWords.set("instNouns")

// resolveInstNoun finds the institution "the ministry" (noun at token i)
// refers to: the last one named before it whose name has that noun, or
// any of its kind for "the government".
func (d *doc) resolveInstNoun(i int) *entity {
	noun := d.toks[i].key
	for k := i - 1; k >= 0; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ == "" || m.ent.typ == schema.Person {
			continue
		}
		if noun == "company" || noun == "firm" || noun == "exporter" || noun == "importer" || noun == "shipper" {
			if m.ent.typ == schema.Organization {
				return m.ent
			}
		} else if noun == "government" || noun == "administration" || noun == "presidency" {
			if m.ent.typ == schema.Government {
				return m.ent
			}
		} else if strings.Contains(fold(d.surface(m.s, m.e)), noun) || strings.Contains(fold(m.ent.name), noun) {
			return m.ent
		}
		k = m.s
	}
	return nil
}

// genericRoleNouns refer back to anyone holding a current office ("the
// official said" after "Interior Minister X").
var genericRoleNouns = lexWords.set("genericRoleNouns")
