// The ties a stated role implies: whoever holds a head's title leads the
// body the role names; anyone else with a role in a criminal group is its
// member. One table, roleTies, says which titles at which bodies give
// which tie.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// roleTie is one row of roleTies: a role whose title fits (holds every
// phrase of has, none of lacks, and is a head's title when head is set),
// held at a body of kind body, ties its holder to that body by pred; an
// empty pred states that the role ties its holder to nothing.
type roleTie struct {
	has, lacks []string
	head       bool
	body       tieBody
	pred       string
}

// tieBody is a kind of body a roleTie row applies to.
type tieBody int

const (
	anyBody          tieBody = iota // any cartel, organisation or agency
	localAgency                     // an agency the gazetteer does not name: an office, a division, a unit
	subAgency                       // a department's bureau or division ("Criminal Division")
	districtAgency                  // a federal judicial district ("Eastern District of X")
	cartelBody                      // a criminal group
	departmentAgency                // a government's department, ministry or secretariat
	componentAgency                 // an agency that is no department: a bureau, an agency within one
	chamberBody                     // a legislature or one of its chambers as a whole, no committee or caucus of it
	committeeBody                   // a committee, subcommittee or caucus ("Senate Finance Committee")
	organizationBody                // an organisation: a bloc, an association, a movement, a company
)

// departmentWords name the kind of body a cabinet member heads.
var departmentWords = []string{"department", "ministry", "secretariat"}

// officeHead is the title of the head of an agency's field office ("Field
// Office Director", "field director"): the office's head, not the
// agency's.
var officeHead = roleTie{has: []string{"field", "director"}, lacks: []string{"deputy", "assistant"}}

// districtAttorney is the row of the U.S. attorney for a district, who
// heads its office; an assistant U.S. attorney or the attorney general
// does not.
var districtAttorney = roleTie{has: []string{"attorney"}, lacks: []string{"assistant", "deputy", "former", "general", "staff", "special", "trial"}, body: districtAgency, pred: "leads"}

