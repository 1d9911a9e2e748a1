// Resolution of candidate mentions into entities, and the country a
// generic body belongs to.

package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// formalNameAt reports whether the name at token s is introduced as the
// formal name of something already named: "formally (known as) a …",
// "officially called the …".
func (d *doc) formalNameAt(s int) bool {
	j := s - 1
	if j >= 0 && (d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].key == "the") {
		j--
	}
	if j >= 1 && d.toks[j].key == "as" && d.toks[j-1].key == "known" {
		j -= 2
	} else if j >= 0 && (d.toks[j].key == "called" || d.toks[j].key == "named" || d.toks[j].key == "titled") {
		j--
	}
	return j >= 0 && (d.toks[j].key == "formally" || d.toks[j].key == "officially") && d.toks[j].sent == d.toks[s].sent
}

// resolve turns candidate mentions into entities.
func (d *doc) resolve() {
	var ctx []*mention
	for mi, m := range d.ments {
		m.quoted = d.inQuote[m.s]
		if m.class != mEntity || m.ent != nil {
			if m.class == mDemonym {
				d.countries = append(d.countries, countryAt{m.s, m.country})
			}
			if m.ent != nil {
				m.ent.mentions++
			}
			continue
		}
		surf := d.surface(m.s, m.e)
		switch {
		case m.gaz != nil && m.gkind == kMetonym:
			if m.s > 0 && locatives[d.toks[m.s-1].key] && !strings.Contains(fold(surf), "house") || d.inDateline(m.s) ||
				m.e < len(d.toks) && d.toks[m.e].cap && d.toks[m.e].kind == tWord && !d.toks[m.e].brk && d.at[m.e] == 0 && !funcWords[d.toks[m.e].key] {
				m.class = mIgnore
				d.places = append(d.places, countryAt{m.s, m.gaz.country})
				continue
			}
			m.ent = d.entity(schema.Government, m.gaz.country, m.s)
			m.ent.alias(surf)
		case m.gaz != nil && bareBodies[fold(surf)] && d.tailEntity(surf, m.gaz.name) != nil:
			// "the Coast Guard" after "the Jamaica Defence Force Coast Guard"
			m.ent = d.tailEntity(surf, m.gaz.name)
		case m.gaz != nil && bareBodies[fold(surf)] && m.gaz.orgKind != "" && m.gaz.country != "" && !d.homeChamber(surf, m.gaz.country) && !d.homeMembersOf(m.s, surf, m.gaz.country) &&
			!(m.e < len(d.toks) && titleHeads[d.toks[m.e].key] && !d.portfolioOfTitle(m.s)) && !d.headlineHomeBody(mi, surf) && d.bareBodyCountry(m.s, m.gaz.country) != "":
			// a bare "Congress" or "Navy" where another country is being
			// talked about is that country's
			m.agencyK = m.gaz.orgKind
			m.country = d.bareBodyCountry(m.s, m.gaz.country)
			m.name = agencyCore(m.gaz.orgKind)
			d.agency(m, surf)
		case m.gaz != nil:
			m.ent = d.entity(m.gaz.typ, m.gaz.name, m.s)
			m.ent.alias(surf)
			if m.gaz.country != "" && m.gaz.typ != schema.Government {
				m.ent.country = m.gaz.country
			}
			m.ent.parties = m.gaz.parties
		case m.agencyK != "":
			if m.needCtx {
				ctx = append(ctx, m)
				continue
			}
			d.agency(m, surf)
		default:
			d.resolveNamed(m, mi, surf)
		}
		if m.ent == nil {
			continue
		}
		d.countMention(m)
	}
	d.modifierParents()
	sort.Slice(d.countries, func(i, j int) bool { return d.countries[i].tok < d.countries[j].tok })
	d.resolveContextAgencies(ctx)
	// in token order again for the searches that follow (countriesBefore)
	sort.SliceStable(d.countries, func(i, j int) bool { return d.countries[i].tok < d.countries[j].tok })
	d.dom = [2]domCache{}
}

