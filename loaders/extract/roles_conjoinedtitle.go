package extract

import "github.com/newsgraph/newsgraph/schema"

// conjoinedTitleRoles reads a second post joined by "and" to the post of
// a person's apposition: "X (D-Vt.), a senior member of the A Committee
// and Chairman of its B Subcommittee", "Y, a former commander of the C
// Police and member of the D Cartel". The person holds the second title
// at the body its "of" names; whether that ties them to it (leads,
// memberOf) is left to roleTies.
func (d *doc) conjoinedTitleRoles(add func(*entity, string, *entity, int)) {
	for k := 1; k+3 < len(d.toks); k++ {
		if d.toks[k].key != "and" || d.inQuote[k] {
			continue
		}
		first := d.mentionAt(k - 1)
		if first == nil || first.e != k || !postBody(first.ent) {
			continue
		}
		j := k + 1
		var title []int
		for j < len(d.toks) && j <= k+3 && d.isTitleTok(j) {
			title = append(title, j)
			j++
		}
		if len(title) == 0 || !d.hasHead(title) || j+2 >= len(d.toks) || d.toks[j].key != "of" {
			continue
		}
		if j++; d.toks[j].key == "the" || d.toks[j].key == "its" {
			j++
		}
		second := d.mentionAt(j)
		if second == nil || second.s != j || !postBody(second.ent) || second.ent == first.ent {
			continue
		}
		if p := d.appositionHolder(first.s, d.toks[k].sent); p != nil {
			add(p, d.titleText(title), second.ent, second.s)
		}
	}
}

// postBody reports whether e is a body a post is held at: an agency, an
// organisation or a criminal group.
func postBody(e *entity) bool {
	return e != nil && (e.typ == schema.Agency || e.typ == schema.Organization || e.typ == schema.Cartel)
}

// appositionHolder is the person whose apposition runs from a comma up to
// the body starting at token s of sentence sent: ", a senior member of
// the", ", a former commander of the" (an article or a title word first,
// then only words, no mention nor punctuation), the comma right after the
// person's name or their party tag ("X (D-Vt.),"); nil if there is none.
func (d *doc) appositionHolder(s, sent int) *entity {
	k := s - 1
	for ; k > 0 && k >= s-8 && d.toks[k].sent == sent && d.toks[k].kind == tWord && d.mentionAt(k) == nil; k-- {
	}
	if k < 1 || k >= s-1 || d.toks[k].key != "," || d.toks[k].sent != sent {
		return nil
	}
	if lead := d.toks[k+1].key; lead != "a" && lead != "an" && lead != "the" && !d.isTitleTok(k+1) {
		return nil
	}
	m := d.mentionAt(d.beforePartyTag(k))
	if m == nil || m.ent == nil || m.ent.typ != schema.Person {
		return nil
	}
	return m.ent
}
