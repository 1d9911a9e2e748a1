package extract

import "github.com/newsgraph/newsgraph/schema"

// A release of members of Congress often gives a quotation to them as a
// group: "“…,” the senators wrote", "said the members", "The lawmakers
// write, “…”", "The Senators wrote:" over a quotation paragraph. The
// speaker is the member the release names first, outside quotation
// marks, before the quotation (the release's own member, or the first of
// those who signed).

// collectiveSpeakers name the group ("the senators", "the members").
var collectiveSpeakers = lexWords.set("collectiveSpeakers")

// collectiveAt reads a group of speakers starting at token i: "the
// senators", "the two lawmakers", "both members", "the Members of
// Congress", or "they" (read only after a quotation: "…,” they
// continued"). It returns the token after it, or -1.
func (d *doc) collectiveAt(i int) int {
	if i < len(d.toks) && d.toks[i].key == "they" {
		return i + 1
	}
	if i < len(d.toks) && d.toks[i].key == "the" {
		i++
	}
	if i < len(d.toks) {
		switch d.toks[i].key {
		case "two", "three", "four", "both", "all":
			i++
		}
	}
	if i >= len(d.toks) || !collectiveSpeakers[d.toks[i].key] || d.at[i] != 0 {
		return -1
	}
	i++
	if i+1 < len(d.toks) && d.toks[i].key == "of" && d.toks[i+1].key == "congress" {
		i += 2
	}
	return i
}

// collectiveAfter reports whether the words after a closing mark at i
// give the quotation to the group: "…,” the senators wrote", "…,” wrote
// the members in their letter".
func (d *doc) collectiveAfter(i int) bool {
	if i >= len(d.toks) || d.toks[i].brk {
		return false
	}
	if d.toks[i].key == "," {
		i++
	}
	if i >= len(d.toks) || d.toks[i].brk {
		return false
	}
	if reportVerbsAfter[d.toks[i].key] {
		return d.collectiveAt(i+1) >= 0
	}
	e := d.collectiveAt(i)
	if e < 0 {
		return false
	}
	for e < len(d.toks) && e < i+6 && speakerAdverbs[d.toks[e].key] {
		e++
	}
	return e < len(d.toks) && reportVerbsAfter[d.toks[e].key]
}

// collectiveBefore reports whether the words [s, e) before an opening
// mark are only the group and its verb: "The members wrote, “…”", "The
// senators said:".
func (d *doc) collectiveBefore(s, e int) bool {
	for e > s && (d.toks[e-1].key == "," || d.toks[e-1].key == ":" || d.toks[e-1].key == "that") {
		e--
	}
	if d.toks[s].key == "they" {
		return false // "They said “…”" may be anyone's
	}
	k := d.collectiveAt(s)
	if k < 0 {
		return false
	}
	for k < e && speakerAdverbs[d.toks[k].key] {
		k++
	}
	return k == e-1 && d.speechVerbAt(k)
}

// membersSpeaker gives a quotation credited to the members as a group, by
// the reporting clause over tokens s..e, to the member leadMember names,
// and records the rule; nil when the text names no member.
func (d *doc) membersSpeaker(s, e int) *entity {
	sp := d.leadMember()
	if sp != nil {
		d.ruled("statement/collective-members", s, e)
	}
	return sp
}

// leadMember is the member of a legislature the text names first in its
// body, outside quotation marks: the member a group attribution stands
// for. A member is a person holding a legislator's title (a senator, a
// representative). nil when the text names none.
func (d *doc) leadMember() *entity {
	members := map[string]bool{}
	for _, r := range d.roles {
		if !r.Former && legislatorTitles[fold(r.Title)] {
			members[r.Person] = true
		}
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.attached || m.quoted || d.toks[m.s].para == 0 || d.inQuote[m.s] {
			continue
		}
		if members[m.ent.name] {
			return m.ent
		}
	}
	return nil
}
