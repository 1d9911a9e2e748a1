// A list of posts after one person: "X is chair of the A, a senior member
// of the B, and the chair of the C", "X, vice chairman of the A and member
// of the B,", "X proudly serves as a member of the A and a co-chair of the
// B" (postsAt, in the titled-name loop), and a member's biography listing
// seats after one verb whose subject opens the sentence (seatListRoles):
// "X serves on the A Committee, the B Committee, and the C Subcommittee"
// (a member of each), "He also serves on the D Committee and the E
// Committee", "X is Chair of the F Caucus, a Senior Member of the G
// Committee, and the Chair of the H Subcommittee", "X serves on the J
// Committee as Chairman of the K Subcommittee".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// serveVerbs hold a post with "as": "X serves as chair of the A".
var serveVerbs = set("serves", "served", "serve")

// postsAt reads the post at token i (appositionAt) and every further item
// of a list of posts that opens there.
func (d *doc) postsAt(p *entity, m *mention, i int, preTitle []int, add func(*entity, string, *entity, int)) {
	d.appositionAt(p, m, i, preTitle, add)
	if i >= len(d.toks) || !d.postItem(i, d.toks[i].sent) {
		return // "X, together with the Prime Minister of Y": no list of X's posts
	}
	for _, k := range d.furtherPosts(i) {
		d.appositionAt(p, m, k, preTitle, add)
	}
}

// furtherPosts returns where the further items of a list of posts whose
// first item starts at token k open: after a comma or "and", a title
// (after "a", "an", "the", "as" or a copula) whose "of" or "on" names a
// body ("…, a senior member of the B, and the chair of the C"). A
// semicolon, a spaced dash, a quotation, a relative word, a speech verb or another person
// ends the list.
func (d *doc) furtherPosts(k int) []int {
	if k >= len(d.toks) {
		return nil
	}
	sent := d.toks[k].sent
	var out []int
	for j := k + 1; j+3 < len(d.toks) && j < k+60 && d.toks[j].sent == sent; j++ {
		key := d.toks[j].key
		if actorStop[key] || dashes[key] && d.toks[j].space || d.toks[j].kind == tQuote || key == "who" || key == "which" || key == "that" {
			break
		}
		if pm := d.mentionAt(j); pm != nil && pm.ent != nil && pm.ent.typ == schema.Person {
			break
		}
		if key != "," && key != "and" {
			continue
		}
		n := j + 1
		if key == "," && d.toks[n].key == "and" {
			n++
		}
		if n < len(d.toks) && (d.toks[n].key == "as" || d.toks[n].key == "was" || d.toks[n].key == "is") {
			n++ // "…, and as a member of the B", "…, was a member of the B"
		}
		if d.postItem(n, sent) {
			out = append(out, n)
			j = n
		}
	}
	return out
}

// postItem reports whether a post opens at token n: up to one article,
// then title words up to "of" or "on", then a body's name (no nation's:
// "Director of China Studies" is no post in a state; no part of the body
// after it: "head of the X caucus").
func (d *doc) postItem(n, sent int) bool {
	if n < len(d.toks) && (d.toks[n].key == "a" || d.toks[n].key == "an" || d.toks[n].key == "the") {
		n++
	}
	t := n
	for t < len(d.toks) && t < n+6 && d.toks[t].sent == sent && (d.isTitleTok(t) || t > n && d.joinedHyphen(t) || d.toks[t].key == "co" && t+1 < len(d.toks) && d.joinedHyphen(t+1)) {
		t++
	}
	head := false
	for i := n; i < t; i++ {
		head = head || titleHeads[d.toks[i].key]
	}
	if !head || t+1 >= len(d.toks) || d.toks[t].key != "of" && d.toks[t].key != "on" {
		return false
	}
	b := t + 1
	if d.toks[b].key == "the" {
		b++
	}
	bm := d.mentionAt(b)
	if bm == nil || bm.ent == nil || bm.ent.typ == schema.Person || bm.ent.typ == schema.Government {
		return false
	}
	// "head of the X caucus": the post is in a part of the body
	return bm.e >= len(d.toks) || d.toks[bm.e].cap || !groupPartWords[d.toks[bm.e].key] && !bodyPartNouns[d.toks[bm.e].key]
}

// bodyPartNouns name a part of a party or an organisation after its name:
// "the head of the X caucus".
var bodyPartNouns = set("caucus", "bloc", "chapter", "branch", "section", "office", "delegation")

// serveAs returns the token after "as" when a serving verb follows the
// name ending at token e, over up to two adverbs ("X proudly serves
// as", "X also served as"), else -1. The caller reads a post of a body
// there only ("served as a lawyer for the cartel" is no post in it).
func (d *doc) serveAs(e int) int {
	k := e
	for n := 0; n < 2 && k < len(d.toks) && d.toks[k].kind == tWord && !d.toks[k].cap && (clauseAdverbs[d.toks[k].key] || strings.HasSuffix(d.toks[k].key, "ly")); n++ {
		k++
	}
	if k+2 < len(d.toks) && serveVerbs[d.toks[k].key] && d.toks[k+1].key == "as" && d.toks[k].sent == d.toks[e].sent {
		return k + 2
	}
	return -1
}

// seatVerbs open a list of seats: "serves on"/"sits on" lists bodies, the
// copula titles at bodies ("serves as" is read by serveAs).
var seatVerbs = map[string]bool{"serves": true, "sits": true, "is": true}

