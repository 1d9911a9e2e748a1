package corpus

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// entity is one referent the generator can name: a government, agency,
// cartel, organisation, agreement or person. Entities of the world are
// shared read-only by all articles; people of the long tail are made per
// article.
type entity struct {
	Name    string            // canonical name; the first mention in an article writes it
	Type    schema.EntityType // one of schema.EntityTypes
	Short   string            // later-mention form: acronym or surname; "" repeats Name
	The     bool              // takes "the" in running text ("the DEA", not "the MS-13")
	Female  bool              // people: for she/he and spokeswoman/spokesman
	Country *country          // the state an agency, person or cartel belongs to
	Parties []*country        // agreements: the states the gazetteer names
}

// country is a sovereign state as the generator writes about it.
type country struct {
	gov      *entity
	Name     string
	Demonym  string   // "Mexican"; "" when the gazetteer has none
	Capital  string   // "Mexico City"
	Dateline string   // "MEXICO CITY"
	Places   []string // towns, states and regions (words the extractor ignores)
	Naming   naming   // how its people are named
	Weight   float64  // popularity as the focus of an article (Zipf)
	Security string   // title of the security minister: "security minister"
	Cartels  []*entity
	agencies map[string]*entity // by kind: police, army, navy, prosecutor, security, foreign
}

// naming picks the surname pool of a country's people.
type naming int

const (
	hispanic naming = iota
	english
	portuguese
	french
)

// realHolder is an office holder from people.tsv.
type realHolder struct {
	p        *entity
	from, to []int // terms: years in office, to[i] == 0 for an open term
}

// office is a post someone holds: a title of an organisation.
type office struct {
	key    string  // stable identity for the holder's name
	title  string  // lower case, as in "Mexico's security minister"
	cap    string  // capitalised, before a name: "Security Minister"
	org    *entity // the organisation the title belongs to
	naming naming
	real   []realHolder // people.tsv holders; empty for invented offices
	term   int          // days in office of an invented holder
}

// world is every recurring entity of the corpus, built once from the
// gazetteer and the seed.
type world struct {
	seed     int64
	us       *country
	focus    []*country // countries an article may be about, by popularity
	focusCum []float64
	byName   map[string]*country
	orgs     map[string]*entity // gazetteer organisations by canonical name
	agrs     []*entity          // named agreements of the gazetteer
	cartels  []*entity          // criminal groups, best known first
	// transnational groups, the cast of countries with no group of their own
	transnational []*entity
	research      []*entity          // think tanks, NGOs and UN bodies analysts work for
	rights        []*entity          // human-rights groups
	outlets       []*entity          // invented wire services for datelines
	offices       map[string]*office // by key
	real          map[string][]realHolder
	given         [4][2][]string // by naming: [0] male, [1] female given names
	surnames      [4][]string    // by naming
	usCourts      []string       // US cities with federal courts
	committee     []*entity      // congressional committees
}

// A few facts the gazetteer does not carry: where each country's datelines
// come from, the places named in its stories, how its people are named.
type countryFacts struct {
	name, capital, security string
	naming                  naming
	places                  []string
}

