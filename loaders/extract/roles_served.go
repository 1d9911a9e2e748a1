// A post that serves another office holder, written before that holder's
// name with the post's own holder in apposition: "The security spokesman
// for President X, Y, said …" — Y is the spokesman, in X's government.

package extract

import "github.com/newsgraph/newsgraph/schema"

// servedHolderRoles gives the person apposed after "the TITLE for|to
// [DEMONYM] OFFICE NAME," that title in the government of NAME.
func (d *doc) servedHolderRoles(add func(*entity, string, *entity, int)) {
	for _, m2 := range d.ments {
		if m2.ent == nil || m2.ent.typ != schema.Person || m2.s < 3 || d.inQuote[m2.s] || d.toks[m2.s-1].key != "," {
			continue
		}
		m1 := d.mentionAt(m2.s - 2)
		if m1 == nil || m1.ent == nil || m1.ent.typ != schema.Person || m1.ent == m2.ent || m1.e != m2.s-1 {
			continue
		}
		// the apposition closes: "Y, said", "Y says"
		if m2.e >= len(d.toks) || d.toks[m2.e].sent != d.toks[m2.s].sent || d.toks[m2.e].key != "," && (d.toks[m2.e].kind != tWord || d.toks[m2.e].cap) {
			continue
		}
		items := d.chainBefore(d.honorificStart(m1.s))
		if len(items) == 0 || !d.hasHeadItem(items) {
			continue
		}
		f := m1.s
		for _, it := range items {
			f = min(f, it.tok)
		}
		if f < 3 || d.toks[f-1].key != "for" && d.toks[f-1].key != "to" {
			continue
		}
		var title []int
		k := f - 2
		for ; k >= 0 && d.toks[k].sent == d.toks[f].sent && d.at[k] == 0 && d.isTitleTok(k); k-- {
			title = append([]int{k}, title...)
		}
		if len(title) == 0 || !d.hasHead(title) || k < 0 || !phraseDets[d.toks[k].key] && !d.sentenceOpener(k+1) {
			continue
		}
		if g := d.personGov(m1.ent); g != nil {
			add(m2.ent, d.titleText(title), g, m2.s)
		}
	}
}
