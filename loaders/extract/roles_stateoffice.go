// A report titled by its country writes a state's own office in lower case
// before the name, "former state attorney general X", "state police chief
// Y", after naming the state: "officials of Veracruz state ... former state
// attorney general X". The office is held at the state as the text last
// wrote it (like "Coahuila prosecutor general X", roles_localprefix.go),
// not at the report's country.

package extract

import "github.com/newsgraph/newsgraph/schema"

// stateOfficeEnds end a state's office written after "state": "attorney
// general", "police chief", "prosecutor", "governor".
var stateOfficeEnds = map[string]bool{
	"general": true, "chief": true, "prosecutor": true, "governor": true, "director": true,
}

// stateOfficeRoles gives the holders of a lower-case state office the
// state last named in their sentence or the two before it.
func (d *doc) stateOfficeRoles(add func(*entity, string, *entity, int)) {
	if d.reportState() == nil {
		return
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] {
			continue
		}
		k := d.stateOfficeStart(m.s)
		if k < 0 {
			continue
		}
		ps, pe := d.namedStateBefore(k)
		if ps < 0 {
			continue
		}
		ts := k
		if ts > 0 && d.toks[ts-1].sent == d.toks[k].sent && (d.toks[ts-1].key == "former" || d.toks[ts-1].key == "then") {
			ts--
		}
		d.markLocalHeld(m.ent, d.surface(k, m.s))
		add(m.ent, d.surface(ts, m.s), &entity{name: d.surface(ps, pe), typ: schema.Government}, ts)
	}
}

// stateOfficeStart returns the token "state" that opens a lower-case
// office of one to three words right before the name at s, or -1.
func (d *doc) stateOfficeStart(s int) int {
	e := s - 1
	if e < 1 || d.toks[e].sent != d.toks[s].sent || d.toks[e].cap || !stateOfficeEnds[d.toks[e].key] {
		return -1
	}
	for k := e - 1; k >= 0 && e-k <= 3; k-- {
		t := d.toks[k]
		if t.sent != d.toks[s].sent || t.kind != tWord || d.mentionAt(k) != nil {
			return -1
		}
		if t.key == "state" {
			if t.cap && (k == 0 || d.toks[k-1].sent == t.sent) {
				return -1 // "State Attorney General": a capitalised body's office
			}
			return k
		}
		if t.cap {
			return -1
		}
	}
	return -1
}

// namedStateBefore returns the span of the nearest "<Place> state" written
// before token k, in its sentence or the two before: one or two
// capitalised words that are no entity, before "state" or "State"; -1, -1
// when there is none.
func (d *doc) namedStateBefore(k int) (int, int) {
	sent := d.toks[k].sent
	for i := k - 1; i > 0 && sent-d.toks[i].sent <= 2; i-- {
		if d.toks[i].key != "state" || !d.toks[i-1].cap || d.toks[i-1].kind != tWord || d.toks[i-1].sent != d.toks[i].sent {
			continue
		}
		ps := i - 1
		if ps > 0 && d.toks[ps-1].cap && d.toks[ps-1].kind == tWord && d.toks[ps-1].sent == d.toks[i].sent && !stopCaps[d.toks[ps-1].key] {
			ps--
		}
		ok := !stopCaps[d.toks[ps].key]
		for j := ps; j < i && ok; j++ {
			if m := d.mentionAt(j); m != nil && (m.ent != nil || m.class == mDemonym) {
				ok = false
			}
		}
		if ok {
			return ps, i
		}
	}
	return -1, -1
}