// focusCountries lists the states stories are about, most written about
// first; the order gives the Zipf popularity.
var focusCountries = []countryFacts{
	{"Mexico", "Mexico City", "security secretary", hispanic, []string{"Sinaloa", "Jalisco", "Michoacán", "Tamaulipas", "Chihuahua", "Sonora", "Culiacán", "Tijuana", "Ciudad Juárez", "Reynosa", "Nuevo Laredo", "Zacatecas", "Guanajuato", "Baja California", "Colima", "Veracruz", "Chiapas"}},
	{"Colombia", "Bogotá", "defense minister", hispanic, []string{"Cauca", "Nariño", "Antioquia", "Catatumbo", "Putumayo", "Tumaco", "Buenaventura", "Cúcuta", "Chocó", "Medellín", "Cali", "Barranquilla", "Cartagena"}},
	{"Venezuela", "Caracas", "interior minister", hispanic, []string{"Zulia", "Táchira", "Apure", "Maracaibo"}},
	{"Ecuador", "Quito", "interior minister", hispanic, []string{"Guayaquil", "Esmeraldas", "Manabí", "Machala"}},
	{"Guatemala", "Guatemala City", "interior minister", hispanic, []string{"Petén", "Huehuetenango", "Izabal"}},
	{"Honduras", "Tegucigalpa", "security minister", hispanic, []string{"San Pedro Sula", "La Ceiba", "Mosquitia"}},
	{"El Salvador", "San Salvador", "security minister", hispanic, nil},
	{"Peru", "Lima", "interior minister", hispanic, []string{"VRAEM", "Callao", "Iquitos", "Cusco", "Arequipa"}},
	{"Haiti", "Port-au-Prince", "justice minister", french, []string{"Cité Soleil", "Croix-des-Bouquets", "Cap-Haïtien"}},
	{"Brazil", "Brasília", "justice minister", portuguese, []string{"São Paulo", "Rio de Janeiro", "Manaus", "Curitiba", "Recife", "Mato Grosso do Sul"}},
	{"Panama", "Panama City", "security minister", hispanic, []string{"Darién Gap", "Bocas del Toro"}},
	{"Costa Rica", "San José", "security minister", hispanic, nil},
	{"Bolivia", "La Paz", "government minister", hispanic, []string{"Chapare", "Cochabamba", "El Alto"}},
	{"Dominican Republic", "Santo Domingo", "interior minister", hispanic, nil},
	{"Chile", "Santiago", "security minister", hispanic, []string{"Antofagasta", "Iquique", "Arica", "Valparaíso"}},
	{"Canada", "Ottawa", "public safety minister", english, nil},
	{"Argentina", "Buenos Aires", "security minister", hispanic, nil},
	{"Paraguay", "Asunción", "interior minister", hispanic, []string{"Ciudad del Este", "Pedro Juan Caballero"}},
	{"Nicaragua", "Managua", "interior minister", hispanic, nil},
	{"Jamaica", "Kingston", "national security minister", english, []string{"Montego Bay"}},
	{"Trinidad and Tobago", "Port of Spain", "national security minister", english, nil},
	{"Uruguay", "Montevideo", "interior minister", hispanic, nil},
	{"Belize", "Belmopan", "home affairs minister", english, nil},
	{"Guyana", "Georgetown", "home affairs minister", english, nil},
	{"Bahamas", "Nassau", "national security minister", english, nil},
	{"Cuba", "Havana", "interior minister", hispanic, nil},
}

// usPlaces are places in the United States that stories name.
var usPlaces = []string{"Texas", "Arizona", "California", "Florida", "Miami", "Houston", "Chicago", "El Paso", "San Diego", "Nogales", "Phoenix", "Tucson", "Laredo", "New York"}

