// A list of people whose group an earlier sentence states: "Ten
// defendants were members of the X gang. … The defendants charged in the
// indictment are: A, B and C" (or a table of them), "The individuals
// named today are leaders of the X. The X targets are: A and B".

package extract

import "github.com/newsgraph/newsgraph/schema"

// listedPeopleNouns are the plural nouns a list's head and the sentence
// stating the group both use for the people.
var listedPeopleNouns = set("defendants", "individuals", "targets", "persons", "fugitives", "men")

// groupStatement is a sentence stating that people are members or leaders
// of a criminal group.
type groupStatement struct {
	at     int     // the "members" or "leaders" token
	noun   string  // the plural noun for the people ("defendants")
	leader bool    // "leaders of", else "members of"
	group  *entity // the criminal group
	clique *entity // the group's clique the sentence names ("of the Y clique of X"), or nil
}

// groupStatements are the sentences of the text that say that a plural
// noun's people are (alleged) members or leaders of a named criminal group:
// "five defendants were members of X", "Thirteen individuals alleged to be
// members and associates of X", "10 defendants – members and associates of
// the Y clique of X –".
func (d *doc) groupStatements() []groupStatement {
	var out []groupStatement
	for i := 2; i+2 < len(d.toks); i++ {
		key := d.toks[i].key
		if key != "members" && key != "leaders" || d.toks[i].cap || d.inQuote[i] {
			continue
		}
		sent := d.toks[i].sent
		k := i + 1
		if d.toks[k].key == "and" && k+2 < len(d.toks) && d.toks[k+1].key == "associates" {
			k += 2
		}
		if d.toks[k].key != "of" {
			continue
		}
		var g, clique *entity
		for j := k + 1; j < len(d.toks) && j < k+7 && d.toks[j].sent == sent; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
				g = m.ent
				if c, gang := d.cliqueOfGang(j, sent); c != nil {
					g, clique = gang, c // "of the Y clique of X": members of both
				}
				break
			}
		}
		if g == nil {
			continue
		}
		// back over modifiers to the copula or dash, then to the noun
		j := i - 1
		for n := 0; n < 3 && j > 0 && d.toks[j].kind == tWord && !d.toks[j].cap && !copulaWords[d.toks[j].key]; n++ {
			j--
		}
		if j <= 0 || d.toks[j].sent != sent || !copulaWords[d.toks[j].key] && !dashes[d.toks[j].key] {
			continue
		}
		for n := 0; n < 4 && j > 0 && d.toks[j-1].sent == sent; n++ {
			j--
			if listedPeopleNouns[d.toks[j].key] {
				out = append(out, groupStatement{at: i, noun: d.toks[j].key, leader: key == "leaders", group: g, clique: clique})
				break
			}
		}
	}
	return out
}

// copulaWords join a plural noun to its group ("were members of", "alleged
// to be members of").
var copulaWords = set("are", "were", "be")

// listedGroupPeople calls visit for each person of a list set out after
// a colon that ends a head "The (N) NOUN … are:" or "These NOUN include:"
// when an earlier sentence states the group of people of the same noun;
// a criminal group named right before the head's noun ("The X targets
// are:") is the group when the statement was of leaders. A head with
// "other" ("Other defendants facing charges include:") lists other people.
func (d *doc) listedGroupPeople(visit func(p *entity, leader bool, group *entity, at int)) {
	d.listedGroupStated(func(p *entity, st *groupStatement, group *entity, at int) { visit(p, st.leader, group, at) })
}

// listedGroupStated is listedGroupPeople with the statement that gives
// each person's group.
func (d *doc) listedGroupStated(visit func(p *entity, st *groupStatement, group *entity, at int)) {
	var stmts []groupStatement
	read := false
	for c := 2; c+1 < len(d.toks); c++ {
		if d.toks[c].key != ":" || !listHeadVerbs[d.toks[c-1].key] || d.inQuote[c] {
			continue
		}
		sent := d.toks[c].sent
		noun, named := -1, (*entity)(nil)
		other := false
		for k := c - 2; k >= 0 && d.toks[k].sent == sent && k > c-10; k-- {
			if d.toks[k].key == "other" {
				other = true
			}
			if listedPeopleNouns[d.toks[k].key] && noun < 0 {
				noun = k
				if m := d.mentionAt(k - 1); k > 0 && m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
					named = m.ent
				}
			}
		}
		if noun < 0 || other {
			continue
		}
		if !read {
			stmts, read = d.groupStatements(), true
		}
		var st *groupStatement
		for n := range stmts {
			if stmts[n].at < c && (stmts[n].noun == d.toks[noun].key || named != nil && stmts[n].leader) {
				st = &stmts[n]
			}
		}
		if st == nil {
			continue
		}
		group := st.group
		if named != nil {
			group = named
		}
		for _, p := range d.colonListPeople(c) {
			visit(p, st, group, c)
		}
	}
}

// colonListPeople are the people a list after the colon at token c sets
// out: the rows of a table or the lines under it each opening with a
// person, or, on the colon's own line, the people after it parted by
// commas, semicolons or "and".
func (d *doc) colonListPeople(c int) []*entity {
	var out []*entity
	if d.toks[c+1].brk {
		k := c + 1
		table := d.tableHeader(k)
		if table {
			k = d.nextLine(k)
		}
		for k < len(d.toks) && d.toks[k].brk {
			s := k
			if d.listItem(k) {
				s = k + 1
			}
			if m := d.mentionAt(s); m != nil && m.s == s && m.ent != nil && m.ent.typ == schema.Person {
				out = append(out, m.ent)
			} else if !table || !d.tableRow(k) {
				break
			}
			k = d.nextLine(k)
		}
		return out
	}
	for _, m := range d.runningListPeople(c) {
		out = append(out, m.ent)
	}
	return out
}

// listedMembers reads the members listedGroupPeople finds: each is a
// member of the group.
func (d *doc) listedMembers(add func(*entity, string, *entity, int)) {
	d.listedGroupStated(func(p *entity, st *groupStatement, g *entity, at int) {
		if !st.leader {
			add(p, "memberOf", g, at)
			if st.clique != nil && g == st.group {
				add(p, "memberOf", st.clique, at) // "members of the Y clique of X"
			}
		}
	})
}

// listedLeaderRoles gives the leaders listedGroupPeople finds the leader's
// title in the group.
func (d *doc) listedLeaderRoles(add func(*entity, string, *entity, int)) {
	d.listedGroupPeople(func(p *entity, leader bool, g *entity, at int) {
		if leader {
			add(p, "leader", g, at)
		}
	})
}
