// Ties that roles state: the head of a group leads it, a member is memberOf
// it; "X and Y, the leaders of Z".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// headAppositives reads who leads a group from an apposition: "X and Y,
// two of the most notorious leaders of the Sinaloa Cartel" and "alleged
// leaders of the Sinaloa Cartel X and Y"; with "members of", memberOf.
func (d *doc) headAppositives(add func(*entity, string, *entity, int)) {
	d.groupHeads(true, func(p *entity, pred, _ string, org *entity, at int) { add(p, pred, org, at) })
}

// groupHeadRoles gives the people headAppositives reads their role: the
// leader (or member) of the group.
func (d *doc) groupHeadRoles(add func(*entity, string, *entity, int)) {
	d.groupHeads(false, func(p *entity, _, title string, org *entity, at int) { add(p, title, org, at) })
}

// groupTitles are the singular titles of headAppositives' nouns.
var groupTitles = map[string]string{"leader": "leader", "leaders": "leader", "head": "head", "founder": "founder",
	"co-founder": "co-founder", "boss": "boss", "bosses": "boss", "kingpin": "kingpin", "member": "member", "members": "member"}

// groupHeads calls visit for each person an apposition names as the head
// or a member of a group, with the predicate and the singular title; for
// relations (rels), also after adjectives before a cartel's name.
func (d *doc) groupHeads(rels bool, visit func(p *entity, pred, title string, org *entity, at int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		pred := ""
		switch d.toks[i].key {
		case "leader", "leaders", "head", "founder", "co-founder", "boss", "bosses", "kingpin":
			pred = "leads"
		case "member", "members":
			pred = "memberOf"
		}
		if pred == "" || d.toks[i+1].key != "of" || d.inQuote[i] {
			continue
		}
		o := d.mentionAt(i + 2)
		if o == nil && d.toks[i+2].key == "the" {
			o = d.mentionAt(i + 3)
			for k := i + 3; o == nil && rels && k < len(d.toks) && k < i+5 && d.plainAdjective(k); k++ {
				if o = d.mentionAt(k + 1); o != nil && (o.ent == nil || o.ent.typ != schema.Cartel) {
					o = nil // "leader of the brutal MS-13 gang"; not "of the opposition X party"
					break
				}
			}
		}
		if o == nil {
			if k := d.knownAsGroup(i+2, d.toks[i].sent); k != i+2 {
				o = d.mentionAt(k) // "a leader of a criminal organization known as X"
			}
		}
		if o != nil && o.e+1 < len(d.toks) && d.toks[o.e].key == "'s" {
			o = d.mentionAt(o.e + 1) // "head of DEA's Lima Division": the division
		}
		if o == nil || o.ent == nil || !typeOK(pred, sideObj, o.ent.typ) {
			continue
		}
		sent := d.toks[i].sent
		// the people after the group's name; not when the title is a
		// second description of someone before ("X, one of the …, and the
		// former head of the Y cartel, Z and W, …": Z and W start the next
		// item of a list)
		if after := d.actorsRight(o.e, sent, pred, sideSubj); len(after) > 0 && !d.conjoinedTitle(i, sent) && !d.apposedTitle(i, sent) {
			e := o.e
			if e+1 < len(d.toks) && groupKindNouns[d.toks[e].key] {
				e++ // "of the MS-13 gang, X"
			}
			if d.mentionAt(o.e) != nil && d.mentionAt(o.e).ent == after[0] || e+1 < len(d.toks) && d.toks[e].key == "," && d.toks[e+1].key != "and" {
				// not ", and Z": "X, a leader of the cartel, and Z" closes X's apposition
				for _, p := range after { // "leaders of the cartel X and Y"
					visit(p, pred, groupTitles[d.toks[i].key], o.ent, i)
				}
			}
		}
		// the people before: "X and Y, two of the … leaders of"; not
		// when a name follows the body ("A, Head of the Y Dr. B": B's)
		if d.personFollows(i, sent) {
			continue
		}
		j := i - 1
		for j >= 0 && d.toks[j].sent == sent && j > i-8 && d.mentionAt(j) == nil && (conjSkip[d.toks[j].key] ||
			d.toks[j].kind == tWord && !d.toks[j].cap && !relConj[d.toks[j].key] && relCues[d.toks[j].key] == nil && !speechVerbs[d.toks[j].key] ||
			rels && d.titleJoint(j)) {
			j--
		}
		p := j - 1
		comma := j >= 1 && d.toks[j].key == ","
		quoted := j >= 2 && d.toks[j].kind == tQuote && d.toks[j-1].key == ","
		if quoted {
			comma, p = true, j // "X, aka “El Y,” the leader of": the comma inside the quotes
		}
		if comma && !quoted && rels && d.partyTagged(j, i) {
			p = d.beforePartyTag(j) // "Sen. X (D-Ohio), a member of the Y Committee": X
		}
		if comma {
			if rels || quoted {
				p = d.skipAlias(p) // "X, aka “El Y”, the leader of"
			}
			if m := d.mentionAt(p); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				if d.titledNext(i+1) && d.titledBeforeComma(m) {
					continue // "Amb. A, the head of Y, Brig. Gen. B": B's title (titleBetweenTitled)
				}
				visit(m.ent, pred, groupTitles[d.toks[i].key], o.ent, i)
				if groupTitles[d.toks[i].key] == d.toks[i].key {
					continue // a singular title is the last item's own: "A, aka B; and C, leader of Z"
				}
				for _, p := range d.conjLeft(m, pred, sideSubj) {
					visit(p, pred, groupTitles[d.toks[i].key], o.ent, i)
				}
			}
		}
	}
}