// cartelLands lists the gazetteer's criminal groups, best known first (the
// order gives their Zipf popularity), with the countries they operate in;
// the first is their home.
var cartelLands = []struct {
	name  string
	lands []string
}{
	{"Sinaloa Cartel", []string{"Mexico", "United States", "Guatemala", "Honduras", "Ecuador", "Colombia"}},
	{"Jalisco New Generation Cartel", []string{"Mexico", "United States", "Guatemala", "Colombia"}},
	{"Gulf Cartel", []string{"Mexico"}},
	{"Los Zetas", []string{"Mexico", "Guatemala"}},
	{"Cartel del Noreste", []string{"Mexico"}},
	{"Juárez Cartel", []string{"Mexico"}},
	{"Beltrán-Leyva Organization", []string{"Mexico"}},
	{"La Familia Michoacana", []string{"Mexico"}},
	{"La Nueva Familia Michoacana", []string{"Mexico"}},
	{"Knights Templar Cartel", []string{"Mexico"}},
	{"Tijuana Cartel", []string{"Mexico"}},
	{"Cárteles Unidos", []string{"Mexico"}},
	{"Santa Rosa de Lima Cartel", []string{"Mexico"}},
	{"Los Chapitos", []string{"Mexico"}},
	{"Guerreros Unidos", []string{"Mexico"}},
	{"Los Viagras", []string{"Mexico"}},
	{"Los Ardillos", []string{"Mexico"}},
	{"Los Rojos", []string{"Mexico"}},
	{"Tren de Aragua", []string{"Venezuela", "Colombia", "Chile", "Peru", "United States"}},
	{"Cartel of the Suns", []string{"Venezuela"}},
	{"MS-13", []string{"El Salvador", "Honduras", "Guatemala", "United States"}},
	{"Barrio 18", []string{"El Salvador", "Honduras", "Guatemala"}},
	{"Los Choneros", []string{"Ecuador"}},
	{"Los Lobos", []string{"Ecuador", "Peru"}},
	{"Los Tiguerones", []string{"Ecuador"}},
	{"Los Lagartos", []string{"Ecuador"}},
	{"Chone Killers", []string{"Ecuador"}},
	{"Clan del Golfo", []string{"Colombia", "Panama"}},
	{"National Liberation Army", []string{"Colombia", "Venezuela"}},
	{"Revolutionary Armed Forces of Colombia", []string{"Colombia"}},
	{"Segunda Marquetalia", []string{"Colombia", "Venezuela"}},
	{"Estado Mayor Central", []string{"Colombia"}},
	{"Los Rastrojos", []string{"Colombia"}},
	{"La Oficina de Envigado", []string{"Colombia"}},
	{"Shining Path", []string{"Peru"}},
	{"Los Pulpos", []string{"Peru"}},
	{"Primeiro Comando da Capital", []string{"Brazil", "Paraguay", "Bolivia"}},
	{"Comando Vermelho", []string{"Brazil", "Paraguay"}},
	{"Terceiro Comando Puro", []string{"Brazil"}},
	{"Família do Norte", []string{"Brazil"}},
	{"Viv Ansanm", []string{"Haiti"}},
	{"G9 an Fanmi e Alye", []string{"Haiti"}},
	{"400 Mawozo", []string{"Haiti"}},
	{"Gran Grif", []string{"Haiti"}},
	{"5 Segonn", []string{"Haiti"}},
	{"Kraze Baryè", []string{"Haiti"}},
	{"Los Shottas", []string{"Costa Rica", "Panama"}},
	{"Los Espartanos", []string{"Costa Rica"}},
}

// researchBodies are the gazetteer organisations whose analysts stories quote.
var researchBodies = []string{"InSight Crime", "Washington Office on Latin America", "International Crisis Group",
	"Center for Strategic and International Studies", "Wilson Center", "Inter-American Dialogue", "Atlantic Council",
	"Council on Foreign Relations", "Brookings Institution", "RAND Corporation", "Global Initiative Against Transnational Organized Crime",
	"United Nations Office on Drugs and Crime", "México Evalúa", "Causa en Común", "Transparency International"}

var rightsBodies = []string{"Human Rights Watch", "Amnesty International", "Inter-American Commission on Human Rights"}

// outletNames are invented wire services; datelines name one as
// "QUITO (Hemisphere Wire) —".
var outletNames = []string{"Hemisphere Wire", "LatAm Wire", "Americas Press Service", "Southern Cone Wire", "Caribbean News Wire"}

// usCourtCities hold the federal courts that try extradited traffickers.
var usCourtCities = []string{"New York", "Chicago", "Houston", "Miami", "San Diego", "El Paso", "Phoenix", "Laredo"}

