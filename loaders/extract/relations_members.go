// Membership an apposition states after other descriptions: "X, a
// Venezuelan national and confirmed Tren de Aragua gang member".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// groupMemberNouns name a member of a group after its name ("a Tren de
// Aragua gang member"); groupHeadNouns its head ("an MS-13 gang leader");
// groupKindNouns may come between the name and the noun ("gang", "cartel").
var (
	groupMemberNouns = set("member", "operative", "associate", "hitman", "lieutenant", "affiliate")
	groupHeadNouns   = set("leader", "boss", "chief", "kingpin", "founder", "co-founder", "commander", "ringleader")
	groupKindNouns   = set("gang", "cartel", "clique", "organization", "organisation", "group", "network")
)

// memberAppositions reads a person's apposition that names a group and
// then the person's place in it, after other descriptions joined by "and"
// ("X, a Salvadoran national and confirmed MS-13 gang member": memberOf;
// "…and MS-13 gang leader": leads). The apposition runs to the group's
// name without a comma, a clause or another name between (a demonym may
// come: "a Venezuelan national").
func (d *doc) memberAppositions(add func(*entity, string, *entity, int)) {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "," || d.inQuote[i] {
			continue
		}
		s := d.mentionAt(i - 1)
		if s == nil || s.ent == nil || s.ent.typ != schema.Person {
			continue
		}
		if k := d.toks[i+1].key; k != "a" && k != "an" {
			continue
		}
		sent := d.toks[i].sent
		for k := i + 2; k < len(d.toks) && k < i+10 && d.toks[k].sent == sent; k++ {
			key := d.toks[k].key
			if key == "-" && !d.toks[k].space {
				continue // "self-admitted"
			}
			if d.toks[k].kind != tWord || key == "former" || key == "who" || key == "which" || key == "of" || key == "in" {
				break
			}
			m := d.mentionAt(k)
			if m == nil {
				continue
			}
			if m.ent == nil || m.ent.typ != schema.Cartel {
				if (m.ent == nil && m.country != "" || m.ent != nil && m.ent.typ == schema.Government) && m.e > k {
					k = m.e - 1 // a demonym: "a Venezuelan national"
					continue
				}
				break
			}
			e := m.e
			if e < len(d.toks) && groupKindNouns[d.toks[e].key] {
				e++
			}
			if e < len(d.toks) {
				switch {
				case d.tiedCompound(m.e):
					add(s.ent, "memberOf", m.ent, k) // "a Y Cartel-affiliated trafficker"
				case groupMemberNouns[d.toks[e].key]:
					add(s.ent, "memberOf", m.ent, k)
				case groupHeadNouns[d.toks[e].key]:
					add(s.ent, "leads", m.ent, k)
				}
			}
			break
		}
	}
}

// plainAdjective reports whether token k is a lower-case word that may
// describe a group before its name ("the brutal MS-13 gang"): not a name,
// a cue, a coordinator or a clause opener.
func (d *doc) plainAdjective(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && !t.cap && d.mentionAt(k) == nil && relCues[t.key] == nil && !relConj[t.key] &&
		!actorStop[t.key] && !determiners[t.key] && t.key != "of"
}

// namedGroupHeads reads the head of a group named before the head noun and
// the person after it: "the Sinaloa cartel founder, "El Mayo" Zambada",
// "an MS-13 gang leader, X" (leads); "the Los Rojos member X" (memberOf).
func (d *doc) namedGroupHeads(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Cartel || m.quoted || m.s == 0 {
			continue
		}
		if k := d.toks[m.s-1].key; k != "the" && k != "a" && k != "an" {
			continue // "the Sinaloa cartel founder", not "… called the Sinaloa cartel founder X's rival"
		}
		e := m.e
		if e < len(d.toks) && groupKindNouns[d.toks[e].key] {
			e++
		}
		if e+1 >= len(d.toks) || d.toks[e].sent != d.toks[m.s].sent {
			continue
		}
		pred := ""
		switch {
		case groupHeadNouns[d.toks[e].key]:
			pred = "leads"
		case groupMemberNouns[d.toks[e].key]:
			pred = "memberOf"
		default:
			continue
		}
		k := e + 1
		if d.toks[k].key == "," {
			k++
		}
		if k < len(d.toks) && d.toks[k].kind == tQuote { // a nickname: "“El Mayo” Zambada"
			k++
			for k < len(d.toks) && k < e+8 && d.toks[k].kind != tQuote {
				k++
			}
			k++
		}
		if p := d.mentionAt(k); p != nil && p.s > e && p.ent != nil && p.ent.typ == schema.Person {
			add(p.ent, pred, m.ent, e)
		}
	}
}

