// The organisation of a bare title: a state office belongs to the person's
// government, a portfolio to the ministry the text names, an agency title
// to the agency the article is about.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// lastSentRole is the government of the last role given in the sentence of
// token i, for lists such as "President X, Defense Minister Y and ...".
func (d *doc) lastSentRole(i int) string {
	for k := len(d.roles) - 1; k >= 0; k-- {
		r := d.roles[k]
		pe := d.ents[string(schema.Person)+"|"+fold(r.Person)]
		if pe == nil {
			continue
		}
		// the person's mentions before i in i's sentence: a walk back
		// through the sentence, not through every mention of the article
		sent := d.toks[i].sent
		for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
			if m := d.mentionAt(k); m != nil && m.s == k && m.ent == pe {
				if d.g.countries[r.Org] != nil {
					return r.Org
				}
				break
			}
		}
		break
	}
	return ""
}

// lastInstitution is the last agency or organisation named before token i.
func (d *doc) lastInstitution(i int) *entity {
	for k := i - 1; k >= 0; k-- {
		if m := d.mentionAt(k); m != nil && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) {
			return m.ent
		}
	}
	return nil
}

// inferOrg names the organisation of a bare title: a state office belongs
// to the person's government, a military rank to its armed forces, a post
// of a state's courts, legislature or registries before the name to the
// state (roles_publicpost.go).
func (d *doc) inferOrg(p *entity, title []int, sibling string, at int) *entity {
	if d.publicPostBefore(title, at) {
		if o := d.inferTitleOrg(p, title, sibling, at, true); o != nil && o.name != "United States" {
			return o
		}
	}
	return d.inferTitleOrg(p, title, sibling, at, false)
}

// serviceChiefMods name a state's service before "chief": "navy chief".
var serviceChiefMods = lexWords.set("serviceChiefMods")

// inferTitleOrg is inferOrg's reading; public makes a public post a state
// office.
func (d *doc) inferTitleOrg(p *entity, title []int, sibling string, at int, public bool) *entity {
	military, state, office := false, false, false
	for _, k := range title {
		key := d.toks[k].key
		if militaryRanks[key] {
			military = true
		}
		if public && publicPosts[key] {
			state = true // "former judge X": a post of the state's courts
		}
		if key == "chief" && k > title[0] && serviceChiefMods[d.toks[k-1].key] {
			state = true // "former navy chief X": the head of a state's service
		}
		if key == "national" && d.toks[k].cap && k == title[0] {
			state = true // "National Water Commissioner X": the nation's office
		}
		if stateTitles[key] && !(key == "attorney" && (k+1 >= len(d.toks) || d.toks[k+1].key != "general")) {
			state, office = true, true // an attorney is a lawyer; an attorney general holds a state office
		}
	}
	if g := d.sideNamedAfter(at); g != nil {
		return g // "X, Vice Minister of Trade, for the Peruvian side"
	}
	if o := d.heldTitleOrg(p, title); o != nil {
		return o // "Deputy Minister X … Deputy Minister X praised Peru": the post read before
	}
	if a := d.serviceAgency(title); a != nil {
		return a
	}
	if d.usOfficeTitle(title) || wholeSecretaryOfState(d.titleText(title)) {
		// the office is the US government's even where the article never
		// names it ("Deputy Secretary of State X met Guatemala's foreign
		// minister"): then the government, unlisted as an entity; a
		// government guessed for a barer title of the same person
		// ("Deputy Secretary X's Meeting with Guatemalan …") yields to it
		us := d.usOffice(title)
		if us == nil {
			us = &entity{name: "United States", typ: schema.Government, first: at}
		}
		d.dropGuessed(p, us)
		return us
	}
	if !military && !state {
		if a := d.listMatesAgency(p, at); a != nil {
			d.servedAt(p, a)
			return a // "A, Deputy Secretary of Defense for X; and B, Principal Director for Y"
		}
	}
	if g := d.delegationOf(at); g != nil {
		return g // a member of a delegation listed under its government
	}
	if !military && !state {
		return d.listMatesGov(p, title, at) // "Assistant Secretary of State A, … and National Intelligence Manager C"
	}
	for _, k := range title {
		if d.toks[k].key == "ambassador" || d.toks[k].key == "envoy" || d.toks[k].key == "d'affaires" {
			// an ambassador (or a chargé d'affaires, who heads a mission
			// in an ambassador's place) with no country named is a foreign one: the
			// last other government named before, not the host's; a former
			// one's country is unknown
			if strings.Contains(fold(d.titleText(title)), "former") {
				return nil
			}
			if host := d.postHost(title); host != "" {
				return d.senderGovernment(host, at)
			}
			if g := d.homeEnvoyGov(title, at); g != nil {
				return g
			}
			if g := d.foreignGovernment(at); g != nil {
				return g
			}
			return d.agenciesState() // "the commander and Ambassador X met the president": the visitors' state
		}
	}
	c := ""
	fromGaz := false
	if gp := d.g.people[fold(p.name)]; gp != nil {
		c = gp.country
	} else if len(p.toks) == 1 {
		if gp := d.g.people["|"+p.toks[0]]; gp != nil {
			c = gp.country
		}
	}
	fromGaz = c != ""
	if c == "" && state {
		c = d.greetingListState(at) // "Mr. B, minister of labor;" in the host's greeting
	}
	if c == "" && office {
		// a government named earlier in the same sentence (not a court's:
		// "a Peruvian citizen stood before Judge X")
		k := d.countriesBefore(at) - 1
		for k >= 0 && d.inQuote[d.countries[k].tok] && !d.inQuote[at] {
			k-- // a country named in a quotation is not the office's
		}
		if k >= 0 && d.toks[d.countries[k].tok].sent == d.toks[at].sent {
			c = d.countries[k].country
		}
	}
	if c == "" && state {
		// "In Caracas, Foreign Minister X": a capital named as the place
		// of the sentence
		for _, pl := range d.places {
			if pl.tok < at && d.toks[pl.tok].sent == d.toks[at].sent && pl.country != "" {
				c = pl.country
				fromGaz = true // the office's government, known though named only by its capital
			}
		}
	}
	if c == "" && state {
		c = d.hostPlaceAfter(at) // "A met with Foreign Minister X in Lima"
		fromGaz = c != ""
	}
	if c == "" {
		c = sibling
	}
	if c == "" && state {
		c = d.listedGov(at)
	}
	if c == "" && d.remitTitle(title) {
		return nil // "Under Secretary for Terrorism and Financial Intelligence": whose, the topic does not say
	}
	if c == "" {
		c = d.dateline
		if c == "" {
			c = d.dominant(false)
			if state && d.nationMarksOther(at, c) {
				c = d.unmarkedSide(c) // "Deputy Secretary X met with Guatemalan President Y"
			}
		}
		if (state || military) && c != "" && d.visitsCountry(at, c) {
			c = d.unmarkedSide(c) // "Acting Assistant Secretary X traveled to Guatemala": a guest there
		}
	}
	if c == "United States" && !fromGaz && d.ministerTitle(title) {
		return nil // "A, Vice Minister of Security; …; B, of the U.S. Embassy": no US office is a minister's
	}
	if c == "" {
		return d.listMatesGov(p, title, at)
	}
	if tt := d.titleText(title); military && !state && trimRank(tt) == tt {
		// a rank, not an office with a rank after it ("Defense Chief
		// Maj. Gen. X" is the government's): the country's armed forces
		adj := c
		if ce := d.g.countries[c]; ce != nil {
			adj = ce.adj
		}
		if e := d.ents[string(schema.Agency)+"|"+fold(adj+" military")]; e != nil {
			return e
		}
	}
	ge := d.govNamed(c)
	if ge == nil && fromGaz {
		// the office holder's government, known though not named
		ge = d.entity(schema.Government, c, at)
	}
	if ge == nil {
		return d.listMatesGov(p, title, at)
	}
	return ge
}

