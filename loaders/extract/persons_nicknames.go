package extract

import "github.com/newsgraph/newsgraph/schema"

// nicknamed finds people written with a quoted nickname inside the name:
// Ismael "El Mayo" Zambada is Ismael Zambada, alias El Mayo.
func (d *doc) nicknamed() {
	for i := 1; i+3 < len(d.toks); i++ {
		if d.toks[i].kind != tQuote || !d.nameTok(i-1) || d.inQuote[i-1] {
			continue
		}
		c := i + 1
		for c < len(d.toks) && c < i+5 && d.toks[c].kind == tWord && d.toks[c].cap && !d.toks[c].brk {
			c++
		}
		if c == i+1 || c >= len(d.toks) || d.toks[c].kind != tQuote || c+1 >= len(d.toks) || !d.nameTok(c+1) {
			continue
		}
		s := i - 1
		for s > 0 && d.nameTok(s-1) && d.toks[s-1].sent == d.toks[i].sent && !d.toks[s].brk {
			s--
		}
		e := d.personRun(c + 1)
		if e-(c+1) > 3 || i-s > 3 {
			continue
		}
		var keys []string
		keys = append(keys, d.nameKeys(s, i)...)
		keys = append(keys, d.nameKeys(c+1, e)...)
		name := d.surface(s, i) + " " + d.surface(c+1, e)
		ent := d.entity(schema.Person, name, s)
		ent.toks = keys
		if g := d.g.given[d.toks[s].key]; g == 'f' || g == 'm' {
			ent.gender = g
		}
		ent.alias(d.surface(i+1, c))
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person})
		i = e
	}
}

// akaWords introduce another name of whoever was just named.
var akaWords = lexWords.set("akaWords")

// quotedNicknames reads a nickname in quotation marks that stands alone
// ("the son of “El Chapo”") as a person, and one right before a surname
// ("“El Mayo” Zambada") as that person's alias: a Spanish article and one
// or two capitalised words, the whole quotation.
func (d *doc) quotedNicknames() {
	for i := 0; i+3 < len(d.toks); i++ {
		if d.toks[i].kind != tQuote || d.at[i] != 0 || d.at[i+1] != 0 || !spanishArticles[d.toks[i+1].key] || i > 0 && d.nameTok(i-1) && !d.toks[i].space {
			continue
		}
		end, c, ok := d.quotedCaps(i+2, 2, false, true) // a comma may close the quotation: "“El Gato,”"
		if !ok {
			continue
		}
		if i > 0 && (d.nameTok(i-1) || d.toks[i-1].key == "(" || akaWords[d.toks[i-1].key] || i > 1 && d.toks[i-1].key == "as" && akaWords[d.toks[i-2].key]) {
			continue // "Joaquín “El Chapo” Guzmán": nicknamed; "X (“El Mayo”)", "X, known as “El Tano”": X's alias
		}
		nick := d.surface(i+1, end)
		if d.groupNounAt(c + 1) {
			// "the “La Pantera” criminal gang": the quotation names the group
			ent := d.entity(schema.Cartel, nick, i+1)
			ent.mentions++
			d.take(&mention{s: i + 1, e: end, ent: ent, typ: schema.Cartel, rule: "entity/group-name"})
			i = c
			continue
		}
		if c+1 < len(d.toks) && d.nameTok(c+1) && d.toks[c+1].sent == d.toks[c].sent {
			e := d.personRun(c + 1)
			if e-(c+1) <= 3 && d.mentionAt(c+1) == nil {
				ent := d.entity(schema.Person, d.surface(c+1, e), c+1)
				ent.toks = d.nameKeys(c+1, e)
				ent.alias(nick)
				d.take(&mention{s: c + 1, e: e, ent: ent, typ: schema.Person, rule: "entity/person:nickname"})
				i = e
			}
			continue
		}
		ent := d.entity(schema.Person, nick, i+1)
		ent.toks = d.nameKeys(i+1, end)
		d.take(&mention{s: i + 1, e: end, ent: ent, typ: schema.Person, rule: "entity/person:nickname"})
		i = c
	}
}

// quotedGroupHeads after a quoted name make it a criminal group's: "the
// “La Pantera” gang", "the “X” clique".
var quotedGroupHeads = set("gang", "gangs", "cartel", "clan", "clique", "clica", "militia", "mafia", "syndicate", "faction")

// groupNounAt reports whether a lower-case group noun, after at most one
// modifier ("criminal gang", "street gang"), starts at token j.
func (d *doc) groupNounAt(j int) bool {
	for k := j; k < len(d.toks) && k <= j+1; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.cap || t.sent != d.toks[j].sent {
			return false
		}
		if quotedGroupHeads[t.key] {
			return true
		}
	}
	return false
}