// roleTies are read in order; the first row whose title and body fit a
// role gives its tie.
var roleTies = []roleTie{
	// "ERO Boston Field Office Director X": the office's head, not ICE's
	{has: officeHead.has, lacks: officeHead.lacks, body: localAgency, pred: "leads"},
	{has: officeHead.has, lacks: officeHead.lacks, body: anyBody},
	// a president presides over the court, council, chamber, bank or
	// association the role names and leads it ("Senate President X",
	// "President of the Central Bank"); a vice or past president does
	// not, nor a president of a part of the body ("president of its
	// regional chapter")
	// a ministry is led by its minister: a president's title at one is
	// the head of state's, misread
	{has: []string{"president"}, body: departmentAgency},
	{has: []string{"president"}, lacks: presidentLacks, body: anyBody, pred: "leads"},
	// a head's title at a whole chamber is a party's or a committee's
	// ("Majority Leader", "Republican Leader", "Foreign Relations
	// Chairman" at the Senate): a chamber is led by its presiding officer,
	// a speaker or president, not by a leader or a chair
	{head: true, body: chamberBody},
	// "leader", "director", "commander", but no deputy or assistant
	{head: true, body: anyBody, pred: "leads"},
	// the special agent in charge of a field division heads it, unless a
	// lower rank qualifies the title ("Assistant Special Agent in Charge")
	{has: []string{"in charge"}, lacks: []string{"assistant", "deputy", "associate", "former"}, body: localAgency, pred: "leads"},
	// an assistant director in charge heads the large field office the
	// role names ("Assistant Director in Charge X of the FBI's New York
	// Field Office"): the rank, not a deputy's post
	{has: []string{"assistant director in charge"}, lacks: []string{"deputy", "former", "acting"}, body: localAgency, pred: "leads"},
	// an assistant secretary heads the department's component the role
	// names (a bureau, an agency: "Assistant Secretary for U.S. Immigration
	// and Customs Enforcement"), not the department; a deputy assistant
	// secretary heads nothing
	{has: []string{"assistant secretary"}, lacks: []string{"deputy", "former"}, body: componentAgency, pred: "leads"},
	// an assistant attorney general heads a justice department's division
	{has: []string{"assistant attorney general"}, lacks: []string{"deputy", "former"}, body: subAgency, pred: "leads"},
	// an assistant director of a bureau heads the division the role names
	// ("Assistant Director X of the FBI's Criminal Investigative
	// Division"), not the bureau; a deputy assistant director does not
	{has: []string{"assistant director"}, lacks: []string{"deputy", "former", "in charge", "executive"}, body: subAgency, pred: "leads"},
	// the U.S. attorney for a district heads its office; an assistant
	// U.S. attorney or the attorney general does not
	districtAttorney,
	// a commissioner heads the body the role names, unless a lower rank
	// or an adviser's post qualifies the title ("Deputy Commissioner",
	// "Advisor to the Commissioner")
	{has: []string{"commissioner"}, lacks: officeHeadLacks, body: anyBody, pred: "leads"},
	// the secretary general of an organisation heads it ("Secretary
	// General of the Organization of American States"); a ministry's
	// secretary general is its senior civil servant, and a deputy or
	// assistant secretary general heads nothing
	{has: []string{"secretary general"}, lacks: officeHeadLacks, body: organizationBody, pred: "leads"},
	{has: []string{"secretary-general"}, lacks: officeHeadLacks, body: organizationBody, pred: "leads"},
	// a secretary or minister heads the department, ministry or
	// secretariat the role names ("Navy Secretary" at the Secretariat of
	// the Navy); a press, executive, permanent or parliamentary secretary
	// does not, nor a committee's or commission's secretary
	{has: []string{"secretary"}, lacks: cabinetHeadLacks, body: departmentAgency, pred: "leads"},
	{has: []string{"minister"}, lacks: cabinetHeadLacks, body: departmentAgency, pred: "leads"},
	// anyone else with a role in a criminal group is its member
	{body: cartelBody, pred: "memberOf"},
	// a member of a committee or caucus ("a senior member of the Senate
	// Finance Committee", "X, who serves on the Y Committee") is its
	// member; a ranking member leads its minority, a former one no more
	{has: []string{"member"}, lacks: []string{"ranking", "former"}, body: committeeBody, pred: "memberOf"},
}

// presidentLacks are the words that make a president's title that of
// someone other than the body's head.
var presidentLacks = []string{"vice", "former", "past", "deputy", "assistant", "associate", "acting", "interim",
	"honorary", "executive", "regional", "of", "for", "to", "member", "elect", "emeritus"}

// committeeWords name a body whose members sit on it: a committee, a
// subcommittee, a caucus.
var committeeWords = []string{"committee", "subcommittee", "caucus"}

// cabinetHeadLacks are the words that make a secretary's or minister's
// title that of someone other than the department's head.
var cabinetHeadLacks = append([]string{"press", "executive", "permanent", "parliamentary", "general", "private", "prime", "first", "second", "third", "principal", "senior", "acting"}, officeHeadLacks...)

// officeHeadLacks are the words that make a head's office title that of
// someone below or beside the head: a deputy, an assistant, an adviser,
// a region's or a rank's holder ("Regional Commissioner", "Chief
// Commissioner" of a police rank ladder).
var officeHeadLacks = []string{"deputy", "assistant", "associate", "vice", "under", "former", "adviser", "advisor", "to",
	"regional", "chief", "detective"}

// fits reports whether a role title fits row's words, its body being a
// criminal group or not (cartel).
func (row roleTie) fits(title string, cartel bool) bool {
	t := " " + fold(title) + " "
	for _, w := range row.has {
		if !strings.Contains(t, " "+w+" ") {
			return false
		}
	}
	for _, w := range row.lacks {
		if strings.Contains(t, " "+w+" ") {
			return false
		}
	}
	return !row.head || headTitle(title, cartel)
}