// seatListRoles gives the subject of a seat list a post at each body of it.
func (d *doc) seatListRoles(add func(*entity, string, *entity, int)) {
	for v := 1; v+2 < len(d.toks); v++ {
		if !seatVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		verb := d.toks[v].key
		j := v + 1
		bare := false // a body alone is a member's seat
		if verb != "is" {
			if d.toks[j].key != "on" {
				continue
			}
			bare = true
			j++
		}
		p := d.seatSubject(v)
		if p == nil {
			continue
		}
		n := 0
		for j < len(d.toks) && d.toks[j].sent == d.toks[v].sent {
			title, body, end := d.seatItem(j, bare)
			if body == nil {
				break
			}
			if d.sharedHead(end) {
				break // "the Senate A and Joint B Committees": neither name is whole
			}
			n++
			if verb != "is" || n > 1 {
				add(p, title, body, j) // the copula's first item is role/copula's
			}
			j = d.bodyNameRest(end, v)
			if j < len(d.toks) && d.toks[j].key == "as" && bare {
				j++ // "serves on the J Committee as Chairman of the K Subcommittee"
				t, b, e := d.seatItem(j, false)
				if b == nil {
					break
				}
				add(p, t, b, j)
				j = e
			}
			if j < len(d.toks) && d.toks[j].key == "," {
				j++
			}
			if j < len(d.toks) && d.toks[j].key == "and" {
				j++
			} else if j > 0 && d.toks[j-1].key != "," {
				break
			}
		}
	}
}

// seatSubject returns the person a seat verb at v is said of: a name (or
// a name and "also") opening the sentence, or "he"/"she" there.
func (d *doc) seatSubject(v int) *entity {
	e := v
	if d.toks[e-1].key == "also" || d.toks[e-1].key == "currently" {
		e--
	}
	if e > 1 && d.toks[e-1].key == ")" {
		for k := e - 2; k > 0 && k > e-10; k-- {
			if d.toks[k].key == "(" {
				e = k // "X (R-OK) serves on"
				break
			}
		}
	}
	if e < 1 {
		return nil
	}
	s := e - 1
	if g, ok := pronounGender[d.toks[s].key]; ok && (g == 'm' || g == 'f') {
		if s > 0 && d.toks[s-1].sent == d.toks[s].sent {
			return nil
		}
		return d.resolvePronoun(s, g)
	}
	m := d.mentionAt(s)
	if m == nil || m.e != e || m.ent == nil || m.ent.typ != schema.Person || m.quoted {
		return nil
	}
	// only capitalised title words before the name: "Senator X is"
	for k := m.s - 1; k >= 0 && d.toks[k].sent == d.toks[m.s].sent; k-- {
		if k < m.s-4 || d.mentionAt(k) != nil || !(d.toks[k].cap || d.toks[k].key == ".") {
			return nil
		}
	}
	return m.ent
}

// seatItem reads one seat starting at token j: "[the] BODY" when bare is
// set (a member's seat), or "[a|the] TITLE of|on [the|its] BODY". It
// returns the title, the body (nil when none is read there) and the token
// after the item.
func (d *doc) seatItem(j int, bare bool) (string, *entity, int) {
	seatBody := func(m *mention) bool {
		return m != nil && m.ent != nil && (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) && !m.quoted
	}
	if bare {
		if m := d.mentionFrom(j); seatBody(m) {
			return "member", m.ent, m.e
		}
		return "", nil, j
	}
	if k := d.toks[j].key; k == "a" || k == "an" || k == "the" {
		j++
	}
	ts := j
	for j < len(d.toks) && j < ts+5 && d.toks[j].sent == d.toks[ts].sent && d.toks[j].kind == tWord && d.mentionAt(j) == nil {
		if k := d.toks[j].key; k == "of" || k == "on" {
			break
		}
		j++
	}
	if j == ts || j+1 >= len(d.toks) || d.toks[j].key != "of" && d.toks[j].key != "on" || !titleHeads[d.toks[j-1].key] && !seatTitleHeads[d.toks[j-1].key] {
		return "", nil, j
	}
	k := j + 1
	if d.toks[k].key == "its" {
		k++
	}
	m := d.mentionFrom(k)
	if !seatBody(m) {
		return "", nil, j
	}
	return d.surface(ts, j), m.ent, m.e
}

// seatTitleHeads end a seat's title beside titleHeads (which holds
// member, chair, co-chair …): "a senior Democrat on the A Committee".
var seatTitleHeads = set("democrat", "republican", "cochair")

// bodyNameRest skips, from token j, the capitalised words a body's name
// runs on with past its mention ("the A Caucus Taskforce on Immigration,"),
// up to the list's next comma or "and"; j itself when no such run ends
// there.
func (d *doc) bodyNameRest(j, v int) int {
	k := j
	for k < len(d.toks) && k < j+6 && d.toks[k].sent == d.toks[v].sent && d.mentionAt(k) == nil {
		t := d.toks[k]
		if t.key == "," || t.key == "and" || t.key == "as" {
			return k
		}
		if !t.cap && t.key != "on" && t.key != "of" && t.key != "for" {
			return j
		}
		k++
	}
	return j
}

// sharedHead reports whether a body's mention ending before token e is
// joined by "and" to capitalised words that are no name of their own: the
// first half of two names sharing a plural head.
func (d *doc) sharedHead(e int) bool {
	return e+1 < len(d.toks) && d.toks[e].key == "and" && d.toks[e+1].cap && d.toks[e+1].sent == d.toks[e].sent && d.mentionAt(e+1) == nil
}
