package extract

import "github.com/newsgraph/newsgraph/schema"

// A person said to head a criminal group by a copula or an apposition
// that the role readers leave: "X was one of the top leaders of the AUC",
// "X is alleged to be an international leader of MS-13", "X, 48, one of
// the leaders of the Y cartel", "X, also known as “Z,” the alleged former
// leader of the Y cartel". The head of a criminal group leads it, a
// former one too (formerGroupHead); a negated copula states nothing.

// copulaLeaderNouns head a group after a copula or in apposition.
var copulaLeaderNouns = set("leader", "leaders", "head", "boss", "bosses", "kingpin", "founder", "co-founder", "ringleader")

// hedgeVerbs hedge a copula's "to be": "X is alleged to be a leader".
var hedgeVerbs = set("alleged", "believed", "said", "reported", "thought", "suspected", "known")

// copulaLeaders reads the people a copula or an apposition says head a
// criminal group.
func (d *doc) copulaLeaders(add func(*entity, string, *entity, int)) {
	for i := 2; i+2 < len(d.toks); i++ {
		if !copulaLeaderNouns[d.toks[i].key] || d.toks[i+1].key != "of" || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		sent := d.toks[i].sent
		var groups []*entity
		for _, g := range d.memberBodies(i+2, sent) {
			if g.typ == schema.Cartel {
				groups = append(groups, g)
			}
		}
		if len(groups) == 0 {
			continue
		}
		j := i - 1
		for n := 0; n < 4 && j > 0 && d.toks[j].sent == sent && d.plainAdjective(j) && !beForms[d.toks[j].key]; n++ {
			j-- // "top", "alleged former", "international"
		}
		if j < 1 || !determiners[d.toks[j].key] && d.toks[j].key != "a" && d.toks[j].key != "an" {
			continue
		}
		j--
		if j >= 1 && d.toks[j].key == "of" && d.toks[j-1].key == "one" {
			j -= 2 // "one of the leaders"
		}
		p := d.leaderSubject(j, sent)
		if p == nil {
			continue
		}
		for _, g := range groups {
			add(p, "leads", g, i)
		}
		if c, g := d.cliqueOfGang(i+2, sent); c != nil && d.toks[i].key == "leader" {
			// a clique's leader is one of its members and of the gang's
			add(p, "memberOf", c, i)
			add(p, "memberOf", g, i)
		}
	}
}

// leaderSubject is the person before token j that a copula or a comma
// there gives the description after it: "X was", "X is alleged to be",
// "X, 48,", "X, also known as “Z,”"; nil otherwise.
func (d *doc) leaderSubject(j, sent int) *entity {
	if j < 1 || d.toks[j].sent != sent {
		return nil
	}
	if d.toks[j].key == "be" && j >= 3 && d.toks[j-1].key == "to" && hedgeVerbs[d.toks[j-2].key] {
		j -= 3 // "is alleged to be"
		if j >= 1 && (d.toks[j].key == "widely" || d.toks[j].key == "also") {
			j--
		}
	}
	for j >= 1 && memberMods[d.toks[j].key] && d.toks[j].key != "a" && d.toks[j].key != "an" {
		j-- // "was allegedly"
	}
	if beForms[d.toks[j].key] {
		if d.verbGroup(j).neg || relNegs[d.toks[j+1].key] {
			return nil
		}
		if s := d.mentionAt(j - 1); s != nil && s.ent != nil && s.ent.typ == schema.Person {
			return s.ent
		}
		if g, ok := pronounGender[d.toks[j-1].key]; ok && (g == 'm' || g == 'f') {
			return d.resolvePronoun(j-1, g)
		}
		return nil
	}
	if j >= 2 && d.toks[j].kind != tWord && (d.toks[j].key == "\"" || d.toks[j].key == "'") && d.toks[j-1].key == "," {
		j-- // "X, also known as “Z,” the …": the comma inside the quotation mark
	}
	if d.toks[j].key != "," {
		return nil
	}
	k := d.skipAgeResidenceBack(j - 1) // "X, 48,"
	k = d.skipAliasBack(k, sent)       // "X, also known as “Z,”"
	if s := d.mentionAt(k); s != nil && s.ent != nil && s.ent.typ == schema.Person {
		return s.ent
	}
	return nil
}

// skipAliasBack steps back from token k, the last token before a comma,
// over an alias phrase set off after a name ("X, also known as “A” and
// “B,”", "X, aka Z,") to the name's last token; else it returns k.
func (d *doc) skipAliasBack(k, sent int) int {
	for j := k; j > 0 && j > k-16 && d.toks[j].sent == sent; j-- {
		if s := d.aliasMarkerBefore(j); s >= 1 && d.toks[s-1].key == "," {
			return s - 2
		}
		if key := d.toks[j].key; key == "," && !d.inQuote[j] && j < k-1 && d.toks[j+1].key != "and" && !d.inQuote[j+1] {
			break // another phrase: no alias in this one
		}
	}
	return k
}
