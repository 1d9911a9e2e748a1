// Leaders a group's plural title introduces in a list: "FARC leaders,
// including A and B", "key X commanders involved in extortion such as A, B
// and C", "leaders of the X cartel, including A".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// groupLeaderNouns are plural titles of a criminal group's heads, with the
// title each listed person holds.
var groupLeaderNouns = map[string]string{"leaders": "leader", "commanders": "commander", "bosses": "boss", "chiefs": "chief"}

// groupLeaderRoles gives each person listed after "including" or "such
// as" the title of a plural leader noun that a named criminal group
// modifies ("FARC leaders") or follows with "of" ("leaders of the X"),
// when only unnamed lower-case words stand between the noun and the list.
func (d *doc) groupLeaderRoles(add func(*entity, string, *entity, int)) {
	for i, t := range d.toks {
		title, org, after := d.leaderNounGroup(i, groupLeaderNouns)
		if org == nil {
			continue
		}
		list := d.listOpening(after, t.sent)
		for _, p := range d.personList(list, t.sent) {
			add(p, title, org, i)
		}
	}
}

// leaderNounGroup reads token i as a lower-case plural leader noun of nouns,
// outside quotations and names, that a named criminal group modifies ("FARC
// leaders") or follows with "of" ("leaders of the X"): the title each
// listed person holds, the group and the token after the phrase; a nil
// group when token i is no such noun.
func (d *doc) leaderNounGroup(i int, nouns map[string]string) (string, *entity, int) {
	t := d.toks[i]
	title, ok := nouns[t.key]
	if !ok || t.cap || d.inQuote[i] || d.mentionAt(i) != nil {
		return "", nil, 0
	}
	if org := d.leaderGroupBefore(i); org != nil {
		return title, org, i + 1
	}
	org, after := d.groupAfterOf(i)
	return title, org, after
}

// leaderGroupBefore is the criminal group whose mention ends right before token
// i ("FARC leaders"), or nil.
func (d *doc) leaderGroupBefore(i int) *entity {
	if m := d.mentionAt(i - 1); i > 0 && m != nil && m.ent != nil && m.ent.typ == schema.Cartel && d.toks[i-1].sent == d.toks[i].sent {
		return m.ent
	}
	return nil
}

// groupAfterOf is the criminal group named after "of (the)" following
// token i ("leaders of the X"), with the token after it; nil when none.
func (d *doc) groupAfterOf(i int) (*entity, int) {
	k := i + 1
	if k >= len(d.toks) || d.toks[k].key != "of" {
		return nil, 0
	}
	if k++; k < len(d.toks) && d.toks[k].key == "the" {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Cartel || d.toks[k].sent != d.toks[i].sent {
		return nil, 0
	}
	return m.ent, m.e
}

// listOpening is the token after "including" or "such as" reached from
// token k over a comma, or over a participle phrase of up to eight
// unnamed lower-case (hyphenated) words ("involved in large-scale drug
// trafficking"); -1 when none is. A verb after the noun ("leaders met
// officials, including A") opens no list of the leaders.
func (d *doc) listOpening(k, sent int) int {
	if k+1 < len(d.toks) && d.toks[k].key != "," && d.toks[k].key != "including" && d.toks[k].key != "such" && !d.participlePhrase(k) {
		return -1
	}
	for n := 0; k+1 < len(d.toks) && d.toks[k].sent == sent && n < 9; k, n = k+1, n+1 {
		t := d.toks[k]
		switch {
		case t.key == "including":
			return k + 1
		case t.key == "such" && d.toks[k+1].key == "as":
			return k + 2
		case t.key == "," && n == 0, t.key == "-":
		case t.kind != tWord || t.cap || d.mentionAt(k) != nil:
			return -1
		}
	}
	return -1
}

// participlePhrase reports whether token k opens a participle with its
// preposition ("involved in", "based in", "linked to").
func (d *doc) participlePhrase(k int) bool {
	if !strings.HasSuffix(d.toks[k].key, "ed") || k+1 >= len(d.toks) {
		return false
	}
	switch d.toks[k+1].key {
	case "in", "to", "with", "on", "at", "from":
		return true
	}
	return false
}

// personList are the people named from token k, joined by commas and a
// last "and" ("A, B and C"; each next one read by listedPersonAt); nil
// when k names no person.
func (d *doc) personList(k, sent int) []*entity {
	if k < 0 || k >= len(d.toks) || d.toks[k].sent != sent {
		return nil
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person {
		return nil
	}
	var out []*entity
	for ; m != nil; m = d.listedPersonAt(m.e) {
		out = append(out, m.ent)
	}
	return out
}
