package extract

import "github.com/newsgraph/newsgraph/schema"

// groupOffshootNouns call a name a criminal group only with the group it
// belongs to after "of": "an offshoot of Tren de Aragua".
var groupOffshootNouns = set("affiliate", "offshoot", "cell", "clique", "splinter", "wing")

// groupNounClosers may follow the head of an appositive that calls a name
// a group: the head ends its noun phrase ("a street gang that …", "a gang
// based in …"), so "a gang member" or "a cartel stronghold" is no group.
var groupNounClosers = set(",", ".", ";", ":", ")", "-", "—", "–", "of", "that", "which", "whose", "based", "known",
	"operating", "active", "linked", "tied", "in", "with", "from", "responsible")

// appositiveGroupCands finds a capitalised name the text calls a criminal
// group in an apposition right after it, set off by a comma or a dash:
// "Piedra Negra, a violent street gang", "Los Halcones, a Peru-based
// affiliate of Tren de Aragua", "the Costa Brava--an offshoot of MS-13--".
// A known name, a place, a person's name or a title is not taken.
func (d *doc) appositiveGroupCands(out []*mention) []*mention {
	for c := 1; c+2 < len(d.toks); c++ {
		key := d.toks[c].key
		if key != "," && key != "—" && key != "–" && key != "-" || d.titlecase[d.toks[c].para] {
			continue
		}
		k := c + 1
		if key == "-" && d.toks[k].key == "-" {
			k++ // "--"
		}
		if k >= len(d.toks) || d.toks[k].key != "a" && d.toks[k].key != "an" || d.toks[k].sent != d.toks[c].sent {
			continue
		}
		if !d.callsGroup(k + 1) {
			continue
		}
		e := c
		if key == "-" && !d.toks[c].space {
			continue // a hyphen inside a word, or a dash written without spaces ("X--an offshoot"), which joins words
		}
		s := e
		for s > 0 && s > e-6 && !d.toks[s].brk && d.toks[s-1].sent == d.toks[c].sent {
			p := s - 1
			if d.capWord(p) || d.hyphenInName(p) || particles[d.toks[p].key] && !d.toks[p].cap && p > 0 && d.capWord(p-1) && s < e {
				s = p
				continue
			}
			break
		}
		if s == e || !d.capWord(s) || d.gazCover[s] || !d.nameWords(s, e) || d.g.given[d.toks[s].key] != 0 {
			continue
		}
		if _, n := d.g.lookup(d.toks, s); n > 0 {
			continue // a place or a known name
		}
		out = append(out, &mention{s: s, e: e, typ: schema.Cartel, name: d.surface(s, e), prio: 1})
	}
	return out
}

// crimeOnlyNouns name nothing but a criminal group; any other group noun
// ("group", "organization", "network") needs a modifier that makes it one
// (crimeGroupMods): "a human rights group" is not.
var crimeOnlyNouns = set("gang", "gangs", "cartel", "cartels", "militia", "mafia", "syndicate")

// crimeGroupMods make a group noun a criminal group's.
var crimeGroupMods = set("criminal", "crime", "street", "drug", "trafficking", "armed", "gang", "violent", "terrorist",
	"paramilitary", "guerrilla", "dissident", "smuggling", "extortion", "prison", "narco", "narcotrafficking", "kidnapping")

// callsGroup reports whether the words from token k, after "a"/"an", are
// up to four lower-case modifiers and a noun for a criminal group that
// ends its noun phrase: "violent street gang,", "Chilean-based affiliate
// of".
func (d *doc) callsGroup(k int) bool {
	crimeMod := false
	for n := 0; k < len(d.toks) && n < 8; k, n = k+1, n+1 {
		t := d.toks[k]
		if t.key == "-" && !t.space {
			continue // "Chilean-based"
		}
		if t.kind != tWord || t.sent != d.toks[k-1].sent {
			return false
		}
		next := ""
		if k+1 < len(d.toks) {
			next = d.toks[k+1].key
		}
		if !t.cap && crimeGroupNouns[t.key] && groupNounClosers[next] && (next != "-" || d.toks[k+1].space) {
			return crimeOnlyNouns[t.key] || crimeMod
		}
		crimeMod = crimeMod || crimeGroupMods[t.key]
		if !t.cap && groupOffshootNouns[t.key] && next == "of" {
			return true
		}
		joined := next == "-" && k+1 < len(d.toks) && !d.toks[k+1].space // "Peru-based"
		if t.cap && (k == 0 || d.toks[k-1].key != "-") && !d.demonymAt(k) && !joined {
			return false
		}
	}
	return false
}
