package extract

import "github.com/newsgraph/newsgraph/schema"

// assistantAttorneyTitle is the title written before a name of person p
// when it is a U.S. attorney's assistant's ("Assistant U.S. Attorney X",
// "Special Assistant United States Attorney Y", or the plural title that
// opens a list: "Assistant U.S. Attorneys A, B and C"), singular; "" when
// no name of p follows such a title. The role rules read the nation out
// of the middle of the title and keep only "Attorney", which alone names
// the head of the office: an assistant does not head it.
func (d *doc) assistantAttorneyTitle(p *entity) string {
	for _, m := range d.ments {
		if m.ent != p || m.quoted {
			continue
		}
		if t := d.assistantAttorneyBefore(m); t != "" {
			return t
		}
	}
	return ""
}

// assistantAttorneyBefore reads back from the person mention m over the
// names and list glue of its sentence to "Attorney" or "Attorneys" and
// returns the assistant's title that ends there, or "".
func (d *doc) assistantAttorneyBefore(m *mention) string {
	sent := d.toks[m.s].sent
	k := d.honorificStart(m.s) - 1
	for steps := 0; k >= 0 && d.toks[k].sent == sent && steps < 12; steps++ {
		key := d.toks[k].key
		if key == "attorney" || key == "attorneys" {
			break
		}
		if pm := d.mentionAt(k); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
			k = d.honorificStart(pm.s) - 1 // another name of the list
			continue
		}
		if key != "," && key != "and" {
			return ""
		}
		k--
	}
	if k < 2 || d.toks[k].sent != sent || !d.toks[k].cap || d.toks[k].key != "attorney" && d.toks[k].key != "attorneys" {
		return ""
	}
	j := k - 1
	switch {
	case d.toks[j].key == "u.s.":
		j--
	case j >= 1 && d.toks[j].key == "states" && d.toks[j-1].key == "united":
		j -= 2
	default:
		return ""
	}
	if j < 0 || d.toks[j].key != "assistant" || !d.toks[j].cap {
		return ""
	}
	if j > 0 && d.toks[j-1].cap && (d.toks[j-1].key == "special" || d.toks[j-1].key == "first") {
		j-- // "Special Assistant U.S. Attorney", "First Assistant U.S. Attorney"
	}
	return singularTitle(d.surface(j, k+1))
}

// namedOfDistrict reports whether a name of the person called name stands
// right before "of the" or "for the" and a judicial district ("U.S.
// Attorney X of the District of Utah"): the district the text gives the
// holder, which attributedDistricts reads.
func (d *doc) namedOfDistrict(name string) bool {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.name != name || m.e+2 >= len(d.toks) {
			continue
		}
		if k := m.e + 2; d.judicialDistrictEnd(k) > 0 && d.districtHolderBefore(k) == m {
			return true
		}
	}
	return false
}

// dropNationAttorneys drops the posts of assistant U.S. attorneys still
// read as the United States' once the district rules have run ("Assistant
// U.S. Attorney X" where the article names two districts or none): an
// assistant serves a district's office, and the nation's name inside the
// title names no body the holder serves. The U.S. attorney himself keeps
// the post: the nation appoints him.
func (d *doc) dropNationAttorneys() {
	out := d.roles[:0]
	for _, r := range d.roles {
		if t := attorneyTitle(r.Title); r.Org == "United States" && (t == "attorney" || t == "united states attorney") && d.assistantAttorneyTitle(d.entityNamed(r.Person)) != "" {
			continue
		}
		out = append(out, r)
	}
	d.roles = out
}

// assistantAttorneyTitles gives back the whole title to the posts of U.S.
// attorneys' assistants that the role rules read as "Attorney" or "U.S.
// Attorney" and later rules moved to a district or its office, whatever
// rule read them: "Assistant U.S. Attorneys A, B and C of the District of
// Y" makes each of A, B and C an "Assistant U.S. Attorney", the singular
// of the whole plural title, not the office's head.
func (d *doc) assistantAttorneyTitles() {
	for i, r := range d.roles {
		if t := attorneyTitle(r.Title); t != "attorney" && t != "united states attorney" {
			continue
		}
		t := d.assistantAttorneyTitle(d.entityNamed(r.Person))
		if t == "" {
			continue
		}
		nr := r
		nr.Title = t
		if d.why != nil {
			if b, ok := d.why.roles[r]; ok {
				d.why.roles[nr] = b
			}
		}
		d.roles[i] = nr
	}
}
