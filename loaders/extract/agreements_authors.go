package extract

import "github.com/newsgraph/newsgraph/schema"

// A declaration written in the first person opens by naming those who
// make it: "We, the Governments of A; B; and C;", "We, the Heads of
// State and Government of A, B and C, meeting in …"; a joint statement
// by the note that introduces it: "The text of the following statement
// was released by the Governments of A and B", "The Governments of A, B
// and C issued the following joint statement". What "we" reaffirm,
// advance or commit to in the text is theirs: an agreement the text names
// in a sentence in the first person plural ("REAFFIRMING our commitment
// to the X Initiative"), or the framework the headline names the text
// for ("Joint Statement: Fourth X Dialogue"), has them as its parties.

// firstPersonPlural are the words by which the authors speak of themselves.
var firstPersonPlural = set("we", "our", "ours", "ourselves")

// declarationAuthors returns the governments a "We, the <plural> of …"
// opening names, in the order named, or nil when no sentence opens so or
// it names fewer than two.
func (d *doc) declarationAuthors() []*entity {
	for i := 0; i+3 < len(d.toks); i++ {
		if d.toks[i].key != "we" || !d.sentenceSubjectStart(i) || d.toks[i+1].key != "," || d.toks[i+2].key != "the" {
			continue
		}
		of := -1
		for k := i + 3; k < len(d.toks) && k <= i+9 && d.toks[k].sent == d.toks[i].sent; k++ {
			if d.toks[k].key == "of" {
				of = k
				break
			}
			if !d.toks[k].cap && d.toks[k].key != "and" {
				break
			}
		}
		if of < 0 {
			continue
		}
		var out []*entity
		for _, m := range d.ments {
			if m.s > of && d.toks[m.s].sent == d.toks[i].sent && !m.quoted && m.ent != nil &&
				m.ent.typ == schema.Government && !containsEnt(out, m.ent) {
				out = append(out, m.ent)
			}
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	return d.releasedBy()
}

// statementNouns name the text a note introduces: "the following statement".
var statementNouns = set("statement", "text", "declaration", "communique", "communiqué")

// releasedBy returns the governments and blocs of states a sentence that
// introduces "the following statement" names before any agreement, when
// it names two or more: those who release the joint text.
func (d *doc) releasedBy() []*entity {
	for i := 0; i+2 < len(d.toks); i++ {
		if d.toks[i].key != "following" || d.inQuote[i] {
			continue
		}
		j := i + 1
		if d.toks[j].key == "joint" {
			j++
		}
		if !statementNouns[d.toks[j].key] {
			continue
		}
		sent := d.toks[i].sent
		var out []*entity
		for _, m := range d.ments {
			if d.toks[m.s].sent != sent || m.ent == nil || m.quoted {
				continue
			}
			if m.ent.typ == schema.Agreement {
				break
			}
			if (m.ent.typ == schema.Government || len(d.g.members[m.ent.name]) > 0) && !containsEnt(out, m.ent) {
				out = append(out, m.ent)
			}
		}
		if len(out) >= 2 {
			return out
		}
		return nil
	}
	return nil
}

// authorParties adds to parties of agreement e the authors of a
// declaration in the first person (declarationAuthors) when the headline names e or a
// sentence in the first person plural does; it reports whether it added
// them.
func (d *doc) authorParties(e *entity, authors []*entity, parties map[string]bool) bool {
	if len(authors) == 0 {
		return false
	}
	at := -1
	for _, m := range d.ments {
		if m.ent == e && !m.quoted && (d.toks[m.s].para == 0 || d.firstPersonSentence(m.s)) {
			at = m.s
			break
		}
	}
	if at < 0 {
		return false
	}
	for _, a := range authors {
		parties[a.name] = true
		d.partyBecause(e, a.name, "agreement-party/declaration-author", at)
	}
	return true
}

// firstPersonSentence reports whether the sentence holding token at speaks
// in the first person plural outside a quotation.
func (d *doc) firstPersonSentence(at int) bool {
	for i, end := d.sentStart(at), d.sentEnd(at); i < end; i++ {
		if firstPersonPlural[d.toks[i].key] && !d.inQuote[i] {
			return true
		}
	}
	return false
}