// apposedTitle reports whether the title noun at i, with its determiner
// and modifiers, is an apposition to the person named right before its
// comma ("X, a founder of the Y cartel, …"): the title is X's, and a name
// after the group's starts something else ("…, Minister Z said").
func (d *doc) apposedTitle(i, sent int) bool {
	k := d.beforeTitleWords(i, sent)
	if k < 1 || k == i-1 || d.toks[k].sent != sent || d.toks[k].key != "," {
		return false
	}
	m := d.mentionAt(d.skipAlias(d.beforePartyTag(k)))
	return m != nil && m.ent != nil && m.ent.typ == schema.Person
}

// beforePartyTag is the token before a US party tag in parentheses that
// ends right before token k ("Sen. X (R-Idaho), ranking member of …": X's
// last word), else k-1.
func (d *doc) beforePartyTag(k int) int {
	if k < 2 || d.toks[k-1].key != ")" {
		return k - 1
	}
	for o := k - 2; o > 0 && o >= k-7; o-- {
		if d.toks[o].key == "(" {
			if d.partyTag(o) {
				return o - 1
			}
			break
		}
	}
	return k - 1
}

// conjoinedTitle reports whether the title noun at i opens with "and"
// before its determiner and modifiers ("… and the former head of").
func (d *doc) conjoinedTitle(i, sent int) bool {
	k := d.beforeTitleWords(i, sent)
	return k >= 0 && k < i-1 && d.toks[k].sent == sent && d.toks[k].key == "and"
}

// beforeTitleWords walks back from the title noun at i over up to three
// determiners and modifiers of sentence sent ("the former head"); it
// returns the token it stops at, i-1 when none comes before the noun.
func (d *doc) beforeTitleWords(i, sent int) int {
	k := i - 1
	for n := 0; n < 3 && k > 0 && d.toks[k].sent == sent && (determiners[d.toks[k].key] || d.plainAdjective(k)); n++ {
		k--
	}
	return k
}

