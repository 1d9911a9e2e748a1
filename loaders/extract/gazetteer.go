package extract

import (
	"bufio"
	"fmt"
	"io/fs"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// entryKind says what a gazetteer phrase stands for.
type entryKind uint8

const (
	kEntity        entryKind = iota // a named entity of the extraction format
	kDemonym                        // a country's adjective or plural ("Mexican")
	kMetonym                        // a capital or seat standing for a government
	kIgnore                         // a region, month or place: not an entity
	kRegionDemonym                  // "Central American": consumes tokens, no entity
)

// gazEntry is one referent of the gazetteer.
type gazEntry struct {
	name     string            // canonical name
	typ      schema.EntityType // for kEntity
	country  string            // government the entry belongs to or stands for
	orgKind  string            // generic kind (navy, foreignministry, ...)
	wikidata string
	parties  []string // agreements
	adj      string   // countries: adjective used to name their agencies
}

// phrase is one way an entry is written.
type phrase struct {
	entry *gazEntry
	kind  entryKind
	cases []caseReq // one per token
}

type caseReq uint8

const (
	caseAny   caseReq = iota // lower-case in the gazetteer: any case
	caseInit                 // capitalised: the text's token must start upper-case
	caseUpper                // acronym: the text's token must be all upper-case
)

type trieNode struct {
	next    map[string]*trieNode
	phrases []*phrase
}

func (n *trieNode) child(k string) *trieNode {
	if n.next == nil {
		n.next = map[string]*trieNode{}
	}
	c := n.next[k]
	if c == nil {
		c = &trieNode{}
		n.next[k] = c
	}
	return c
}

// gazetteer is the loaded general knowledge.
type gazetteer struct {
	root      trieNode
	countries map[string]*gazEntry // canonical country name -> entry
	byKind    map[string]*gazEntry // country + "|" + orgKind -> agency
	given     map[string]byte      // folded given name -> 'f', 'm' or 'u'
	people    map[string]*person   // folded full name or alias -> person
	bearers   map[string][]*person // folded one-word alias -> every listed person who bears it
	offices   map[string]bool      // folded usual title of a listed office holder ("secretary of state")
	agreement map[string]*gazEntry // folded canonical agreement name -> entry
	members   map[string][]string  // canonical bloc name -> its member states
}

type person struct {
	name, country, title, wikidata string
}

func loadGazetteer(fsys fs.FS) (*gazetteer, error) {
	g := &gazetteer{
		countries: map[string]*gazEntry{},
		byKind:    map[string]*gazEntry{},
		given:     map[string]byte{},
		people:    map[string]*person{},
		bearers:   map[string][]*person{},
		offices:   map[string]bool{},
		agreement: map[string]*gazEntry{},
		members:   map[string][]string{},
	}
	files := []struct {
		name string
		load func(cols []string) error
	}{
		{"countries.tsv", g.addCountry},
		{"organizations.tsv", g.addOrg},
		{"agreements.tsv", g.addAgreement},
		{"people.tsv", g.addPerson},
		{"given-names.tsv", g.addGiven},
		{"ignore.tsv", g.addIgnore},
	}
	for _, f := range files {
		if err := readTSV(fsys, f.name, f.load); err != nil {
			return nil, err
		}
	}
	return g, nil
}

func readTSV(fsys fs.FS, name string, load func([]string) error) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("gazetteer %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := load(cols); err != nil {
			return fmt.Errorf("gazetteer %s:%d: %w", name, line, err)
		}
	}
	return sc.Err()
}

