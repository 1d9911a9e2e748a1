// Merging two names of one referent.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// repoint makes every mention of from a mention of to, gives to from's name
// and aliases as aliases, and returns how many mentions moved.
func (d *doc) repoint(from, to *entity) int {
	n := 0
	for _, m := range d.ments {
		if m.ent == from {
			m.ent = to
			n++
		}
	}
	to.alias(from.name)
	for _, a := range from.aliases {
		to.alias(a)
	}
	return n
}

// mergeAppositives joins two names of one referent: "Navy Ministry
// (SEMAR)" and "the USMCA, the trade pact that …"; and a generic
// agreement into a fuller one with the same words ("security agreement"
// into "security cooperation agreement").
func (d *doc) mergeAppositives() {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ == schema.Person || m.ent.typ == schema.Government {
			continue
		}
		if d.acronymAfterName(m) {
			continue
		}
		d.acronymApposition(m)
		d.agreementApposition(m)
		d.formerName(m)
	}
	d.mergeGenericAgreements()
	sortMentions(d.ments)
	d.reindex()
}

// moveEntity makes every mention of from a mention of to (with from's
// names and parties) and drops from.
func (d *doc) moveEntity(from, to *entity) {
	if from == to || from.typ == "" || to.typ == "" {
		return
	}
	to.mentions += d.repoint(from, to)
	to.parties = append(to.parties, from.parties...)
	if from.first < to.first {
		to.first = from.first
	}
	from.typ = ""
}

// acronymAfterName reads "Name (ACR)" after mention m: an acronym the
// gazetteer knows names the same referent (the two merge: it reports
// true); one nobody knows becomes an alias, with its later mentions.
func (d *doc) acronymAfterName(m *mention) bool {
	// "Name (ACR)": the acronym the gazetteer knows names the referent
	if m.e+2 < len(d.toks) && d.toks[m.e].key == "(" {
		if a := d.mentionAt(m.e + 1); a != nil && a.ent != nil && a.e < len(d.toks) && d.toks[a.e].key == ")" && a.ent.typ == m.ent.typ && a.ent != m.ent {
			if a.gaz != nil && m.gaz == nil {
				d.moveEntity(m.ent, a.ent)
			} else {
				d.moveEntity(a.ent, m.ent)
			}
			return true
		}
		// an acronym nobody knows: an alias
		if t := d.toks[m.e+1]; t.upper && t.letters >= 2 && d.at[m.e+1] == 0 && m.e+2 < len(d.toks) && d.toks[m.e+2].key == ")" {
			acr := d.surface(m.e+1, m.e+2)
			m.ent.alias(acr)
			d.take(&mention{s: m.e + 1, e: m.e + 2, ent: m.ent, typ: m.ent.typ})
			d.acronymUses(m.ent, acr, m.e+3) // the acronym stands for the name wherever it occurs after
		}
	}
	return false
}

// formerWords introduce a body's former name: "X (formerly Y)".
var formerWords = set("formerly", "previously")

// formerName reads "Cártel del Noreste (formerly Los Zetas)" and "X,
// formerly Y,": the former name after mention m names the same body, whose
// alias it becomes, with its mentions.
func (d *doc) formerName(m *mention) {
	if m.ent == nil || m.ent.typ == schema.Person || m.ent.typ == schema.Government || m.e+2 >= len(d.toks) {
		return
	}
	if k := d.toks[m.e].key; (k != "(" && k != ",") || !formerWords[d.toks[m.e+1].key] {
		return
	}
	a := d.mentionAt(m.e + 2)
	if a == nil || a.s != m.e+2 || a.ent == nil || a.ent == m.ent || a.ent.typ != m.ent.typ {
		return
	}
	if a.e < len(d.toks) && (d.toks[m.e].key == "(" && d.toks[a.e].key != ")" || d.toks[m.e].key == "," && d.toks[a.e].kind == tWord) {
		return // the former name must close the parenthesis or the apposition
	}
	d.moveEntity(a.ent, m.ent)
}

// acronymApposition reads "the Honduran anti-drug agency, the DLCN,": an
// unknown acronym in apposition after mention m names the body.
func (d *doc) acronymApposition(m *mention) {
	// "the Honduran anti-drug agency, the DLCN,": an unknown acronym
	// in apposition names the body
	if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization || m.ent.typ == schema.Cartel) && m.e+3 < len(d.toks) &&
		d.toks[m.e].key == "," && d.toks[m.e+1].key == "the" && d.at[m.e+2] == 0 {
		if t := d.toks[m.e+2]; t.upper && t.letters >= 2 && t.kind == tWord && (d.toks[m.e+3].key == "," || d.toks[m.e+3].key == ".") {
			acr := d.surface(m.e+2, m.e+3)
			m.ent.alias(acr)
			d.acronymUses(m.ent, acr, m.e+2)
		}
	}
}