// resolveNamed gives the candidate mention m (the mi-th, written surf) an
// entity of its own name, or that of an entity it names another way: an
// agency already known under that alias ("Federal Police" after "Brazil's
// Federal Police"), the known agency of that kind in the country talked
// about ("the National Police"), the agreement just talked about
// ("Formally an Asylum Cooperative Agreement, it …").
func (d *doc) resolveNamed(m *mention, mi int, surf string) {
	// a name another entity of the article already has as alias:
	// "Federal Police" after "Brazil's Federal Police"
	for _, e := range d.entList {
		if e.typ == m.typ && e.typ == schema.Agency && fold(e.name) != fold(m.name) && hasAlias(e, m.name) {
			m.ent = e
			break
		}
	}
	// "the National Police" in an article about Colombia: the
	// known agency of that kind
	if kind := genericAgencyNames[fold(m.name)]; m.ent == nil && m.typ == schema.Agency && kind != "" {
		if c := d.contextCountry(m.s, true); c != "" {
			if ge := d.g.byKind[c+"|"+kind]; ge != nil {
				m.ent = d.entity(schema.Agency, ge.name, m.s)
				m.ent.country = c
			}
		}
	}
	// "Formally an Asylum Cooperative Agreement, it …": the
	// formal name of the agreement just talked about
	if m.ent == nil && m.typ == schema.Agreement && d.formalNameAt(m.s) {
		for j := mi - 1; j >= 0; j-- {
			if e := d.ments[j].ent; e != nil && e.typ == schema.Agreement {
				m.ent = e
				break
			}
		}
	}
	// "U.S. Department of the Treasury": a country before a body the
	// gazetteer knows by the rest of the name is that body
	// "White House National Security Council": the seat of a government
	// before one of its agencies
	if m.ent == nil && (m.typ == schema.Agency || m.typ == schema.Organization) {
		if c, n := d.govPrefixAt(m.s); c != "" && m.s+n < m.e {
			if ps, pn := d.g.lookup(d.toks, m.s+n); m.s+n+pn == m.e && len(ps) > 0 && ps[0].kind == kEntity && ps[0].entry.typ == schema.Agency {
				m.ent = d.entity(schema.Agency, ps[0].entry.name, m.s)
			} else if e := d.ents[string(m.typ)+"|"+fold(d.surface(m.s+n, m.e))]; e != nil && e.mentions > 0 {
				m.ent = e // "the U.S. Office of Port Control" after "the Office of Port Control"
			}
		}
	}
	if m.ent == nil && m.typ == schema.Agency {
		m.ent = d.namedFieldOffice(m.name) // "ERO Field Office Director X" after "the ERO Los Angeles Field Office"
	}
	if m.ent == nil && m.typ == schema.Agreement {
		m.ent = d.knownAgreementAfterPair(m) // "U.S.-Mexico Bicentennial Framework on …": the known framework
	}
	if m.ent == nil && (m.typ == schema.Agreement && !m.generic || m.typ == schema.Organization) {
		m.ent = d.agreementEndingWith(m.name) // "the Fisheries Working Group" after "the 5th Chile-Peru Fisheries Working Group"
	}
	if m.ent == nil && m.typ == schema.Agreement && !m.generic {
		m.ent = d.agreementReworded(m.name) // "the High-Level Dialogue on Security" after "the U.S.-Peru High-Level Security Dialogue"
	}
	if m.ent == nil {
		m.ent = d.entity(m.typ, m.name, m.s)
	}
	m.ent.alias(surf)
	for _, a := range m.aliases {
		m.ent.alias(a)
	}
	if m.typ == schema.Agreement {
		m.ent.generic = m.generic
		m.ent.core = m.agrCore
		m.ent.parties = append(m.ent.parties, m.parties...)
	}
}

// countMention counts the resolved mention m for its entity: its Wikidata
// ID, the countries named (a government, a country at the start of an
// agency's name: "U.S. Southern Command"). A country named only at the
// start of a body's name is context for the text after it, not a mention
// of its government: "the U.S. Department of the Treasury sanctioned X"
// says what the department did.
func (d *doc) countMention(m *mention) {
	m.ent.mentions++
	if m.ent.wikidata == "" && m.gaz != nil {
		m.ent.wikidata = m.gaz.wikidata
	}
	if m.ent.typ == schema.Government {
		d.countries = append(d.countries, countryAt{m.s, m.ent.name})
		m.country = m.ent.name
	}
	// a country at the start of an agency's name: "U.S. Southern Command"
	if m.ent.typ != schema.Government && m.ent.typ != schema.Person && m.ent.typ != schema.Agreement {
		if c, n := d.countryAt(m.s); c != "" && n < m.e-m.s {
			d.countries = append(d.countries, countryAt{m.s, c})
			if m.ent.country == "" && m.ent.typ == schema.Agency {
				m.ent.country = c
			}
		}
		// and at its end, after "of": "the Navy of Mexico"
		if c := d.countryEndingAgency(m); c != "" {
			d.countries = append(d.countries, countryAt{m.e - 1, c})
			if m.ent.country == "" {
				m.ent.country = c
			}
		}
	}
}

