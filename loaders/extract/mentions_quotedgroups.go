// A quoted name that an apposition calls a criminal group or a part of
// one: "“Los X” (LX), a clique of the Y gang".

package extract

import "github.com/newsgraph/newsgraph/schema"

// groupAppositionNouns name a criminal group or a part of one in an
// apposition after its name: "…, a clique of", "…, a street gang".
var groupAppositionNouns = set("gang", "cartel", "clan", "clique", "clica", "militia", "mafia", "syndicate", "faction",
	"cell", "wing", "offshoot", "splinter")

// quotedGroupNames reads a name of up to five capitalised words in
// quotation marks, with an optional acronym in parentheses, that an
// apposition right after it calls a criminal group or a part of one
// ("“Lil X Salvatruchas” (LXS), a clique of the MS-13 gang", "“Los X”, a
// street gang based in …"): a criminal group, not a nickname, and the
// acronym, there and after, one of its names.
func (d *doc) quotedGroupNames() {
	for i := 0; i+4 < len(d.toks); i++ {
		if d.toks[i].kind != tQuote || d.inQuote[i] && !d.inQuote[i+1] {
			continue
		}
		s := i + 1
		e, c, ok := d.quotedCaps(s, 5, true, false)
		comma := c > e // "“Los X,” a clique": the comma inside the closing mark
		if !ok || !d.free(s, e) {
			continue
		}
		k := c + 1
		acr := -1
		if k+3 < len(d.toks) && d.toks[k].key == "(" && d.toks[k+1].upper && d.toks[k+1].letters >= 2 && d.toks[k+2].key == ")" && d.at[k+1] == 0 {
			acr = k + 1
			k += 3
		}
		if !comma && k < len(d.toks) && d.toks[k].key == "," {
			k, comma = k+1, true
		}
		if !comma {
			continue // an apposition follows a comma
		}
		if !d.groupDescriptionAt(k) {
			continue
		}
		ent := d.entity(schema.Cartel, d.surface(s, e), s)
		ent.mentions++
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Cartel, rule: "entity/quoted-group-apposition"})
		if acr >= 0 {
			name := d.surface(acr, acr+1)
			ent.alias(name)
			d.acronymUses(ent, name, acr)
		}
		i = k
	}
}

// groupNounFollowers may follow the group noun heading a description:
// "a clique of", "a gang based in", "a faction that".
var groupNounFollowers = set("of", "in", "that", "which", "whose", "based", "operating", "active", "from", "with",
	"linked", "tied", "known", "allied", "and", "responsible", "founded", "led")

// groupDescriptionAt reports whether an indefinite description of a
// criminal group or a part of one starts at token k: "a clique of", "a
// violent street gang", "one faction"; the group noun heads it ("a
// cartel leader" describes a person).
func (d *doc) groupDescriptionAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	if key := d.toks[k].key; key != "a" && key != "an" && key != "one" {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		t := d.toks[j]
		if t.kind != tWord || t.cap || t.sent != d.toks[k].sent {
			return false
		}
		if groupAppositionNouns[t.key] {
			// the group noun heads the description: "a clique of", "a
			// street gang based in"; not "a cartel leader"
			n := j + 1
			return n >= len(d.toks) || d.toks[n].kind != tWord || d.toks[n].cap || groupNounFollowers[d.toks[n].key]
		}
	}
	return false
}

// quotedCaps reads the capitalised words of a quoted name that starts at
// token s, at most max of them (all in s's sentence when sameSent), and
// finds its closing quotation mark, which may follow a comma inside it
// ("“Los X,”") or, when dot, a full stop. e ends the words and c is the
// closing mark; ok is false when there is no word or no closing mark.
func (d *doc) quotedCaps(s, max int, sameSent, dot bool) (e, c int, ok bool) {
	e = s
	for e < len(d.toks) && e < s+max && d.toks[e].kind == tWord && d.toks[e].cap && !d.toks[e].brk && (!sameSent || d.toks[e].sent == d.toks[s].sent) {
		e++
	}
	c = e
	if c+1 < len(d.toks) && (d.toks[c].key == "," || dot && d.toks[c].key == ".") && d.toks[c+1].kind == tQuote {
		c++
	}
	return e, c, e > s && c < len(d.toks) && d.toks[c].kind == tQuote
}