// serviceWords in a bare title name the kind of force it belongs to.
var serviceWords = []string{"police", "army", "navy", "coast guard", "air force", "marine"}

// serviceAgency is the one agency of the article whose name has the
// service word of a bare title ("former police officer X" in an article
// about the National Civil Police).
func (d *doc) serviceAgency(title []int) *entity {
	t := " " + fold(d.titleText(title)) + " "
	for _, w := range serviceWords {
		if !strings.Contains(t, " "+w+" ") {
			continue
		}
		return d.soleEntity(func(e *entity) bool {
			return e.typ == schema.Agency && e.mentions != 0 && strings.Contains(" "+fold(e.name)+" ", " "+w+" ") && !overseerName(e.name)
		})
	}
	return d.portfolioBody(title)
}

// agencyTitles are posts inside an agency rather than a government:
// "Administrator X" in an agency's own release is that agency's.
var agencyTitles = set("administrator", "director", "commissioner", "agent", "spokesman", "spokeswoman",
	"spokesperson", "inspector", "superintendent", "investigator", "director-general")

// leadAgency is the organisation a bare agency title belongs to: the agency
// the article is about, named at least three times and more often than any
// other agency or organisation.
func (d *doc) leadAgency(title []int) *entity {
	ok := false
	for _, k := range title {
		if agencyTitles[d.toks[k].key] {
			ok = true
		}
	}
	if !ok {
		return nil
	}
	var best *entity
	bn, second := 0, 0
	for _, e := range d.entList {
		if e.typ != schema.Agency && e.typ != schema.Organization {
			continue
		}
		switch n := e.mentions - d.ownerMentions(e); { // "the X's Office of Y" names Y, not X
		case n > bn:
			best, bn, second = e, n, bn
		case n > second:
			second = n
		}
	}
	if best == nil || bn < 3 || bn == second || best.typ != schema.Agency {
		return nil
	}
	return best
}

// inferOrgExcept is inferOrg when the government it finds is not host
// ("ambassador to Bolivia" is not Bolivia's).
func (d *doc) inferOrgExcept(p *entity, title []int, host string, at int) *entity {
	o := d.inferOrg(p, title, d.lastSentRole(at), at)
	if o == nil || o.name == host {
		return nil
	}
	return o
}