// countryEndingAgency returns the state named after "of" at the end of
// agency mention m ("the Navy of Mexico", "the Attorney General's Office
// of Peru"), whose body it is; "" when m is no agency or ends otherwise.
func (d *doc) countryEndingAgency(m *mention) string {
	if m.ent.typ != schema.Agency {
		return ""
	}
	for s := m.e - 1; s > m.s+1 && s >= m.e-4; s-- {
		if c, n := d.countryAt(s); c != "" && s+n == m.e {
			k := s - 1
			if d.toks[k].key == "the" {
				k--
			}
			if k > m.s && d.toks[k].key == "of" {
				return c
			}
		}
	}
	return ""
}

// resolveContextAgencies resolves generic agency phrases whose country is
// the one talked about where they stand ("the national police"), once all
// countries are known; one with no such country is no one.
func (d *doc) resolveContextAgencies(ctx []*mention) {
	for _, m := range ctx {
		c := d.contextCountry(m.s, true)
		if c == "" {
			m.class = mIgnore
			continue
		}
		m.country = c
		d.agency(m, d.surface(m.s, m.e))
		m.ent.mentions++
	}
}

// countriesBefore is the number of d.countries named before token i (they
// are in token order once resolve is done).
func (d *doc) countriesBefore(i int) int {
	return sort.Search(len(d.countries), func(k int) bool { return d.countries[k].tok >= i })
}

// agency resolves a generic agency phrase whose country is known.
func (d *doc) agency(m *mention, surf string) {
	c := m.country
	if e := d.g.byKind[c+"|"+m.agencyK]; e != nil {
		m.ent = d.entity(schema.Agency, e.name, m.s)
		m.ent.wikidata = e.wikidata
	} else if k := d.kindEnt[c+"|"+m.agencyK]; k != nil && !d.otherSeat(k, m) {
		m.ent = k // "Honduran police" after "the Honduran National Police"
		if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
			adj := c
			if ce := d.g.countries[c]; ce != nil {
				adj = ce.adj
			}
			m.ent.alias(adj + " " + d.surface(m.coreS, m.e))
		}
	} else {
		adj := c
		if ce := d.g.countries[c]; ce != nil {
			adj = ce.adj
		}
		name := adj + " " + m.name
		if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
			name = adj + " " + d.surface(m.coreS, m.e) // as written: "Honduran National Police"
		}
		m.ent = d.entity(schema.Agency, name, m.s)
		if d.kindEnt == nil {
			d.kindEnt = map[string]*entity{}
		}
		d.kindEnt[c+"|"+m.agencyK] = m.ent
		if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
			m.ent.alias(adj + " " + d.surface(m.coreS, m.e)) // "Honduran National Police"
		}
	}
	m.ent.country = c
	m.ent.alias(surf)
	if m.coreS > m.s && m.coreS < m.e && d.toks[m.coreS].cap {
		m.ent.alias(d.surface(m.coreS, m.e)) // "Argentina's Security Ministry": "Security Ministry" as written
	} else if m.coreS > m.s && m.coreS < m.e && strings.HasSuffix(m.name, "ministry") {
		m.ent.alias(d.surface(m.coreS, m.e)) // "Kenya's foreign ministry": the ministry is "the foreign ministry" there
	}
	for _, a := range m.aliases {
		m.ent.alias(a)
	}
	if !m.needCtx {
		// the qualifier names the government too
		d.entity(schema.Government, c, m.s).mentions++
		d.countries = append(d.countries, countryAt{m.s, c})
	}
}

// contextCountry is the government the text is about at token i: the last
// one named before it (other than the United States when notUS), else the
// dateline's, else the most named.
func (d *doc) contextCountry(i int, notUS bool) string {
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= i || notUS && c.country == "United States" {
			continue
		}
		return c.country
	}
	if d.dateline != "" && !(notUS && d.dateline == "United States") {
		return d.dateline
	}
	return d.dominant(notUS)
}

// domCache is dominant's answer while d.countries has n entries.
type domCache struct {
	n     int // len(d.countries) + 1 when set
	value string
}

// dominant is the most often named government.
func (d *doc) dominant(notUS bool) string {
	c := &d.dom[0]
	if notUS {
		c = &d.dom[1]
	}
	if c.n != len(d.countries)+1 {
		c.value, c.n = d.countDominant(notUS), len(d.countries)+1
	}
	return c.value
}