// titlePhraseReferent is the person named last before token a (in this
// sentence or the five before) whose role's title holds the words a..k in
// order: "Vice President X … the Vice President", not "President Y".
func (d *doc) titlePhraseReferent(a, k int) *entity {
	var words []string
	for i := a; i <= k; i++ {
		words = append(words, d.toks[i].key)
	}
	phrase := " " + strings.Join(words, " ") + " "
	sent := d.toks[a].sent
	for j := a - 1; j >= 0 && d.toks[j].sent >= sent-5; j-- {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		for _, t := range m.ent.roles {
			if strings.Contains(" "+strings.Join(strings.Fields(strings.ToLower(t)), " ")+" ", phrase) {
				return m.ent
			}
		}
		j = m.s
	}
	return nil
}

// personOfCountry is the person whose country the government mention m
// names after "of" ("President A, Jr. of the United States"), or nil.
func (d *doc) personOfCountry(m *mention) *mention {
	if m.ent == nil || m.ent.typ != schema.Government {
		return nil
	}
	o := m.s - 1
	if o >= 0 && d.toks[o].key == "the" {
		o--
	}
	if o < 1 || d.toks[o].key != "of" || d.toks[o].sent != d.toks[m.s].sent {
		return nil
	}
	p := o - 1
	if p >= 2 && nameSuffixes[d.toks[p].key] && d.toks[p-1].key == "," {
		p -= 2 // "Joseph R. Biden, Jr. of"
	}
	if pm := d.mentionAt(p); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
		return pm
	}
	return nil
}

// wingAppositions read membership of the group a part of which a person's
// apposition names: "X (“El Y”), the notorious head of security for the
// Chapitos wing of the Sinaloa Cartel" is a member of the Sinaloa Cartel.
func (d *doc) wingAppositions(add func(*entity, string, *entity, int)) {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "," || d.inQuote[i] {
			continue
		}
		p := i - 1
		if d.toks[p].key == ")" {
			for o := p - 1; o >= 0 && o > p-8; o-- {
				if d.toks[o].key == "(" {
					p = o - 1 // "X (“El Y”),"
					break
				}
			}
		}
		s := d.mentionAt(p)
		if s == nil || s.ent == nil || s.ent.typ != schema.Person {
			continue
		}
		if k := d.toks[i+1].key; k != "a" && k != "an" && k != "the" {
			continue
		}
		sent := d.toks[i].sent
		for k := i + 2; k+2 < len(d.toks) && k < i+16 && d.toks[k].sent == sent; k++ {
			key := d.toks[k].key
			if key == "," || key == "former" || key == "who" || key == "which" || actorStop[key] {
				break
			}
			if !subgroupNouns[key] || d.toks[k+1].key != "of" {
				continue
			}
			o := k + 2
			if d.toks[o].key == "the" {
				o++
			}
			if m := d.mentionAt(o); m != nil && m.s == o && m.ent != nil && m.ent.typ == schema.Cartel {
				add(s.ent, "memberOf", m.ent, k)
			}
			break
		}
	}
}

// titleJoint reports whether token j joins the words of coordinated titles
// ("the co-founder and current leader of"): a hyphen inside a word, or
// "and" between lower-case words.
func (d *doc) titleJoint(j int) bool {
	t := d.toks[j]
	if t.key == "-" && !t.space {
		return true
	}
	return t.key == "and" && j >= 1 && j+1 < len(d.toks) && d.toks[j+1].kind == tWord && !d.toks[j+1].cap &&
		d.toks[j-1].kind == tWord && !d.toks[j-1].cap && d.mentionAt(j-1) == nil
}

// skipAlias returns the token before a nickname and its "aka" ending at
// token p ("X, aka “El Y”", "X, aka El Y"), or p when there is none.
func (d *doc) skipAlias(p int) int {
	if p >= 0 && d.toks[p].kind != tQuote {
		return d.bareAliasBefore(p) // "X, aka El Gato, the leader of"
	}
	if p < 0 {
		return p
	}
	o := p - 1
	for o >= 0 && o > p-8 && d.toks[o].kind != tQuote {
		o--
	}
	if o < 1 || d.toks[o].kind != tQuote {
		return p
	}
	k := o - 1
	if s := d.aliasMarkerBefore(k); s >= 0 {
		k = s - 1 // "aka", "also known as"
	}
	if k >= 0 && d.toks[k].key == "," {
		k--
	}
	return k
}
