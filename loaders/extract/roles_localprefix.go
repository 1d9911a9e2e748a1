// A report titled by its state writes a town's or a province's own office
// with the place before it: "Santa Rosa Governor X", "former Lagos mayor Y",
// "Rio Claro council member Z". The office is held at the place as the
// text writes it, like "the mayor of P" (roles_localoffice.go); the place is
// no entity of the article. A body or a state before the title ("Central
// Bank Governor", "Peru's governor") is no such place.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// localSeatHeads head a seat on a local council.
var localSeatHeads = lexWords.set("localSeatHeads")

// localPrefixRoles gives the holders of local offices written after their
// place their place.
func (d *doc) localPrefixRoles(add func(*entity, string, *entity, int)) {
	if d.reportState() == nil {
		return
	}
	for mi := 0; mi < len(d.ments); mi++ {
		m := d.ments[mi]
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] {
			continue
		}
		hs := d.localOfficeBefore(m.s)
		if hs < 0 {
			continue
		}
		ps := d.localPlaceEnding(hs)
		if ps < 0 {
			continue
		}
		ts := ps
		if ts > 0 && d.toks[ts-1].sent == d.toks[m.s].sent && (d.toks[ts-1].key == "former" || d.toks[ts-1].key == "then") {
			ts--
		}
		title := d.surface(hs, m.s)
		if ts < ps {
			title = d.surface(ts, ps) + " " + title
		}
		d.markLocalHeld(m.ent, d.surface(hs, m.s))
		add(m.ent, title, &entity{name: d.surface(ps, hs), typ: schema.Government}, ts)
	}
}

// markLocalHeld records that p holds the local office named office, for
// dropStateLocalPosts to drop the same post at the report's state.
func (d *doc) markLocalHeld(p *entity, office string) {
	if d.localHeld == nil {
		d.localHeld = map[string]bool{}
	}
	d.localHeld[fold(p.name)+"|"+fold(office)] = true
}

// dropStateLocalPosts drops the post at the report's state that a title
// read before the name gives a local office holder: "Sonora prosecutor
// general X" holds the office in Sonora, not the state's.
func (d *doc) dropStateLocalPosts() {
	st := d.reportState()
	if st == nil || len(d.localHeld) == 0 {
		return
	}
	out := d.roles[:0]
	for _, r := range d.roles {
		t := strings.TrimPrefix(strings.TrimPrefix(fold(r.Title), "former "), "then ")
		if r.Org == st.name && d.localHeld[fold(r.Person)+"|"+t] {
			continue
		}
		out = append(out, r)
	}
	d.roles = out
}

// localOfficeBefore returns the first token of a local office written
// right before the name at s ("Governor", "mayor", "council member",
// "prosecutor", "prosecutor general"), or -1.
func (d *doc) localOfficeBefore(s int) int {
	h := s - 1
	if h < 1 || d.toks[h].sent != d.toks[s].sent || d.mentionAt(h) != nil {
		return -1
	}
	switch k := d.toks[h].key; {
	case localOfficeHeads[k] || localSeatHeads[k]:
		return h
	case k == "member" && d.toks[h-1].key == "council":
		return h - 1
	case k == "prosecutor":
		return h // "Rio Claro prosecutor X"
	case k == "general" && (d.toks[h-1].key == "prosecutor" || d.toks[h-1].key == "attorney") && !d.toks[h-1].cap:
		return h - 1 // "Rio Claro prosecutor general X"
	}
	return -1
}

// localPlaceEnding returns the first token of a place's name ending right
// before token e: one to four capitalised words of the name's sentence
// (particles inside), none a stop word, a title's word or part of a body,
// a state or a person, after a word that is not capitalised; or -1.
func (d *doc) localPlaceEnding(e int) int {
	sent := d.toks[e].sent
	s := e
	for s > 0 && e-s < 4 && d.toks[s-1].sent == sent && d.toks[s-1].kind == tWord &&
		(d.toks[s-1].cap || particles[d.toks[s-1].key] && s < e && d.toks[s-2].cap) {
		s--
	}
	if s == e || s > 0 && d.toks[s-1].sent == sent && (d.toks[s-1].cap || d.toks[s-1].key == "'s") {
		return -1
	}
	for k := s; k < e; k++ {
		key := d.toks[k].key
		if stopCaps[key] || titleHeads[key] || titleMods[key] {
			return -1
		}
		if m := d.mentionAt(k); m != nil && (m.ent != nil || m.class == mDemonym) {
			return -1
		}
	}
	return s
}