// roleRelations turn stated roles into ties: the head of a cartel,
// organisation or agency leads it ("leader", "founder", "director",
// "commander"); anyone else with a role in a cartel is its member. A
// former post is no tie, but for a criminal group's former head
// (formerGroupHead).
func (d *doc) roleRelations(add func(*entity, string, *entity, int)) {
	d.leadershipRoles(add) // "their leadership roles in X"
	d.allMembers(add)      // "A and B, both activists of Y" (relations_allmembers.go)
	for _, r := range d.roles {
		if r.Former || strings.HasPrefix(strings.ToLower(r.Title), "former ") {
			if !d.formerGroupHead(r) && !d.formerBodyHead(r) {
				continue
			}
			r.Title = formerlessTitle(r.Title) // the group's boss then: its leader in the story
		}
		p := d.ents[string(schema.Person)+"|"+fold(r.Person)]
		var org *entity
		for _, t := range []schema.EntityType{schema.Cartel, schema.Organization, schema.Agency} {
			if e := d.ents[string(t)+"|"+fold(r.Org)]; e != nil && e.typ == t {
				org = e
				break
			}
		}
		if p == nil || org == nil {
			continue
		}
		if pred := d.roleTie(r, org); pred != "" {
			add(p, pred, org, p.first)
		}
	}
	// "X, an alleged MS-13 leader", "X, a Sinaloa Cartel member"
	for i := 0; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "," || d.inQuote[i] {
			continue
		}
		s := d.mentionAt(i - 1)
		if s == nil || s.ent == nil || s.ent.typ != schema.Person {
			continue
		}
		j := i + 1
		if k := d.toks[j].key; k != "a" && k != "an" && k != "the" {
			continue
		}
		j++
		for j < len(d.toks) && j < i+5 && (d.toks[j].key == "alleged" || d.toks[j].key == "senior" || d.toks[j].key == "top" || d.toks[j].key == "reputed" || d.toks[j].key == "suspected" || d.toks[j].key == "founding" || d.toks[j].key == "former") {
			if d.toks[j].key == "former" {
				j = len(d.toks)
			}
			j++
		}
		o := d.mentionAt(j)
		if o == nil || o.ent == nil || o.ent.typ != schema.Cartel || o.e >= len(d.toks) {
			continue
		}
		switch d.toks[o.e].key {
		case "leader", "boss", "chief", "kingpin", "founder", "co-founder", "commander":
			add(s.ent, "leads", o.ent, i)
		case "member", "operative", "hitman", "associate", "lieutenant":
			add(s.ent, "memberOf", o.ent, i)
		}
	}
	// "X played a role in Y"
	for i := 1; i+2 < len(d.toks); i++ {
		if d.toks[i].key != "role" || d.toks[i+1].key != "in" || d.inQuote[i] {
			continue
		}
		o := d.mentionAt(i + 2)
		if o == nil && d.toks[i+2].key == "the" {
			o = d.mentionAt(i + 3)
			if o == nil && i+4 < len(d.toks) && d.toks[i+3].kind == tWord && !d.toks[i+3].cap {
				o = d.mentionAt(i + 4) // "the notorious Sinaloa Cartel"
			}
		}
		if o == nil || o.ent == nil || o.ent.typ != schema.Cartel {
			continue
		}
		j := i - 1
		for j >= 0 && j > i-4 && (d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].kind == tWord && !d.toks[j].cap && strings.HasSuffix(d.toks[j].key, "nt") || d.toks[j].key == "key" || d.toks[j].key == "leading" || d.toks[j].key == "central" || d.toks[j].key == "major") {
			j--
		}
		if j >= 0 && (d.toks[j].key == "played" || d.toks[j].key == "plays" || d.toks[j].key == "had" || d.toks[j].key == "has") {
			if ps := d.actorsLeft(j, d.toks[i].sent, "memberOf", sideSubj); len(ps) > 0 {
				add(ps[0], "memberOf", o.ent, i)
			} else if g, ok := pronounGender[d.toks[j-1].key]; ok && j >= 1 && (g == 'm' || g == 'f') {
				if e := d.resolvePronoun(j-1, g); e != nil {
					add(e, "memberOf", o.ent, i)
				}
			}
		}
	}
	// "X, a member of Y", "X is allegedly a member of Y", "He was a
	// member of Z, a clique of Y", "X and another member of Y"
	for i := 0; i+4 < len(d.toks); i++ {
		if !copulaMemberNouns[d.toks[i].key] || d.toks[i+1].key != "of" && d.toks[i+1].key != "for" || d.inQuote[i] {
			continue
		}
		j := i - 1
		for j >= 0 && memberMods[d.toks[j].key] {
			j--
		}
		var subj *entity
		switch {
		case j >= 1 && d.toks[j].key == ",":
			if s := d.mentionAt(j - 1); s != nil {
				subj = s.ent
			}
		case j >= 1 && d.toks[j].key == "and" && d.toks[j+1].key == "another":
			if s := d.mentionAt(j - 1); s != nil {
				subj = s.ent // "X and another member of Y": X is one too
			}
		case j >= 1 && beForms[d.toks[j].key]:
			if s := d.mentionAt(j - 1); s != nil {
				subj = s.ent
			} else if g, ok := pronounGender[d.toks[j-1].key]; ok && (g == 'm' || g == 'f') {
				subj = d.resolvePronoun(j-1, g)
			}
		}
		if subj == nil || subj.typ != schema.Person {
			continue
		}
		for _, o := range d.memberBodies(i+2, d.toks[i].sent) {
			add(subj, "memberOf", o, i)
		}
	}
}