// agreementApposition reads "the USMCA, the trade pact" and "the USMCA
// trade pact": a named agreement and what it is are one agreement.
func (d *doc) agreementApposition(m *mention) {
	// "the USMCA, the trade pact"
	if m.ent.typ == schema.Agreement && m.e+2 < len(d.toks) && d.toks[m.e].key == "," && d.toks[m.e+1].key == "the" {
		if g := d.mentionAt(m.e + 2); g != nil && g.ent != nil && g.ent.generic && g.s == m.e+2 && !m.ent.generic {
			d.moveEntity(g.ent, m.ent)
		}
	}
	// "the USMCA trade pact": a named agreement followed by what it is
	if m.ent.typ == schema.Agreement && !m.ent.generic && m.e < len(d.toks) {
		if g := d.mentionAt(m.e); g != nil && g.ent != nil && g.ent != m.ent && g.ent.typ == schema.Agreement && g.ent.generic && g.s == m.e {
			d.moveEntity(g.ent, m.ent)
		}
	}
}

// mergeGenericAgreements merges a generic agreement ("the security
// agreement") into another whose words include its own, into the one
// named agreement whose name has all its words ("the Bridgetown Protocol
// on Illicit Firearms … the firearms protocol"), or into a named
// agreement with it as lower-case alias.
func (d *doc) mergeGenericAgreements() {
	for _, a := range d.entList {
		if a.typ != schema.Agreement || !a.generic {
			continue
		}
		wa := strings.Fields(fold(a.core))
		for _, b := range d.entList {
			if b == a || b.typ != schema.Agreement || !b.generic {
				continue
			}
			wb := strings.Fields(fold(b.core))
			if (len(wa) < len(wb) || len(wa) == len(wb) && a.first > b.first) && subsetMods(wa, wb) {
				d.moveEntity(a, b)
				break
			}
		}
		if a.mentions == 0 {
			continue
		}
		// "the Bridgetown Protocol on Illicit Firearms … the firearms
		// protocol": every word of the generic one is in one named one's name
		var only *entity
		n := 0
		for _, b := range d.entList {
			if b.typ != schema.Agreement || b.generic || b.mentions == 0 || len(wa) < 2 {
				continue
			}
			wb := strings.Fields(fold(b.name))
			all := true
			for _, w := range wa {
				if !contains(wb, w) {
					all = false
					break
				}
			}
			if all {
				only = b
				n++
			}
		}
		if n == 1 {
			d.moveEntity(a, only)
			continue
		}
		// "the USMCA trade pact … the trade agreement": a named agreement's
		// lower-case alias
	named:
		for _, b := range d.entList {
			if b.typ != schema.Agreement || b.generic || b.mentions == 0 {
				continue
			}
			for _, al := range b.aliases {
				if al != strings.ToLower(al) {
					continue
				}
				if wb := strings.Fields(fold(al)); len(wa) <= len(wb) && subsetMods(wa, wb) {
					d.moveEntity(a, b)
					break named
				}
			}
		}
	}
}

// subsetMods reports whether agreement words a (modifiers and head) are
// among b's, heads compared as synonyms.
func subsetMods(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || !lowerAgreementHeads[a[len(a)-1]] || !lowerAgreementHeads[b[len(b)-1]] {
		return false
	}
	if contains(b, "and") && !contains(a, "and") {
		return false // "the trade agreement" is not the "trade and security agreement"
	}
	for _, w := range a[:len(a)-1] {
		if !contains(b[:len(b)-1], w) && w != "" {
			return false
		}
	}
	return true
}

func hasAlias(e *entity, name string) bool {
	f := fold(name)
	for _, a := range e.aliases {
		if fold(a) == f {
			return true
		}
	}
	return false
}

// mergePrefixedUnits joins a unit named with its agency's short name before
// it to the unit named alone: "DEA New Orleans Division" is the "New
// Orleans Division" of "DEA's New Orleans Division".
func (d *doc) mergePrefixedUnits() {
	for _, m := range d.ments {
		u := m.ent
		if u == nil || u.typ != schema.Agency || m.e-m.s < 3 || !d.toks[m.s].upper || d.toks[m.s].letters < 2 {
			continue
		}
		rest := d.ents[string(schema.Agency)+"|"+fold(d.surface(m.s+1, m.e))]
		if rest == nil || rest == u || rest.typ != schema.Agency {
			continue
		}
		a := d.agencyCalled(d.surface(m.s, m.s+1))
		if a == nil || d.ownedByOther(rest, a) {
			continue // "the Division's Office of X" and "the ABC Office of X": two offices
		}
		d.moveEntity(u, rest)
	}
}

// agencyCalled returns the agency named or aliased name, or nil.
func (d *doc) agencyCalled(name string) *entity {
	f := fold(name)
	for _, e := range d.entList {
		if e.typ != schema.Agency {
			continue
		}
		if fold(e.name) == f {
			return e
		}
		for _, a := range e.aliases {
			if fold(a) == f {
				return e
			}
		}
	}
	return nil
}

// acronymUses takes each free all-capital token from token from on that
// spells acr as a mention of ent: an acronym a text has defined stands for
// its name wherever it occurs after.
func (d *doc) acronymUses(ent *entity, acr string, from int) {
	for k := from; k < len(d.toks); k++ {
		if t := d.toks[k]; t.upper && d.at[k] == 0 && d.surface(k, k+1) == acr {
			d.take(&mention{s: k, e: k + 1, ent: ent, typ: ent.typ, quoted: d.inQuote[k]})
			ent.mentions++
		}
	}
}