// roleTie is the tie role r states between its holder and org, its body
// (a cartel, organisation or agency): "leads", "memberOf" or "".
func (d *doc) roleTie(r schema.Role, org *entity) string {
	if d.servesAt[fold(r.Person)+"|"+fold(org.name)] && !nationDistrictHead(r.Title, org) {
		return "" // a post read from list mates' body: served at, not headed
	}
	if titledOffice(r.Title, org) {
		return "leads" // "Attorney General X" at the Attorney General's Office
	}
	for _, row := range roleTies {
		if row.fits(r.Title, org.typ == schema.Cartel) && d.bodyIs(org, row.body) {
			if row.pred != "" && slices.Contains(row.has, "president") && d.headOfState(r.Person) {
				return "" // a nation's president, his title misread at a body he addresses
			}
			return row.pred
		}
	}
	return ""
}

// headOfState reports whether the person holds a president's role at a
// nation or government.
func (d *doc) headOfState(person string) bool {
	for _, r := range d.roles {
		if !strings.EqualFold(r.Person, person) || !strings.Contains(" "+fold(r.Title)+" ", " president ") {
			continue
		}
		if g := d.ents[string(schema.Government)+"|"+fold(r.Org)]; g != nil && g.typ == schema.Government {
			return true
		}
	}
	return false
}

// bodyIs reports whether org is a body of kind k.
func (d *doc) bodyIs(org *entity, k tieBody) bool {
	switch k {
	case localAgency:
		return org.typ == schema.Agency && !d.gazetteerBody(org)
	case subAgency:
		n := fold(org.name)
		return org.typ == schema.Agency && (strings.HasPrefix(n, "bureau of ") || strings.HasSuffix(n, " division"))
	case districtAgency:
		return org.typ == schema.Agency && districtName(org.name)
	case cartelBody:
		return org.typ == schema.Cartel
	case departmentAgency:
		return org.typ == schema.Agency && slices.ContainsFunc(strings.Fields(fold(org.name)), func(w string) bool { return slices.Contains(departmentWords, w) })
	case componentAgency:
		return org.typ == schema.Agency && !d.bodyIs(org, departmentAgency)
	case chamberBody:
		return seatInChamber(org)
	case organizationBody:
		return org.typ == schema.Organization
	case committeeBody:
		return (org.typ == schema.Agency || org.typ == schema.Organization) &&
			slices.ContainsFunc(strings.Fields(fold(org.name)), func(w string) bool { return slices.Contains(committeeWords, w) })
	}
	return true
}

// headWords are the titles of whoever heads a body; with a qualifier
// ("head of security") or a rank below ("deputy director") they are not.
var headWords = set("leader", "head", "chief", "boss", "founder", "co-founder", "cofounder", "kingpin", "ringleader",
	"commander", "commanding", "director", "administrator", "chairman", "chairwoman", "chairperson", "chair", "capo", "superintendent",
	"co-chair", "cochair", "co-chairman", "cochairman", "co-chairwoman", "co-chairperson", // a co-chair leads the body with the other
	"co-director", "codirector", "commandant", "commander-in-chief", "ceo", "owner") // a firm's chief executive or owner, a force's commandant

// groupPartWords name a local part of a criminal group whose head is
// only a member of the whole: "a plaza boss", "a cell leader".
var groupPartWords = set("plaza", "cell", "clique", "local", "area", "zone", "squad", "faction", "wing")

// headTitle reports whether a role title names the head of its body.
func headTitle(title string, cartel bool) bool {
	w := strings.Fields(strings.ToLower(title))
	if len(w) == 0 {
		return false
	}
	head := false
	for i, x := range w {
		switch {
		case x == "of" || x == "for" || x == "in":
			// "leader of" is still the leader; a head of a function is
			// not ("chief of security", "boss of the plaza"); a head's
			// title with the body described is ("leader of the
			// country's powerful", relations_headdescribed.go)
			if head && i > 0 && describedHead(w, i, title) {
				return true
			}
			return head && i > 0 && cartel && w[i-1] != "head" && i+1 == len(w)
		case x == "deputy" || x == "assistant" || x == "associate" || x == "vice" || x == "executive" ||
			x == "under" || x == "regional" || x == "former" || x == "senior" && !cartel:
			return false
		case cartel && groupPartWords[x]:
			return false // "plaza boss", "cell leader": the head of a part of the group, its member
		case cartel && (x == "chief" || x == "head") && i+1 < len(w) && !headWords[w[i+1]] && w[i+1] != "of" && w[i+1] != "for" && w[i+1] != "in":
			return false // "chief accountant", "head enforcer": the first of a trade in the group, its member
		case headWords[x]:
			head = true
		}
	}
	return head
}

