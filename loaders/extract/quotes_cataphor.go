package extract

import "github.com/newsgraph/newsgraph/schema"

// cataphorSpeaker reads a paragraph that announces the quotation paragraph
// opening at token i without a verb of speech: "X today made the following
// comment on …", "X issued the following …", "X outlined her concerns:".
// The announcement is "the following" or a colon closing the paragraph;
// the speaker is the person opening that sentence, before the announcement
// (the subject, not an addressee named after it, nor one item of a list
// or the last words before the colon). It returns nil when the
// paragraph quotes anything itself or its sentence opens with someone
// unnamed.
func (d *doc) cataphorSpeaker(i int) *entity {
	if i <= 0 {
		return nil
	}
	para := d.toks[i-1].para
	s := d.paraStart(i - 1)
	if d.hasQuote(s, i) {
		return nil
	}
	mark := -1
	if d.toks[i-1].key == ":" {
		mark = i - 1
	} else {
		for k := s + 1; k < i; k++ {
			if d.toks[k].key == "following" && d.toks[k-1].key == "the" && d.toks[k].para == para {
				mark = k - 1
				break
			}
		}
	}
	if mark < 0 {
		return nil
	}
	st, unnamed := d.sentenceOpening(s, mark)
	if unnamed {
		return nil
	}
	for j := st; j < mark; j++ {
		if askWords[d.toks[j].key] {
			return nil // "Reporters asked X:": the quotation answers someone else
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person && !m.attached && !m.quoted {
				if m.e >= mark || listWords[d.toks[m.e].key] {
					return nil // "named the two men held, A and B:": a list, an object, not a subject
				}
				return m.ent
			}
			j = m.e - 1
			continue
		}
		if g, ok := pronounGender[d.toks[j].key]; ok && (g == 'm' || g == 'f') {
			return d.resolvePronoun(j, g)
		}
	}
	return nil
}

// listWords after the person in an announcing sentence make that person
// one item of a list, not the subject of the sentence.
var listWords = map[string]bool{"and": true, "or": true, "&": true}

// askWords before the person in an announcing sentence make that person
// the one addressed, not the speaker.
var askWords = map[string]bool{"asked": true, "to": true, "told": true, "wrote": true, "questioned": true}