func col(cols []string, i int) string {
	if i < len(cols) {
		return cols[i]
	}
	return ""
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// add puts one written form of an entry into the trie.
func (g *gazetteer) add(text string, e *gazEntry, k entryKind) *phrase {
	toks := tokenize(normalize(text).n, nil)
	if len(toks) == 0 {
		return nil
	}
	n := &g.root
	p := &phrase{entry: e, kind: k}
	for _, t := range toks {
		n = n.child(t.key)
		req := caseAny
		switch {
		case t.upper && t.letters >= 2:
			req = caseUpper
		case t.cap:
			req = caseInit
		}
		p.cases = append(p.cases, req)
	}
	n.phrases = append(n.phrases, p)
	return p
}

func (g *gazetteer) addCountry(c []string) error {
	name := col(c, 0)
	if name == "" {
		return fmt.Errorf("country without a name")
	}
	e := &gazEntry{name: name, typ: schema.Government, country: name, wikidata: col(c, 5)}
	adjs := list(col(c, 2))
	e.adj = name
	if len(adjs) > 0 {
		e.adj = adjs[0]
	}
	if name == "United States" {
		e.adj = "U.S."
	}
	g.countries[name] = e
	g.add(name, e, kEntity)
	for _, a := range list(col(c, 1)) {
		g.add(a, e, kEntity)
	}
	for _, a := range adjs {
		g.add(a, e, kDemonym)
	}
	for _, a := range list(col(c, 3)) {
		g.add(a, e, kDemonym)
	}
	for _, a := range list(col(c, 4)) {
		g.add(a, e, kMetonym)
	}
	return nil
}

func (g *gazetteer) addOrg(c []string) error {
	t, err := schema.ParseEntityType(col(c, 1))
	if err != nil {
		return err
	}
	e := &gazEntry{name: col(c, 0), typ: t, country: col(c, 3), orgKind: col(c, 4), wikidata: col(c, 5)}
	g.add(e.name, e, kEntity)
	for _, a := range list(col(c, 2)) {
		g.add(a, e, kEntity)
	}
	if v := ofForVariant(e.name); v != "" && t == schema.Agency {
		g.add(v, e, kEntity)
	}
	if e.orgKind != "" && e.country != "" {
		g.byKind[e.country+"|"+e.orgKind] = e
	}
	if m := list(col(c, 6)); len(m) > 0 {
		g.members[e.name] = m // a bloc of states
	}
	return nil
}

func (g *gazetteer) addAgreement(c []string) error {
	e := &gazEntry{name: col(c, 0), typ: schema.Agreement, parties: list(col(c, 2)), wikidata: col(c, 3)}
	looseHead(e.name, g.add(e.name, e, kEntity))
	for _, a := range list(col(c, 1)) {
		looseHead(a, g.add(a, e, kEntity))
	}
	g.agreement[fold(e.name)] = e
	return nil
}

// looseHead lets a known agreement's generic head be written in lower
// case after its capitalised words, as copy often writes it: "the Mérida
// initiative", "the Peru Trade Promotion agreement".
func looseHead(text string, p *phrase) {
	if p == nil || len(p.cases) < 2 || p.cases[len(p.cases)-2] == caseAny {
		return
	}
	toks := tokenize(normalize(text).n, nil)
	if w := toks[len(toks)-1].key; agreementHeads[w] || agreementHeads[strings.TrimSuffix(w, "s")] {
		p.cases[len(p.cases)-1] = caseAny
	}
}

func (g *gazetteer) addPerson(c []string) error {
	p := &person{name: col(c, 0), country: col(c, 2), title: col(c, 3), wikidata: col(c, 4)}
	g.people[fold(p.name)] = p
	if p.title != "" {
		g.offices[fold(p.title)] = true
	}
	for _, a := range list(col(c, 1)) {
		f := fold(a)
		if strings.Contains(a, " ") || strings.Contains(a, "-") {
			g.people[f] = p
			continue
		}
		g.bearers[f] = append(g.bearers[f], p)
		if old, ok := g.people["|"+f]; !ok {
			g.people["|"+f] = p // surname: used only with a title
		} else if old.name != p.name {
			// a surname two people share names no one; it still gives
			// their country when they share one
			amb := &person{}
			if old.country == p.country {
				amb.country = p.country
			}
			g.people["|"+f] = amb
		}
	}
	return nil
}

func (g *gazetteer) addGiven(c []string) error {
	gender := col(c, 0)
	if gender == "" {
		return fmt.Errorf("given names without a gender")
	}
	for _, n := range strings.Fields(col(c, 1)) {
		k := fold(n)
		if old, ok := g.given[k]; ok && old != gender[0] {
			g.given[k] = 'u'
			continue
		}
		g.given[k] = gender[0]
	}
	return nil
}

func (g *gazetteer) addIgnore(c []string) error {
	k := kIgnore
	if col(c, 1) == "demonym" {
		k = kRegionDemonym
	}
	g.add(col(c, 0), &gazEntry{name: col(c, 0)}, k)
	return nil
}

// lookup returns the longest phrase starting at toks[i] whose case
// requirements the text meets, and its length in tokens.
func (g *gazetteer) lookup(toks []token, i int) (best []*phrase, n int) {
	node := &g.root
	var skipped []token // the tokens matched, when a "drug" was skipped
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].brk {
			break
		}
		if j > i && toks[j].key == "drug" && node.next["drug"] == nil && j+1 < len(toks) && !toks[j+1].brk &&
			drugHeads[toks[j+1].key] && node.next[toks[j+1].key] != nil {
			// "the Cali drug cartel": a known "Cali Cartel" with "drug" before its head
			skipped = append(append([]token(nil), toks[i:j]...), toks[j+1])
			j++
		} else if skipped != nil {
			skipped = append(skipped, toks[j])
		}
		node = node.next[toks[j].key]
		if node == nil {
			break
		}
		matched := toks[i : j+1]
		if skipped != nil {
			matched = skipped
		}
		var ok []*phrase
		for _, p := range node.phrases {
			if casesMatch(p.cases, matched) {
				ok = append(ok, p)
			}
		}
		if len(ok) > 0 {
			best, n = ok, j-i+1
		}
	}
	return best, n
}

// drugHeads end a known cartel's name and may follow "drug" in copy.
var drugHeads = set("cartel", "cartels")

func casesMatch(req []caseReq, toks []token) bool {
	for k, r := range req {
		switch r {
		case caseUpper:
			if !toks[k].upper {
				return false
			}
		case caseInit:
			if !toks[k].cap {
				return false
			}
		}
	}
	return true
}