// newWorld reads the gazetteer and builds the recurring cast.
func newWorld(gaz fs.FS, seed int64) (*world, error) {
	w := &world{seed: seed, byName: map[string]*country{}, orgs: map[string]*entity{}, offices: map[string]*office{},
		real: map[string][]realHolder{}, usCourts: usCourtCities}
	demonyms := map[string]string{}
	if err := eachRow(gaz, "countries.tsv", func(c []string) error {
		name := c[0]
		dem := firstOf(col(c, 2))
		gov := &entity{Name: name, Type: schema.Government}
		switch name {
		case "United States", "Dominican Republic", "Bahamas", "Netherlands", "Philippines":
			gov.The = true
		}
		k := &country{gov: gov, Name: name, Demonym: dem, agencies: map[string]*entity{}}
		gov.Country = k
		w.byName[name] = k
		demonyms[name] = dem
		return nil
	}); err != nil {
		return nil, err
	}
	w.us = w.byName["United States"]
	if w.us == nil {
		return nil, fmt.Errorf("corpus: countries.tsv has no United States")
	}
	w.us.gov.Short = "Washington"
	w.us.Capital, w.us.Dateline = "Washington", "WASHINGTON"
	w.us.Places = usPlaces
	w.us.Naming = english
	w.us.Security = "secretary of homeland security"
	for _, f := range focusCountries {
		k := w.byName[f.name]
		if k == nil {
			return nil, fmt.Errorf("corpus: countries.tsv has no %s", f.name)
		}
		k.Capital, k.Dateline = f.capital, strings.ToUpper(f.capital)
		k.Security, k.Naming, k.Places = f.security, f.naming, f.places
		w.focus = append(w.focus, k)
	}
	// Zipf popularity: the r-th country weighs 1/r.
	total := 0.0
	for i, k := range w.focus {
		k.Weight = 1 / float64(i+1)
		total += k.Weight
		w.focusCum = append(w.focusCum, total)
	}

	// organisations
	type orgRow struct {
		e    *entity
		kind string
	}
	var agencies []orgRow
	if err := eachRow(gaz, "organizations.tsv", func(c []string) error {
		t, err := schema.ParseEntityType(col(c, 1))
		if err != nil {
			return err
		}
		e := &entity{Name: c[0], Type: t, Short: acronym(col(c, 2))}
		e.The = takesThe(e.Name)
		if k := w.byName[strings.TrimSpace(col(c, 3))]; k != nil {
			e.Country = k
		}
		if _, dup := w.orgs[e.Name]; dup {
			return nil
		}
		w.orgs[e.Name] = e
		if t == schema.Agency && e.Country != nil {
			agencies = append(agencies, orgRow{e, col(c, 4)})
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, a := range agencies {
		kind := map[string]string{"police": "police", "army": "army", "navy": "navy", "attorneygeneral": "prosecutor",
			"securityministry": "security", "foreignministry": "foreign", "drugagency": "drugs", "nationalguard": "guard"}[a.kind]
		if kind != "" && a.e.Country.agencies[kind] == nil {
			a.e.Country.agencies[kind] = a.e
		}
	}
	// generic agencies for the kinds the gazetteer does not list
	for _, k := range append([]*country{w.us}, w.focus...) {
		if k.agencies["police"] == nil && k.agencies["guard"] != nil {
			k.agencies["police"] = k.agencies["guard"] // Mexico's National Guard
		}
		for _, kind := range []string{"police", "army", "navy", "prosecutor", "security", "foreign"} {
			if k.agencies[kind] != nil || k.Demonym == "" || k == w.us {
				continue
			}
			name := map[string]string{"police": "National Police", "army": "army", "navy": "navy",
				"prosecutor": "attorney general's office", "security": "security ministry", "foreign": "foreign ministry"}[kind]
			k.agencies[kind] = &entity{Name: k.Demonym + " " + name, Type: schema.Agency, The: true, Country: k}
		}
	}
	for _, cl := range cartelLands {
		e := w.orgs[cl.name]
		if e == nil || e.Type != schema.Cartel {
			return nil, fmt.Errorf("corpus: organizations.tsv has no cartel %s", cl.name)
		}
		e.Country = w.byName[cl.lands[0]]
		w.cartels = append(w.cartels, e)
		for _, l := range cl.lands {
			if k := w.byName[l]; k != nil {
				k.Cartels = append(k.Cartels, e)
			}
		}
	}
	for _, n := range []string{"Sinaloa Cartel", "Jalisco New Generation Cartel", "Tren de Aragua", "MS-13", "Primeiro Comando da Capital", "Clan del Golfo"} {
		w.transnational = append(w.transnational, w.orgs[n])
	}
	for _, k := range w.byName {
		// a country's own groups first, then the foreign ones
		sort.SliceStable(k.Cartels, func(i, j int) bool { return k.Cartels[i].Country == k && k.Cartels[j].Country != k })
	}
	for _, n := range researchBodies {
		if e := w.orgs[n]; e != nil {
			w.research = append(w.research, e)
		}
	}
	for _, n := range rightsBodies {
		if e := w.orgs[n]; e != nil {
			w.rights = append(w.rights, e)
		}
	}
	for _, n := range []string{"Senate Foreign Relations Committee", "House Foreign Affairs Committee"} {
		if e := w.orgs[n]; e != nil {
			w.committee = append(w.committee, e)
		}
	}
	for _, n := range outletNames {
		w.outlets = append(w.outlets, &entity{Name: n, Type: schema.Organization})
	}

	// agreements
	if err := eachRow(gaz, "agreements.tsv", func(c []string) error {
		e := &entity{Name: c[0], Type: schema.Agreement, The: !strings.HasPrefix(c[0], "Plan "), Short: acronym(col(c, 1))}
		for _, p := range list(col(c, 2)) {
			if k := w.byName[p]; k != nil {
				e.Parties = append(e.Parties, k)
			}
		}
		if securityDeals[e.Name] {
			w.agrs = append(w.agrs, e)
		}
		return nil
	}); err != nil {
		return nil, err
	}

	// given names and the words a surname must not be
	avoid := map[string]bool{}
	if err := eachRow(gaz, "given-names.tsv", func(c []string) error {
		g := 0
		switch col(c, 0) {
		case "m":
		case "f":
			g = 1
		default:
			return nil
		}
		for _, n := range strings.Fields(col(c, 1)) {
			avoid[fold(n)] = true
			for _, nm := range givenNaming(n) {
				w.given[nm][g] = append(w.given[nm][g], n)
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, file := range []string{"countries.tsv", "organizations.tsv", "ignore.tsv", "agreements.tsv"} {
		if err := eachRow(gaz, file, func(c []string) error {
			for _, cell := range c {
				for _, f := range strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || unicode.IsSpace(r) }) {
					avoid[fold(f)] = true
				}
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}

	// office holders of people.tsv
	people := map[string]*entity{}
	if err := eachRow(gaz, "people.tsv", func(c []string) error {
		for _, cell := range []string{c[0], col(c, 1)} {
			for _, f := range strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || unicode.IsSpace(r) }) {
				avoid[fold(f)] = true
			}
		}
		k := w.byName[col(c, 2)]
		if k == nil {
			return nil
		}
		p := people[c[0]] // one entity for a person listed in several offices
		if p == nil {
			p = &entity{Name: c[0], Type: schema.Person, Country: k, Short: surnameAlias(c[0], list(col(c, 1)))}
			people[c[0]] = p
		}
		from, to, err := terms(col(c, 5))
		if err != nil {
			return fmt.Errorf("people.tsv %s: %w", c[0], err)
		}
		title := col(c, 3)
		key := k.Name + "|" + title
		w.real[key] = append(w.real[key], realHolder{p: p, from: from, to: to})
		return nil
	}); err != nil {
		return nil, err
	}
	female := map[string]bool{}
	for _, nm := range w.given {
		for _, n := range nm[1] {
			female[n] = true
		}
	}
	for _, nm := range w.given {
		for _, n := range nm[0] {
			delete(female, n)
		}
	}
	for _, p := range people {
		p.Female = female[strings.Fields(p.Name)[0]]
	}
	for n, pool := range [][]string{hispanicSurnames, englishSurnames, portugueseSurnames, frenchSurnames} {
		for _, s := range pool {
			if !avoid[fold(s)] {
				w.surnames[n] = append(w.surnames[n], s)
			}
		}
		if len(w.surnames[n]) < 20 {
			return nil, fmt.Errorf("corpus: only %d usable surnames in pool %d", len(w.surnames[n]), n)
		}
	}
	for nm := range w.given {
		if len(w.given[nm][0]) < 20 || len(w.given[nm][1]) < 20 {
			return nil, fmt.Errorf("corpus: given-names.tsv has too few names for naming %d", nm)
		}
	}
	for _, n := range requiredOrgs {
		if w.orgs[n] == nil {
			return nil, fmt.Errorf("corpus: organizations.tsv has no %s", n)
		}
	}
	if len(w.research) == 0 || len(w.rights) == 0 || len(w.committee) == 0 {
		return nil, fmt.Errorf("corpus: organizations.tsv lacks research bodies, rights groups or committees")
	}
	w.addOffices()
	return w, nil
}

// securityDeals are the gazetteer's agreements that stories expand or
// fund: security initiatives of the United States and the region.
var securityDeals = map[string]bool{"Mérida Initiative": true, "Bicentennial Framework for Security, Public Health, and Safe Communities": true,
	"Plan Colombia": true, "Caribbean Basin Security Initiative": true, "Central America Regional Security Initiative": true,
	"Alliance for Prosperity": true}

// requiredOrgs are the organisations stories name directly.
var requiredOrgs = []string{"Drug Enforcement Administration", "Federal Bureau of Investigation", "Department of State",
	"Department of Justice", "Department of the Treasury", "Office of Foreign Assets Control", "U.S. Southern Command",
	"Bureau of Alcohol, Tobacco, Firearms and Explosives"}

// addOffices declares the posts whose holders stories quote.
func (w *world) addOffices() {
	add := func(key, title, capTitle string, org *entity, nm naming, realKey string) {
		o := &office{key: key, title: title, cap: capTitle, org: org, naming: nm, real: w.real[realKey]}
		h := fnv.New32a()
		h.Write([]byte(key))
		o.term = 500 + int(h.Sum32()%900)
		w.offices[key] = o
	}
	us := w.us.gov
	add("US|president", "president", "President", us, english, "United States|President")
	add("US|state", "secretary of state", "Secretary of State", us, english, "United States|Secretary of State")
	add("US|defense", "secretary of defense", "Secretary of Defense", us, english, "United States|Secretary of Defense")
	add("US|homeland", "secretary of homeland security", "Homeland Security Secretary", us, english, "United States|Secretary of Homeland Security")
	add("US|treasury", "treasury secretary", "Treasury Secretary", us, english, "United States|Secretary of the Treasury")
	add("US|ag", "attorney general", "Attorney General", us, english, "United States|Attorney General")
	if dea := w.orgs["Drug Enforcement Administration"]; dea != nil {
		add("US|dea", "administrator", "Administrator", dea, english, "United States|DEA Administrator")
		add("US|dea-spokes", "spokesperson", "", dea, english, "")
	}
	if fbi := w.orgs["Federal Bureau of Investigation"]; fbi != nil {
		add("US|fbi", "director", "Director", fbi, english, "United States|FBI Director")
	}
	add("US|U.S. Southern Command", "commander", "", w.orgs["U.S. Southern Command"], english, "")
	for _, n := range []string{"Department of State", "Department of the Treasury", "Office of Foreign Assets Control"} {
		if e := w.orgs[n]; e != nil {
			add("US|spokes|"+n, "spokesperson", "", e, english, "")
		}
	}
	for _, k := range w.focus {
		kn := k.Name
		add(kn+"|head", "president", "President", k.gov, k.Naming, kn+"|President")
		if pm := w.real[kn+"|Prime Minister"]; len(pm) > 0 {
			if o := w.offices[kn+"|head"]; len(o.real) == 0 {
				o.title, o.cap, o.real = "prime minister", "Prime Minister", pm
			} else {
				add(kn+"|pm", "prime minister", "Prime Minister", k.gov, k.Naming, kn+"|Prime Minister")
			}
		}
		sec := k.Security
		realSec := ""
		if kn == "Mexico" {
			realSec = "Mexico|Security Secretary"
		}
		add(kn+"|security", sec, titleCase(sec), k.gov, k.Naming, realSec)
		defense, realDef := "defense minister", ""
		switch kn {
		case "Mexico":
			defense, realDef = "defense secretary", "Mexico|Secretary of National Defense"
		case "Colombia":
			realDef = "Colombia|Defence Minister"
		}
		add(kn+"|defense", defense, titleCase(defense), k.gov, k.Naming, realDef)
		foreign, realFor := "foreign minister", ""
		switch kn {
		case "Mexico":
			foreign, realFor = "foreign secretary", "Mexico|Foreign Secretary"
		case "Colombia":
			realFor = "Colombia|Foreign Minister"
		}
		add(kn+"|foreign", foreign, titleCase(foreign), k.gov, k.Naming, realFor)
		realAG := ""
		if kn == "Mexico" {
			realAG = "Mexico|Attorney General"
		}
		add(kn+"|ag", "attorney general", "Attorney General", k.gov, k.Naming, realAG)
		if p := k.agencies["police"]; p != nil {
			add(kn+"|police", "director", "", p, k.Naming, "")
			add(kn+"|police-spokes", "spokesperson", "", p, k.Naming, "")
		}
		if p := k.agencies["prosecutor"]; p != nil {
			add(kn+"|prosecutor", "prosecutor", "", p, k.Naming, "")
		}
		add(kn+"|ambassador", "ambassador to "+kn, "", us, english, "")
	}
	for _, e := range w.research {
		for i := range 3 {
			nm := english
			if e.Name == "México Evalúa" || e.Name == "Causa en Común" || i == 1 {
				nm = hispanic
			}
			title := [...]string{"analyst", "researcher", "senior fellow"}[i]
			add("R|"+e.Name+"|"+strconv.Itoa(i), title, "", e, nm, "")
		}
	}
	for _, e := range w.rights {
		for i, nm := range []naming{hispanic, english, hispanic} {
			add("H|"+e.Name+"|"+strconv.Itoa(i), pick2(i, "researcher", "director for the Americas"), "", e, nm, "")
		}
	}
	for _, k := range w.byName {
		for _, c := range k.Cartels {
			if c.Country != k {
				continue
			}
			add("C|"+c.Name, "leader", "", c, k.Naming, "")
		}
	}
}

func pick2(i int, a, b string) string {
	if i == 1 {
		return b
	}
	return a
}

// holder returns who holds o on day t: the people.tsv holder whose term
// covers t's year (the latest to take office), else an invented person who
// keeps the post for o.term days.
func (w *world) holder(o *office, t time.Time) *entity {
	y := t.Year()
	var best *realHolder
	bestFrom := 0
	for i := range o.real {
		h := &o.real[i]
		for j := range h.from {
			if h.from[j] <= y && (h.to[j] == 0 || h.to[j] >= y) && h.from[j] >= bestFrom {
				best, bestFrom = h, h.from[j]
			}
		}
	}
	if best != nil {
		return best.p
	}
	days := int(t.Sub(epoch).Hours() / 24)
	term := days / o.term
	r := rand.New(rand.NewPCG(mix(uint64(w.seed), hashString(o.key)), uint64(term)))
	p := w.person(r, o.naming, nil, nil)
	p.Country = nil
	return p
}

// epoch is day 0 of the terms of invented office holders.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// person invents a person named in the manner nm; used holds the surnames
// and given names the article has already used, and is updated.
func (w *world) person(r *rand.Rand, nm naming, used map[string]bool, k *country) *entity {
	for try := 0; ; try++ {
		female := r.IntN(2) == 1
		g := 0
		if female {
			g = 1
		}
		names := w.given[nm][g]
		given := names[r.IntN(len(names))]
		pool := w.surnames[nm]
		sur := pool[r.IntN(len(pool))]
		name := given + " " + sur
		if nm == hispanic && r.IntN(5) < 3 {
			second := pool[r.IntN(len(pool))]
			if second != sur {
				name += " " + second
			}
		}
		if used != nil && (used[sur] || used[given]) && try < 20 {
			continue
		}
		if used != nil {
			used[sur], used[given] = true, true
		}
		return &entity{Name: name, Type: schema.Person, Short: sur, Female: female, Country: k}
	}
}

// pickFocus draws the country an article is about.
func (w *world) pickFocus(r *rand.Rand) *country {
	x := r.Float64() * w.focusCum[len(w.focusCum)-1]
	i := sort.SearchFloat64s(w.focusCum, x)
	if i >= len(w.focus) {
		i = len(w.focus) - 1
	}
	return w.focus[i]
}

// zipf picks one of n items, the i-th with weight 1/(i+1)^s.
func zipf(r *rand.Rand, n int, s float64) int {
	if n <= 1 {
		return 0
	}
	total := 0.0
	for i := range n {
		total += 1 / math.Pow(float64(i+1), s)
	}
	x := r.Float64() * total
	for i := range n {
		x -= 1 / math.Pow(float64(i+1), s)
		if x <= 0 {
			return i
		}
	}
	return n - 1
}

func eachRow(gaz fs.FS, name string, f func([]string) error) error {
	file, err := gaz.Open(name)
	if err != nil {
		return fmt.Errorf("corpus: gazetteer: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if err := f(strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("corpus: gazetteer %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("corpus: gazetteer %s: %w", name, err)
	}
	return nil
}

func col(c []string, i int) string {
	if i < len(c) {
		return strings.TrimSpace(c[i])
	}
	return ""
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func firstOf(s string) string {
	l := list(s)
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

// acronym returns the first all-capital alias (DEA, CJNG, MS-13).
func acronym(aliases string) string {
	for _, a := range list(aliases) {
		if len(a) < 2 || len(a) > 7 || strings.ContainsAny(a, " .") {
			continue
		}
		upper := true
		for _, r := range a {
			if unicode.IsLower(r) {
				upper = false
			}
		}
		if upper {
			return a
		}
	}
	return ""
}

// takesThe reports whether an organisation's name takes "the" in running
// text.
func takesThe(name string) bool {
	for _, p := range []string{"Los ", "La ", "El ", "The ", "Las ", "’", "'"} {
		if strings.HasPrefix(name, p) {
			return false
		}
	}
	switch name {
	case "InSight Crime", "Human Rights Watch", "Amnesty International", "Interpol", "Europol", "Eurojust", "Mercosur",
		"MS-13", "Barrio 18", "Tren de Aragua", "Viv Ansanm", "G9 an Fanmi e Alye", "400 Mawozo", "Gran Grif", "5 Segonn",
		"Kraze Baryè", "Primeiro Comando da Capital", "Comando Vermelho", "Terceiro Comando Puro", "Família do Norte",
		"Clan del Golfo", "Segunda Marquetalia", "Estado Mayor Central", "Guerreros Unidos", "Cárteles Unidos",
		"Transparency International", "México Evalúa", "Causa en Común", "Hezbollah", "Shining Path", "Chone Killers",
		"Carabineros de Chile", "Guardia Civil", "Reuters", "Bloomberg", "Politico", "Axios", "Infobae", "Univision", "Telemundo",
		"RAND Corporation":
		return false
	}
	return true
}

// surnameAlias is the one-word or two-word alias that ends a real person's
// name (Sheinbaum, García Harfuch), or "" when there is none.
func surnameAlias(name string, aliases []string) string {
	for _, a := range aliases {
		if a != name && strings.HasSuffix(name, " "+a) && strings.Count(a, " ") <= 1 {
			return a
		}
	}
	return ""
}

// terms parses "2017-2021;2025-" into start and end years (0: open).
func terms(s string) (from, to []int, err error) {
	for _, t := range list(s) {
		a, b, _ := strings.Cut(t, "-")
		f, err := strconv.Atoi(a)
		if err != nil {
			return nil, nil, fmt.Errorf("years %q: %w", s, err)
		}
		e := f
		if strings.Contains(t, "-") {
			e = 0
			if b != "" {
				if e, err = strconv.Atoi(b); err != nil {
					return nil, nil, fmt.Errorf("years %q: %w", s, err)
				}
			}
		}
		from, to = append(from, f), append(to, e)
	}
	return from, to, nil
}

func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		if x == "of" || x == "and" {
			continue
		}
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

// Given names written the Portuguese or the French way; other names with
// diacritics are Spanish, and names in plain ASCII serve every naming.
var (
	portugueseGiven = map[string]bool{"Letícia": true, "Débora": true, "Cláudia": true, "Márcia": true, "Rosângela": true, "Luísa": true,
		"Sérgio": true, "Rogério": true, "Márcio": true, "Fábio": true, "Flávio": true, "Vinícius": true, "João": true, "Antônio": true, "Sebastião": true}
	frenchGiven = map[string]bool{"Josée": true, "Mélanie": true, "Véronique": true, "Émilie": true, "Élise": true, "Geneviève": true, "Hélène": true,
		"Céline": true, "Valérie": true, "Noémie": true, "François": true, "Étienne": true, "Benoît": true, "Sébastien": true, "Stéphane": true,
		"Frédéric": true, "Jérôme": true, "Rémi": true, "Gaëtan": true}
)

// givenNaming lists the namings a given name suits.
func givenNaming(n string) []naming {
	switch {
	case isASCII(n):
		return []naming{hispanic, english, portuguese, french}
	case portugueseGiven[n]:
		return []naming{portuguese}
	case frenchGiven[n]:
		return []naming{french}
	}
	return []naming{hispanic}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// fold lower-cases s and strips the common Latin diacritics.
func fold(s string) string {
	return schema.Fold(s)
}

func hashString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// mix is SplitMix64's finaliser over a and b: distinct inputs give
// well-spread PCG seeds.
func mix(a, b uint64) uint64 {
	z := a*0x9E3779B97F4A7C15 + b + 0x632BE59BD9B4E019
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}
