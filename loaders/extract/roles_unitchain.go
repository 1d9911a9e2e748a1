// The body after a title in apposition, when an agency's name leads to
// one of its units: "X, Special Agent in Charge, Drug Enforcement
// Administration (DEA), Denver Field Division,".

package extract

import "github.com/newsgraph/newsgraph/schema"

// unitNouns end the name of an agency's local unit ("Denver Field
// Division", "Miami Field Office").
var unitNouns = set("division", "office")

// unitAfterAgency reads the words from token j, after a title and a
// comma: an agency's name in capitals (with an abbreviation in
// parentheses or a possessive: "Immigration and Customs Enforcement's
// Homeland Security Investigations (HSI)"), a comma, and a unit named
// next ("Denver Field Division"), a local office and no agency the
// gazetteer knows, that ends before a comma or a period.
// It returns the unit: the post's body is the unit the agency has there.
// nil when the words hold no agency or no unit follows.
func (d *doc) unitAfterAgency(j int) *entity {
	sent, agency := d.toks[j].sent, false
	k := j
	for ; k < len(d.toks) && k < j+16 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
				return nil
			}
			agency = true
			continue
		}
		if t.key == "," {
			break
		}
		if !(t.kind == tWord && t.cap || t.key == "(" || t.key == ")" || t.key == "'s" || t.key == "-" || t.key == "and" || t.key == "of") {
			return nil
		}
	}
	if !agency || k == j || k+1 >= len(d.toks) || d.toks[k].key != "," {
		return nil
	}
	u := d.unitAt(k+1, ",", ".")
	if u == nil {
		return nil // "…, Homeland Security Investigations, Immigration and Customs Enforcement": the parent after the unit
	}
	for n := j; n < k; n++ {
		if m := d.mentionAt(n); m != nil && m.ent == u {
			return nil
		}
	}
	return u
}

// unitAt is the local unit of an agency named from token k ("Denver Field
// Division", "Miami Field Office"): an agency the gazetteer does not know
// whose name ends in a unit noun and is followed by one of the given
// marks. nil when no such unit starts at k.
func (d *doc) unitAt(k int, ends ...string) *entity {
	um := d.mentionAt(k)
	if um == nil || um.s != k || um.ent == nil || um.ent.typ != schema.Agency || um.e >= len(d.toks) ||
		d.knownAgency(um) || !unitNouns[d.toks[um.e-1].key] {
		return nil
	}
	for _, e := range ends {
		if d.toks[um.e].key == e {
			return um.ent
		}
	}
	return nil
}

// unitAfterBody is the local unit named after the agency mention om, past
// its abbreviation in parentheses and a comma ("of the Drug Enforcement
// Administration (DEA), Tucson Division;") or right after the
// abbreviation ("of the Bureau (ABC) Miami Field Office made"): a post
// there is a post in that unit. It marks the unit's mention attached;
// nil when none follows.
func (d *doc) unitAfterBody(om *mention) *entity {
	if om.ent == nil || om.ent.typ != schema.Agency {
		return nil
	}
	e := om.e
	if c := d.parenEnd(e); c > 0 {
		e = c + 1
		// "of Internal Revenue Service Criminal Investigation (IRS-CI) Miami
		// Field Office made …": the unit right after the abbreviation, and
		// a mark or a lower-case word (not "of") after the unit
		if um := d.mentionAt(e); um != nil && um.e < len(d.toks) && d.unitCloses(um.e) {
			if u := d.unitAt(e, d.toks[um.e].key); u != nil && u != om.ent && d.toks[e].sent == d.toks[om.s].sent {
				um.attached = true
				return u
			}
		}
	}
	if e+1 >= len(d.toks) || d.toks[e].key != "," {
		return nil
	}
	u := d.unitAt(e+1, ",", ";", ".")
	if u == nil || u == om.ent {
		return nil
	}
	d.mentionAt(e + 1).attached = true
	return u
}

// unitCloses reports whether token k may follow a unit named right after
// an abbreviation: a comma, a semicolon or a full stop ("(ABC) Miami Field
// Office;"), or a lower-case word other than "of" ("(ABC) Miami Field
// Office made …").
func (d *doc) unitCloses(k int) bool {
	t := d.toks[k]
	switch t.key {
	case ",", ";", ".":
		return true
	}
	return t.kind == tWord && !t.cap && t.key != "of"
}
