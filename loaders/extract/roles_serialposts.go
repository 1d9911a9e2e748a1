// A list of posts after one person: "X is chair of the A, a senior member
// of the B, and the chair of the C", "X, vice chairman of the A and member
// of the B,", "X proudly serves as a member of the A and a co-chair of the
// B". Each item is a title with its body, read as the first one is.

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