// gazetteerBody reports whether the gazetteer names the body e: a
// national agency ("Drug Enforcement Administration"), not one of its
// local offices.
func (d *doc) gazetteerBody(e *entity) bool {
	for _, m := range d.ments {
		if m.ent == e && m.gaz != nil {
			return true
		}
	}
	return false
}

// districtName reports whether name is that of a federal judicial
// district: "District of X", "Southern District of Y"; not an office in
// one ("U.S. Attorney's Office in the Z District of W").
func districtName(name string) bool {
	w := strings.Fields(fold(name))
	if len(w) > 0 && districtSides[w[0]] {
		w = w[1:]
	}
	return len(w) > 2 && w[0] == "district" && w[1] == "of"
}

// nationDistrictHead reports whether a post moved to a federal judicial
// district from the nation its title names ("U.S. Attorney X of the
// District of Y", "United States Attorney Z for the Eastern District of
// W") is the district's prosecutor: the nation kept in the title makes it
// the one U.S. attorney of the district, who heads its office, not a post
// served there.
func nationDistrictHead(title string, org *entity) bool {
	t := " " + fold(title) + " "
	if !strings.Contains(t, " u.s. ") && !strings.Contains(t, " united states ") {
		return false
	}
	return org.typ == schema.Agency && districtName(org.name) && districtAttorney.fits(title, false)
}

// chamberParts are the words that make a legislature's body one of its
// parts, not a chamber as a whole ("Senate Finance Committee", "Library of
// Congress").
var chamberParts = []string{"committee", "subcommittee", "caucus", "commission", "conference", "office", "delegation", "group", "panel", "library"}

// wholeChamber reports whether name is that of a legislature or one of its
// chambers as a whole: its last word names a legislature ("U.S. Senate",
// "National Assembly", "Congress") or it is a house of representatives
// or a chamber of deputies, and no word names a part of it ("Senate
// Foreign Relations Committee").
func wholeChamber(name string) bool {
	w := strings.Fields(fold(name))
	if len(w) == 0 || slices.ContainsFunc(w, func(x string) bool { return slices.Contains(chamberParts, x) }) {
		return false
	}
	n := strings.Join(w, " ")
	return legislatureWords[w[len(w)-1]] || strings.HasSuffix(n, "house of representatives") || strings.HasPrefix(w[0], "chamber") || strings.HasSuffix(n, "house of commons")
}

// seatInChamber reports whether o is a legislature or one of its chambers
// as a whole: a seat in it is a legislator's post, a role, not the
// membership of a group ("X, a member of the National Assembly"); a
// committee or caucus of it is a group its members join.
func seatInChamber(o *entity) bool {
	return o.typ == schema.Agency && wholeChamber(o.name)
}

// titledOfficeTie rules out the titles of an office's deputies, advisers
// and former or stand-in holders.
var titledOfficeTie = roleTie{lacks: append([]string{"then", "acting", "interim"}, officeHeadLacks...)}

// titledOffice reports whether org is an agency named for the role's
// title, the office its holder heads ("Comptroller" at the "Comptroller's
// Office", "Attorney General" at the "Attorney General's Office"), the
// title no deputy's, adviser's or former holder's.
func titledOffice(title string, org *entity) bool {
	if org.typ != schema.Agency {
		return false
	}
	t := fold(title)
	if t == "" || !titledOfficeTie.fits(title, false) {
		return false
	}
	n := strings.TrimPrefix(fold(org.name), "the ")
	return n == t+"'s office" || n == "office of the "+t || n == "office of "+t || placeTitledOffice(t, n)
}
