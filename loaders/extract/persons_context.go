// The words around a capitalised run that make it a person or not: speech
// verbs, appositions (", a customs broker,"), place words, kin nouns.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// speechNear reports whether a reporting verb touches the name at [s, e).
func (d *doc) speechNear(s, e int) bool {
	if e < len(d.toks) && reportVerbsAfter[d.toks[e].key] {
		return true
	}
	if e+1 < len(d.toks) && (d.toks[e].key == "also" || d.toks[e].key == "later") && reportVerbsAfter[d.toks[e+1].key] {
		return true
	}
	if s > 0 && reportVerbsAfter[d.toks[s-1].key] {
		return true
	}
	if s > 1 && d.toks[s-1].key == "to" && d.toks[s-2].key == "according" {
		return true
	}
	// "…,” said Assistant Secretary for Trade and Finance X": a reporting
	// verb after a quotation, then a title phrase, then the name
	for k := s - 1; e-s >= 2 && k > 0 && k >= s-14 && d.toks[k].sent == d.toks[s].sent; k-- {
		t := d.toks[k]
		if reportVerbsAfter[t.key] {
			p := d.toks[k-1]
			return p.kind == tQuote || p.key == ","
		}
		if t.key == "," && k == s-1 && k-1 > 0 && d.toks[k-1].cap {
			continue // "said Acting Director for Ports, X": the title set off by a comma
		}
		if t.kind != tWord || !t.cap && !titleHeads[t.key] && !titleMods[t.key] && t.key != "for" && t.key != "of" && t.key != "and" && t.key != "the" {
			return false
		}
	}
	return false
}

// appositionAfter reports whether ", [the] <title>", ", of the" or another
// name (", aka", ", alias", ", also known as") follows.
func (d *doc) appositionAfter(e int) bool {
	e = d.pastGenerationSuffix(e) // "Ana Vik, Jr., the agency's director"
	if e+1 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	if tp := d.titlePhraseAt(e + 1); tp.head && (!d.toks[e+1].cap || d.mentionAt(e+1) != nil) {
		return true // ", the group's founder", ", Peru's minister for trade"
	}
	j := e + 1
	for j < len(d.toks) && j < e+5 {
		k := d.toks[j].key
		if titleHeads[k] {
			return true
		}
		if k == "of" && j == e+1 || k == "alias" && j == e+1 || k == "aka" && j == e+1 {
			return true // ", of the X", ", alias “Y”"
		}
		if k == "also" && j == e+1 && j+2 < len(d.toks) && d.toks[j+1].key == "known" && d.toks[j+2].key == "as" {
			return true // ", also known as Y": a person's other name
		}
		if k == "the" || k == "a" || k == "an" || k == "who" || titleMods[k] || d.at[j] != 0 {
			if k == "who" {
				return true
			}
			j++
			continue
		}
		break
	}
	return false
}

// placeFirst open place names, never people's: "San Lorenzo", "Puerto
// Asís", "Ciudad Hidalgo".
var placeFirst = set("san", "santa", "santo", "sao", "puerto", "porto", "port", "ciudad", "villa", "nueva",
	"nuevo", "rio", "lago", "lake", "isla", "cerro", "bahia", "fort", "mount", "cabo", "cape", "valle", "playa",
	"colonia", "barrio", "municipio", "departamento", "estado", "provincia")

// placeLocatives before a capitalised name make it a place unless it
// starts with a given name: "in Tumbes", "from Las Palmas".
var placeLocatives = set("in", "at", "from", "near", "outside", "toward", "towards", "into", "across",
	"around", "through", "inside", "within", "of")

// compassWords in lower case before "of" give a bearing from a place.
var compassWords = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")

// placeOf before "of" make what follows a place: "residents of X".
var placeOf = set("residents", "outskirts", "city", "town", "village", "province", "state", "department",
	"streets", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
	"center", "port", "municipality", "region", "neighborhood", "neighbourhood", "mayor", "governor", "people")

// partyTagWords end a party tag written like a name ("Texas Democrat").
var partyTagWords = set("independent", "conservative", "liberal", "socialist", "libertarian")

// adminPlaceNouns after a name make it a place: "Falcón state", "the
// Artibonite and Centre departments".
var adminPlaceNouns = set("state", "states", "province", "provinces", "department", "departments", "region",
	"regions", "municipality", "municipalities", "district", "districts", "parish", "parishes", "county",
	"counties", "canton", "cantons")