func (d *doc) countDominant(notUS bool) string {
	count := map[string]int{}
	best, bn := "", 0
	for _, c := range d.countries {
		if notUS && c.country == "United States" {
			continue
		}
		count[c.country]++
		if n := count[c.country]; n > bn {
			best, bn = c.country, n
		}
	}
	return best
}

// genericAgencyNames are capitalised names every country uses for a body
// of that kind.
var genericAgencyNames = map[string]string{
	"national police": "police", "federal police": "police", "national civil police": "police",
	"national army": "army", "army": "army", "navy": "navy", "national navy": "navy",
	"foreign ministry": "foreignministry", "ministry of foreign affairs": "foreignministry",
	"defense ministry": "defenseministry", "defence ministry": "defenseministry", "ministry of defense": "defenseministry",
	"ministry of defence": "defenseministry", "national guard": "nationalguard",
	"attorney general's office": "attorneygeneral", "prosecutor general's office": "attorneygeneral",
}

// bareBodyCountry is the country a bare "Navy" or "Air Force" at token i
// belongs to when it is not home's (the gazetteer's reading): the country
// talked about in this or the sentence before, a place of another country
// in this sentence ("In Bogotá, the Air Force …"), else the country the
// article is datelined from or is mostly about, when home is named much
// less.
func (d *doc) bareBodyCountry(i int, home string) string {
	sent := d.toks[i].sent
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= i {
			continue
		}
		if d.toks[c.tok].sent >= sent-1 {
			return d.nearCountry(i, home)
		}
		break
	}
	for k := len(d.places) - 1; k >= 0; k-- {
		if p := d.places[k]; p.tok < i && d.toks[p.tok].sent == sent {
			if p.country == home {
				return ""
			}
			return p.country
		}
	}
	// "Senator X, a Virginia Democrat, … “Congress has not …”": US party
	// politics around the body make it the home country's
	if home == "United States" {
		for k := i - 1; k >= 0 && d.toks[k].sent >= sent-1; k-- {
			if usPartyWords[d.toks[k].key] && d.toks[k].cap {
				return ""
			}
		}
	}
	if c := d.leaderCountry(i); c != "" {
		if c == home {
			return ""
		}
		return c // "President X of Mexico was accompanied by …, Secretary of the Navy"
	}
	if d.dateline != "" {
		if d.dateline == home {
			return ""
		}
		return d.dateline
	}
	n := map[string]int{}
	for _, c := range d.countries {
		n[c.country]++
	}
	for _, m := range d.ments {
		if m.s >= i {
			break
		}
		if m.ent != nil && m.ent.typ == schema.Agency && m.ent.country != "" {
			n[m.ent.country]++ // "the U.S. Navy" speaks for its country
		}
	}
	if dom := d.dominant(false); dom != "" && dom != home && n[dom] >= 2 && n[dom] >= 2*n[home]+1 {
		return dom
	}
	return ""
}

// nearCountry is the government named last before token i within its
// sentence or the one before, when it is not home; "" otherwise.
func (d *doc) nearCountry(i int, home string) string {
	sent := d.toks[i].sent
	for k := len(d.places) - 1; k >= 0; k-- {
		if p := d.places[k]; p.tok < i && d.toks[p.tok].sent == sent {
			if p.country == home {
				return "" // "In Washington, Congress …"
			}
			break
		}
	}
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= i {
			continue
		}
		if d.toks[c.tok].sent < sent-1 {
			break
		}
		if c.country == home {
			return ""
		}
		return c.country
	}
	return ""
}

// usPartyWords mark US party politics.
var usPartyWords = lexWords.set("usPartyWords")

// agencyCore is the wording of a generic agency kind.
func agencyCore(kind string) string {
	for _, k := range agencyKinds {
		if k.kind == kind {
			return k.core
		}
	}
	return kind
}

// bareBodies are one-word names every state gives a body of its own.
var bareBodies = set("congress", "senate", "navy", "army", "marines", "parliament", "coast guard", "air force",
	"national guard", "marine corps")

// tailEntity is the agency named earlier whose name ends with surf, other
// than the gazetteer's own entry called name.
func (d *doc) tailEntity(surf, name string) *entity {
	f := " " + fold(surf)
	for _, e := range d.entList {
		if e.typ == schema.Agency && e.mentions > 0 && fold(e.name) != fold(name) && strings.HasSuffix(" "+fold(e.name), f) {
			return e
		}
	}
	return nil
}