// copulaMemberNouns say, after a copula or in apposition, that a person
// belongs to a group: "X is a known associate of Y", "an operative for Y".
var copulaMemberNouns = set("member", "associate", "operative", "affiliate")

// memberMods may come between a person and "member of": "X is allegedly
// a senior member of".
var memberMods = lexWords.set("memberMods")

// subgroupNouns name a part of a gang: "Z, a clique of Y".
var subgroupNouns = lexWords.set("subgroupNouns")

// memberBodies are the body named at token k ("the" and a quoted name
// skipped) and the body it is a part of ("Z, a clique of Y").
func (d *doc) memberBodies(k, sent int) []*entity {
	var out []*entity
	k = d.knownAsGroup(k, sent) // "the street gang known as “X”"
	if refs := d.groupAnaphor(k, sent, "memberOf"); len(refs) == 1 {
		return refs // "X, a senior member of the organization": the group named just before
	}
	if k < len(d.toks) && d.toks[k].key == "the" {
		k++
		k = d.adjectivesBeforeGroup(k) // "the brutal Tren de Aragua gang"
	}
	if m := d.mentionAt(k); m != nil && m.ent != nil {
		out = append(out, m.ent)
		k = m.e
	} else {
		// a name in quotes the extractor does not know
		for k < len(d.toks) && d.toks[k].sent == sent && (d.inQuote[k] || d.toks[k].kind != tWord && d.toks[k].key != "," && d.toks[k].key != "(") {
			k++
		}
	}
	if k < len(d.toks) && d.toks[k].key == "(" {
		if c := d.closeParen(k, sent); c > k {
			k = c + 1
		}
	}
	if k+3 < len(d.toks) && d.toks[k].key == "," && (d.toks[k+1].key == "a" || d.toks[k+1].key == "an") && subgroupNouns[d.toks[k+2].key] && d.toks[k+3].key == "of" {
		if m := d.mentionAt(k + 4); m != nil && m.ent != nil {
			out = append(out, m.ent)
		} else if k+5 < len(d.toks) && d.toks[k+4].key == "the" {
			if m := d.mentionAt(k + 5); m != nil && m.ent != nil {
				out = append(out, m.ent)
			}
		}
	}
	return out
}

// formerGroupHead reports whether former role r is the head of a criminal
// group written with the group after the title ("X, the former head of
// the Y cartel", "former chiefs in the Z cartel"): the story of a group is
// told through the bosses who ran it, and a boss extradited or jailed is
// still reported as its leader, unlike an official who has left an
// office. The compound label "a former Y cartel leader" marks a person
// past the post, and gives no tie.
func (d *doc) formerGroupHead(r schema.Role) bool {
	org := d.roleGroup(r)
	if org == nil || !headTitle(formerlessTitle(r.Title), true) {
		return false
	}
	w := strings.Fields(strings.ToLower(r.Title))
	head := w[len(w)-1]
	for k := 0; k+2 < len(d.toks); k++ {
		if key := d.toks[k].key; key != head && key != head+"s" {
			continue
		}
		if d.toks[k+1].key != "of" && d.toks[k+1].key != "in" {
			continue
		}
		if m := d.mentionFrom(k + 2); m != nil && m.ent == org {
			return true // "head of the Y cartel", "chiefs in the Z cartel"
		}
	}
	return false
}

// formerlessTitle is a title without its leading "former".
func formerlessTitle(title string) string {
	if w := strings.Fields(title); len(w) > 1 && strings.EqualFold(w[0], "former") {
		return strings.Join(w[1:], " ")
	}
	return title
}

// roleGroup is the criminal group role r is held in, or nil when its
// body is no such group.
func (d *doc) roleGroup(r schema.Role) *entity {
	if g := d.ents[string(schema.Cartel)+"|"+fold(r.Org)]; g != nil && g.typ == schema.Cartel {
		return g
	}
	return nil
}