// placeNounAfter reports whether the name ending at e is followed by an
// administrative place noun in lower case, directly or after "and NAME".
func (d *doc) placeNounAfter(e int) bool {
	if e < len(d.toks) && d.toks[e].kind == tWord && !d.toks[e].cap && adminPlaceNouns[d.toks[e].key] {
		nx := ""
		if e+1 < len(d.toks) {
			nx = d.toks[e+1].key
		}
		return !titleHeads[nx] && !titleMods[nx] && nx != "'s" // not "the state governor", "the state's prosecutor"
	}
	if e+2 < len(d.toks) && d.toks[e].key == "and" && d.capWord(e+1) {
		j := e + 1
		for j < len(d.toks) && j < e+4 && d.capWord(j) {
			j++
		}
		return j > e+1 && d.placeNounAfter(j) && adminPlaceNouns[d.toks[j].key] && strings.HasSuffix(d.toks[j].key, "s")
	}
	return false
}

// placeNouns in an apposition make the name before a place: "Ancón, a
// fishing town".
var placeNouns = set("town", "city", "village", "municipality", "port", "province", "state", "region",
	"department", "district", "neighborhood", "neighbourhood", "community", "island", "settlement", "hamlet",
	"suburb", "slum", "valley", "river", "border", "capital", "county", "parish", "commune", "canton")

// placeLike reports whether the capitalised run [s, e) names a place.
func (d *doc) placeLike(s, e int, given bool) bool {
	if placeFirst[d.toks[s].key] {
		return true
	}
	if s > 1 && d.toks[s-1].key == "of" && compassWords[d.toks[s-2].key] && !d.toks[s-2].cap {
		return true // "four miles east of Carla Point": a bearing is taken from a place, also one with a given name
	}
	if !given && s > 0 && d.toks[s-1].sent == d.toks[s].sent && placeLocatives[d.toks[s-1].key] &&
		(d.toks[s-1].key != "of" || s > 1 && placeOf[d.toks[s-2].key]) {
		return true
	}
	// "Sucre and Falcón states", "the Artibonite department"
	if d.placeNounAfter(e) {
		return true
	}
	// ", a fishing town"
	if e+1 < len(d.toks) && d.toks[e].key == "," {
		j := e + 1
		if d.toks[j].key != "a" && d.toks[j].key != "an" && d.toks[j].key != "the" {
			return false
		}
		j++
		for n := 0; n < 3 && j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].cap; n, j = n+1, j+1 {
			if placeNouns[d.toks[j].key] && !(j+1 < len(d.toks) && (titleHeads[d.toks[j+1].key] || titleMods[d.toks[j+1].key])) {
				return true // not "the state governor"
			}
		}
	}
	return false
}

// titledApposition reports whether the name [s, e) stands between commas
// (or a comma and the semicolon of a list item) after a title: "The acting
// director of the police, Rameau Normil, said".
func (d *doc) titledApposition(s, e int) bool {
	if s < 2 || d.toks[s-1].key != "," || e >= len(d.toks) || d.toks[e].key != "," && d.toks[e].key != "." && d.toks[e].key != ";" && !reportVerbsAfter[d.toks[e].key] {
		return false
	}
	for k := s - 2; k >= 0 && k >= s-10 && d.toks[k].sent == d.toks[s].sent; k-- {
		if d.toks[k].key == "," || d.toks[k].kind == tQuote {
			return false
		}
		if titleHeads[d.toks[k].key] && (!d.toks[k].cap || d.theOpensTitle(k)) {
			return true
		}
	}
	return false
}

