// A delayed lede names a post before its holder: "The commander of X
// visited Y last week. … At each stop, Marine Corps Gen. Z held meetings."

package extract

import "github.com/newsgraph/newsgraph/schema"

// delayedLedeRoles gives the post of an unnamed "the TITLE of BODY" that
// opens a sentence naming no person to the first person named after it,
// within the next two sentences, when only a rank (and a service) stands
// before that name: the story names the office first and its holder
// later.
func (d *doc) delayedLedeRoles(add func(*entity, string, *entity, int)) {
	for _, om := range d.ments {
		if om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization || d.inQuote[om.s] {
			continue
		}
		title, ok := d.openingTitleOf(om, false)
		if !ok {
			continue
		}
		p := d.rankedHolderAfter(om.e, d.toks[om.s].sent)
		if p == nil {
			continue
		}
		add(p, d.titleText(title), om.ent, om.s)
	}
}

// openingTitleOf reads "the TITLE of [the] BODY" before om, the body's
// mention, opening a sentence that names no person ("The commander of X
// visited …"), with hedge words ("the reputed leader of") when hedged:
// the title's tokens, and whether it is one.
func (d *doc) openingTitleOf(om *mention, hedged bool) (title []int, ok bool) {
	of := om.s - 1
	if of > 0 && d.toks[of].key == "the" {
		of--
	}
	if of < 2 || d.toks[of].key != "of" {
		return nil, false
	}
	sent := d.toks[om.s].sent
	s := of - 1
	for ; s >= 0 && d.toks[s].sent == sent && d.at[s] == 0 && d.isTitleTok(s); s-- {
		title = append([]int{s}, title...)
	}
	for hedged && s >= 0 && d.toks[s].sent == sent && d.at[s] == 0 && hedgeWords[d.toks[s].key] {
		s--
	}
	if len(title) == 0 || !d.hasHead(title) || s < 0 || d.toks[s].key != "the" {
		return nil, false
	}
	// the phrase opens its sentence (after a dateline) and the sentence
	// names no person
	if !d.sentenceOpener(s) || d.personInSentence(sent) {
		return nil, false
	}
	return title, true
}

// sentenceOpener reports whether token s opens its sentence or follows a
// dateline's dash ("MIAMI, Nov. 24, 2014 - The …").
func (d *doc) sentenceOpener(s int) bool {
	if s == 0 || d.toks[s-1].sent != d.toks[s].sent {
		return true
	}
	switch d.toks[s-1].key {
	case "-", "--", "—", "–":
		return true
	}
	return false
}

// personInSentence reports whether the sentence sent names a person.
func (d *doc) personInSentence(sent int) bool {
	for _, m := range d.ments {
		if d.toks[m.s].sent == sent && m.ent != nil && m.ent.typ == schema.Person {
			return true
		}
	}
	return false
}

// rankedHolderAfter is the first person named after token e, within the
// two sentences after sentence sent, when only ranks and a service stand
// before the name ("Marine Corps Gen. X", "Navy Adm. Y") and no title of
// the person's own follows it ("Gen. X, commander of Y's army": a person
// introduced with an office is someone the story meets, not the unnamed
// office holder it opened with); else nil.
func (d *doc) rankedHolderAfter(e, sent int) *entity {
	for k := e; k < len(d.toks) && d.toks[k].sent <= sent+2; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person {
			continue
		}
		if d.toks[k].sent == sent || d.inQuote[k] {
			return nil
		}
		prs := rolePairs(d.chainBefore(d.honorificStart(m.s)))
		if len(prs) == 0 || !d.ranksOnly(prs) || d.ownTitleAfter(m.e) {
			return nil
		}
		return m.ent
	}
	return nil
}

// ownTitleAfter reports whether a title in apposition follows a name
// ending at token e: ", commander of X", ", the agency's director".
func (d *doc) ownTitleAfter(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	return d.titlePhraseAt(e + 1).head
}
