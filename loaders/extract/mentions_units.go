// Field offices named by their agency and a place: "ERO San Antonio",
// "Enforcement and Removal Operations New York City", "ICE ERO El
// Salvador"; "ERO Washington Field Office" is also "ERO Washington".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// fieldOfficeUnits reads an agency the gazetteer knows (or two, "ICE
// ERO") followed at once by one to three capitalised words that are no
// title, no body and no person, ending the capitals: the agency's office
// in that place, a unit of its own. A unit named "… Field Office" takes
// its name without those words as an alias.
func (d *doc) fieldOfficeUnits() {
	changed := false
	for mi := 0; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		if !d.knownAgency(m) && !d.placedUnit(m) || m.quoted {
			continue
		}
		j := m.e
		if n := d.mentionAt(j); n != nil && n.s == j && d.knownAgency(n) && !d.toks[j].brk {
			j = n.e // "ICE ERO"
		}
		r := d.placeRun(j)
		if r == j {
			continue
		}
		u := d.longerUnit(d.surface(m.s, r))
		if u == nil {
			u = d.entity(schema.Agency, d.surface(m.s, r), m.s)
			u.country = m.ent.country
			if j == m.e {
				for _, a := range m.ent.aliases {
					u.alias(a + " " + d.surface(j, r)) // "ERO New York City" for "Enforcement and Removal Operations New York City"
				}
			}
		}
		d.replaceSpan(&mention{s: m.s, e: r, ent: u, typ: schema.Agency, class: mEntity, rule: "entity/field-office"})
		changed = true
	}
	for _, e := range d.entList {
		if e.typ == schema.Agency && strings.HasSuffix(e.name, " Field Office") && len(strings.Fields(e.name)) >= 4 {
			short := strings.TrimSuffix(e.name, " Field Office")
			e.alias(short)
			if o := d.ents[string(schema.Agency)+"|"+fold(short)]; o != nil && o != e {
				d.moveEntity(o, e)
			}
			if o := d.unitAliased(short, e); o != nil {
				e.alias(o.name) // the same office named with its agency's full name
				d.moveEntity(o, e)
			}
		}
	}
	if changed {
		d.reindex()
	}
	d.countryPrefixedAgencies()
}

// countryPrefixedAgencies gives an agency the gazetteer knows, written
// right after the name of its own country ("U.S. Department of Homeland
// Security"), that written form as an alias.
func (d *doc) countryPrefixedAgencies() {
	for _, m := range d.ments {
		if !d.knownAgency(m) || m.s == 0 || m.ent.country == "" {
			continue
		}
		p := d.mentionAt(m.s - 1)
		if p == nil || p.e != m.s || p.ent == nil || p.ent.typ != schema.Government || p.ent.name != m.ent.country || d.toks[m.s].brk {
			continue
		}
		m.ent.alias(d.surface(p.s, m.e))
	}
}

// longerUnit is the agency the text names as name and one more agency
// head word ("Coast Guard Atlantic Area Command" for "Coast Guard Atlantic
// Area"), or nil.
func (d *doc) longerUnit(name string) *entity {
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.mentions == 0 || !strings.HasPrefix(fold(e.name), fold(name)+" ") {
			continue
		}
		if rest := strings.Fields(e.name[len(name):]); len(rest) == 1 && agencyHeads[fold(rest[0])] {
			e.alias(name)
			return e
		}
	}
	return nil
}

// placedUnitHeads end the name of a unit that its place completes:
// "Coast Guard Sector San Juan".
var placedUnitHeads = set("sector")

// placedUnit reports whether mention m names an agency's unit whose head
// its place follows ("Coast Guard Sector" before "San Juan").
func (d *doc) placedUnit(m *mention) bool {
	return m != nil && m.ent != nil && m.ent.typ == schema.Agency && m.e > m.s+1 && placedUnitHeads[d.toks[m.e-1].key] && d.toks[m.e-1].cap
}

// knownAgency reports whether mention m names an agency the gazetteer
// knows.
func (d *doc) knownAgency(m *mention) bool {
	return m != nil && m.ent != nil && m.ent.typ == schema.Agency && m.gaz != nil && m.gaz.typ == schema.Agency
}

// placeRun returns the end of one to three capitalised words from token j
// that may name a place: no title, body, month or facility word, no
// person, not in a headline, in the same sentence, and followed by no further capitalised word. It returns
// j when there is none.
func (d *doc) placeRun(j int) int {
	if j >= len(d.toks) || j == 0 || d.toks[j].brk || d.toks[j].sent != d.toks[j-1].sent || d.titlecase[d.toks[j].para] {
		return j
	}
	k := j
	for k < len(d.toks) && k < j+3 && d.toks[k].sent == d.toks[j].sent && d.toks[k].kind == tWord && d.toks[k].cap {
		key := d.toks[k].key
		if key == "new" && k+1 < len(d.toks) && d.toks[k+1].cap && d.toks[k+1].kind == tWord && d.toks[k+1].sent == d.toks[k].sent && !titleHeads[d.toks[k+1].key] {
			k++ // "ERO New Orleans": "New" opens the place's name, no title's modifier
			continue
		}
		if titleHeads[key] || titleMods[key] || agencyHeads[key] || orgHeads[key] || militaryRanks[key] || isMonth(key) ||
			thingHeads[key] || documentHeads[key] || vesselWords[key] || shipWords[key] || d.vesselWord(k) || contactChannels[key] {
			return j // "ICE Tip Line": a way to reach the agency, no office
		}
		if o := d.mentionAt(k); o != nil && (o.ent != nil && o.ent.typ != schema.Government || o.s < j) {
			return j
		}
		k++
	}
	if k == j || k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].cap && d.toks[k].sent == d.toks[j].sent {
		return j
	}
	return k
}

// contactChannels name a way to reach an agency ("the DEA Tip Line", "the
// FBI Hotline", "the ICE Tip Form"), never an office of it.
var contactChannels = set("line", "hotline", "tipline", "helpline", "form", "website", "portal", "app", "email", "number")

// vesselWords name a ship, an aircraft or a building, not an office:
// "Coast Guard Cutter X", "FBI Headquarters".
var vesselWords = set("cutter", "ship", "vessel", "boat", "aircraft", "helicopter", "headquarters", "building")

// isMonth reports whether a word is a month's name or abbreviation.
func isMonth(key string) bool {
	_, ok := monthNames[strings.TrimSuffix(key, ".")]
	return ok
}

// replaceSpan puts m in place of every mention inside its tokens [m.s,
// m.e), moving their counts to m's entity.
func (d *doc) replaceSpan(m *mention) {
	var kept []*mention
	for _, o := range d.ments {
		if o.s >= m.s && o.e <= m.e {
			if o.ent != nil {
				o.ent.mentions--
			}
			continue
		}
		kept = append(kept, o)
	}
	d.ments = append(kept, m)
	m.ent.mentions++
	sortMentions(d.ments)
	d.reindex()
}

// unitAliased is the agency other than e that has name as an alias, or
// nil.
func (d *doc) unitAliased(name string, e *entity) *entity {
	for _, o := range d.entList {
		if o != e && o.typ == schema.Agency && o.mentions > 0 && hasAlias(o, name) {
			return o
		}
	}
	return nil
}