// theOpensTitle reports whether "the" opens the capitalised title whose
// head is at token k: "the Director", and over capitalised words before
// the head, a body's among them, "the HSI Attaché", "the Acting Executive
// Associate Director".
func (d *doc) theOpensTitle(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && d.toks[j].sent == d.toks[k].sent; j-- {
		if d.toks[j].key == "the" {
			return true
		}
		if !d.toks[j].cap || d.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// orgNouns in an apposition make the name before an organisation: "X, a
// human rights group".
var orgNouns = set("group", "organization", "organisation", "ngo", "foundation", "association", "think-tank",
	"newspaper", "daily", "outlet", "broadcaster", "network", "coalition", "collective", "institute", "company",
	"firm", "charity", "nonprofit", "non-profit", "watchdog", "party", "movement", "consultancy", "university",
	"enterprise", "corporation", "subsidiary")

// orgApposition reports whether ", a/an/the … <organisation noun>" follows
// token e.
func (d *doc) orgApposition(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	j := e + 1
	if k := d.toks[j].key; k != "a" && k != "an" && k != "the" {
		return false
	}
	j++
	for n := 0; n < 4 && j < len(d.toks) && (d.toks[j].kind == tWord || d.toks[j].key == "-"); n, j = n+1, j+1 {
		if d.at[j] != 0 && d.mentionAt(j).class != mDemonym || placeLocatives[d.toks[j].key] || d.toks[j].key == "with" || d.toks[j].key == "for" {
			return false // "a lawyer with the organization X": the noun is not the head
		}
		if orgNouns[d.toks[j].key] && !d.toks[j].cap {
			nx := ""
			if j+1 < len(d.toks) {
				nx = d.toks[j+1].key
			}
			return !titleHeads[nx] && !roleNouns[nx] && nx != "member" && nx != "'s"
		}
		if titleHeads[d.toks[j].key] {
			return false
		}
	}
	return false
}

// personApposition reports whether ", a customs broker," follows token e:
// a short indefinite noun phrase whose head names someone by what they do.
func (d *doc) personApposition(e int) bool {
	if e+3 >= len(d.toks) || d.toks[e].key != "," && d.toks[e].key != "—" || d.toks[e+1].key != "a" && d.toks[e+1].key != "an" {
		return false // ", a customs broker," or "— a fugitive wanted for …"
	}
	for j := e + 2; j < len(d.toks) && j < e+6; j++ {
		t := d.toks[j]
		if t.kind == tWord && t.cap && d.placeWordAt(j) {
			continue // ", a Texas nursing student", ", a Mexican national": where the person is from
		}
		if t.kind != tWord || t.cap {
			return false
		}
		nx := ""
		if j+1 < len(d.toks) {
			nx = d.toks[j+1].key
		}
		if nx != "," && nx != "who" && nx != "." && nx != "said" && nx != "and" && nx != "—" && !(len(nx) > 4 && (strings.HasSuffix(nx, "ed") || strings.HasSuffix(nx, "ly"))) {
			continue
		}
		if orgNouns[t.key] || placeNouns[t.key] {
			return false
		}
		for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ive", "ess"} {
			if strings.HasSuffix(t.key, suf) && len(t.key) > len(suf)+2 {
				return true
			}
		}
		return titleHeads[t.key] || humanNouns[t.key] // ", a woman arrested in May by …"
	}
	return false
}

// humanNouns are the short nouns for a person, too short for the endings
// personApposition reads: ", a woman arrested …", ", a boy of 14".
var humanNouns = set("man", "woman", "boy", "girl", "child", "youth", "nun", "monk", "priest")

// personKinds are nouns for a person that "named X" can follow.
var personKinds = set("man", "woman", "businessman", "businesswoman", "trafficker", "broker", "farmer",
	"suspect", "lawyer", "banker", "pilot", "fisherman", "driver", "informant", "witness", "victim",
	"officer", "soldier", "teenager", "boy", "girl", "student", "merchant", "trader", "smuggler", "boss",
	"accountant", "executive", "entrepreneur", "national", "citizen", "financier", "launderer", "courier")

// namedPerson reports whether "a businessman named" or "a man identified
// as" comes before token s.
func (d *doc) namedPerson(s int) bool {
	k := s - 1
	if k >= 1 && d.toks[k].key == "as" && d.toks[k-1].key == "identified" {
		k--
	}
	if k < 1 || d.toks[k].key != "named" && d.toks[k].key != "called" && d.toks[k].key != "identified" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if personKinds[d.toks[j].key] {
			return true
		}
	}
	return false
}

// kinNouns name a relative; "his wife, X," makes X a person of that gender.
var kinNouns = map[string]byte{"wife": 'f', "husband": 'm', "son": 'm', "daughter": 'f', "mother": 'f',
	"father": 'm', "brother": 'm', "sister": 'f', "widow": 'f', "widower": 'm', "partner": 0, "cousin": 0,
	"uncle": 'm', "aunt": 'f', "niece": 'f', "nephew": 'm', "grandmother": 'f', "grandfather": 'm',
	"stepson": 'm', "stepdaughter": 'f', "fiancée": 'f', "fiance": 'm', "girlfriend": 'f', "boyfriend": 'm',
	"sibling": 0, "parent": 0, "child": 0, "neighbour": 0, "neighbor": 0, "friend": 0, "colleague": 0, "boss": 0, "employer": 0, "landlord": 0}

// kinOwners may stand before a relative noun apposed to a name: "his
// wife, X,", "my wife, X,", "one brother, X,".
var kinOwners = set("their", "the", "'s", "his", "her", "my", "your", "our", "one")