// foreignGovernment is the last government named before token at other
// than the country the article is datelined from or mostly about, or,
// when there is none, the first one named after it.
func (d *doc) foreignGovernment(at int) *entity {
	host := d.dateline
	if host == "" {
		host = d.dominant(false)
	}
	for k := len(d.countries) - 1; k >= 0; k-- {
		c := d.countries[k]
		if c.tok >= at || c.country == host {
			continue
		}
		return d.govNamed(c.country)
	}
	// "Statement by Ambassador X / Mexico City, … – “The U.S. Congress
	// …”": none named before, the first other one named after
	for _, c := range d.countries {
		if c.tok > at && c.country != host && host != "" {
			return d.govNamed(c.country)
		}
	}
	return nil
}

// recentInstitution is the agency or organisation a bare agency title
// belongs to when one is the subject of the sentence before or names the
// same sentence: "The Pentagon confirmed it. “…,” spokesman X said."
func (d *doc) recentInstitution(title []int, at int) *entity {
	ok := false
	for _, k := range title {
		if agencyTitles[d.toks[k].key] {
			ok = true
		}
	}
	if !ok || len(title) == 0 {
		return nil
	}
	var found *entity
	stops := 0
	for k := at - 1; k >= 0; k-- {
		if key := d.toks[k].key; (key == "." || key == "?" || key == "!") && !d.inQuote[k] || d.listItemEnd(k) {
			if stops++; stops > 1 {
				break
			}
		}
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ == schema.Person {
			return nil // someone else's sentence
		}
		if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) && !m.attached && !m.quoted {
			if found != nil && found != m.ent {
				return nil // two candidates: unknown
			}
			found = m.ent
		}
		k = m.s
	}
	return found
}

// usOffices are offices of the United States government known by a name
// no other government's English copy uses for its own: with no country
// stated, their holder is a US official ("Statement from National Security
// Advisor X" in a White House release about Haiti). "Department
// Spokesperson" with no department named is the State Department's own
// style for its spokesperson ("X, Department Spokesperson" under a
// statement's headline). A bare "Deputy Attorney General" or "Press
// Secretary" in US copy about another state is the US official ("Press
// Briefing by Press Secretary X" on talks with Venezuela); another
// state's is written with its state.
var usOffices = []string{"national security advisor", "national security adviser", "homeland security advisor",
	"homeland security adviser", "border czar", "drug czar", "secretary of homeland security",
	"deputy secretary of state", "under secretary of state", "undersecretary of state", "assistant secretary of state", "secretary of war",
	"national drug control policy", "department spokesperson", "director of national intelligence",
	"assistant attorney general", "associate attorney general", "chief of naval operations", "deputy attorney general", "press secretary"}

// usBareOffices are US offices whose holders elsewhere are named with a
// remit that the text may tie to a bureau ("Assistant Secretary for
// International Narcotics and Law Enforcement Affairs"): with no remit
// ("Acting Assistant Secretary X"), their holder is a US official.
var usBareOffices = []string{"assistant secretary"}

// usOffice returns the United States when the title names one of
// usOffices and the article names the United States.
func (d *doc) usOffice(title []int) *entity {
	if d.usOfficeTitle(title) {
		return d.govNamed("United States")
	}
	return nil
}

// usOfficeTitle reports whether the title names one of usOffices.
func (d *doc) usOfficeTitle(title []int) bool {
	t := fold(d.titleText(title))
	for _, o := range usOffices {
		if strings.Contains(t, o) {
			return true
		}
	}
	for _, o := range usBareOffices {
		if strings.Contains(t, o) && !d.remitTitle(title) && !strings.Contains(t, " of ") {
			return true
		}
	}
	return false
}

// remitTitle reports whether a title names its remit with "for" ("Under
// Secretary for Terrorism and Financial Intelligence"), and no portfolio
// before it ("Vice Minister of Defense for Planning" is a state's).
func (d *doc) remitTitle(title []int) bool {
	for _, k := range title {
		if d.toks[k].key == "of" {
			return false
		}
		if d.toks[k].key == "for" {
			return true
		}
	}
	return false
}

// markGuess records that p's post at org was inferred, not stated, so that
// a body a title phrase states can replace it; it returns org.
func (d *doc) markGuess(p, org *entity) *entity {
	if org != nil {
		d.guessed[fold(p.name)+"|"+fold(org.name)] = true
	}
	return org
}

// wholeSecretaryOfState reports whether a bare title is "Secretary of
// State" written whole: with no state named, the US office, as another
// state's one carries a remit ("Secretary of State for Public Security").
// Only the holder's own title says so: people listed beside the holder may
// be the hosts ("President A and Secretary of State B").
func wholeSecretaryOfState(title string) bool {
	t := fold(title)
	return strings.TrimPrefix(strings.TrimPrefix(t, "former "), "then-") == "secretary of state"
}