// kinApposition reports whether the name [s, e) is apposed to a relative
// noun, before ("His wife, X,") or after ("X, her son,"), and the gender
// the noun gives.
func (d *doc) kinApposition(s, e int) (byte, bool) {
	if s >= 3 && d.toks[s-1].key == "," {
		if g, ok := kinNouns[d.toks[s-2].key]; ok {
			if p := d.toks[s-3].key; possGender[p] != 0 || kinOwners[p] {
				return g, true
			}
		}
	}
	if e+3 < len(d.toks) && d.toks[e].key == "," {
		if p := d.toks[e+1].key; p == "his" || p == "her" || p == "their" || p == "the" {
			if g, ok := kinNouns[d.toks[e+2].key]; ok {
				return g, true
			}
		}
	}
	return 0, false
}

// agentBefore reports whether "A caller, " or "One resident, " stands just
// before the name at s: an indefinite noun for someone by what they do.
func (d *doc) agentBefore(s int) bool {
	if s < 3 || d.toks[s-1].key != "," {
		return false
	}
	n := d.toks[s-2]
	if n.kind != tWord || n.cap {
		return false
	}
	if a := d.toks[s-3].key; a != "a" && a != "an" && a != "one" && a != "another" {
		return false
	}
	if personKinds[n.key] || titleHeads[n.key] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(n.key, suf) && len(n.key) > len(suf)+2 && !orgNouns[n.key] && !placeNouns[n.key] {
			return true
		}
	}
	return false
}

// bodyApposition reports whether ", the leader of Los Choneros" follows
// token e: a title phrase that names a body.
func (d *doc) bodyApposition(e int) bool {
	if e+2 >= len(d.toks) || d.toks[e].key != "," || d.toks[e+1].cap {
		return false
	}
	tp := d.titlePhraseAt(e + 1)
	if !tp.head {
		return false
	}
	for k := tp.s; k < tp.e+4 && k < len(d.toks); k++ {
		if m := d.mentionAt(k); m != nil && m.class == mEntity && m.typ != schema.Person && m.typ != "" {
			return true
		}
	}
	return false
}

// definiteName reports whether the name run [s, e) stands right after
// "the" with no title, known given name or kin word to make it a
// person's: people's names take no article ("the Consejo Federal
// directed …"), bodies' do ("the Reverend Ana Ruiz" has a given name).
func (d *doc) definiteName(s, e int, titled, kin bool) bool {
	if titled || kin || s == 0 || d.toks[s-1].key != "the" || d.toks[s-1].sent != d.toks[s].sent {
		return false
	}
	return !d.givenIn(s, e)
}

// areaHeads end the name of an administrative area, which is no person's
// name however near a reporting verb it stands: "Pine County", "Azuay
// Province".
var areaHeads = lexWords.set("areaHeads")

// givenIn reports whether a word of tokens [s, e) is a known given name.
func (d *doc) givenIn(s, e int) bool {
	for k := s; k < e; k++ {
		if d.g.given[d.toks[k].key] != 0 {
			return true
		}
	}
	return false
}

// cartelBodyNouns name a body inside a criminal group: its "ruling body",
// "leadership council", "armed wing".
var cartelBodyNouns = set("body", "council", "leadership", "board", "faction", "wing", "arm", "cell", "clique", "command")

// cartelBody reads the name run [s, e) as a criminal group when an
// apposition or relative clause after it makes it a body of a group the
// article names ("the Consejo Mayor, which is MS-13's ruling body", "X,
// the cartel's armed wing"), and takes it; false when none follows.
func (d *doc) cartelBody(s, e int) bool {
	j := e + 1
	if e+4 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	if d.toks[j].key == "which" && (d.toks[j+1].key == "is" || d.toks[j+1].key == "was") {
		j += 2
	}
	if d.toks[j].key == "the" {
		j++
	}
	m := d.mentionAt(j)
	if m == nil || m.e+1 >= len(d.toks) || d.toks[m.e].key != "'s" {
		return false
	}
	if cartel := m.ent != nil && m.ent.typ == schema.Cartel || m.typ == schema.Cartel || m.gaz != nil && m.gaz.typ == schema.Cartel; !cartel {
		return false
	}
	for k := m.e + 1; k < len(d.toks) && k <= m.e+3; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap {
			return false
		}
		if cartelBodyNouns[t.key] {
			ent := d.entity(schema.Cartel, d.surface(s, e), s)
			d.take(&mention{s: s, e: e, ent: ent, typ: schema.Cartel, rule: "entity/cartel-body"})
			ent.mentions++
			return true
		}
	}
	return false
}
