package extract

// cataphorSpeaker reads a paragraph that announces the quotation paragraph
// opening at token i without a verb of speech: "X today made the following
// comment on …", "X issued the following …", "X outlined her concerns:".
// The announcement is "the following" or a colon closing the paragraph;
// the speaker is the subject of that sentence before the announcement, as
// openingSubject reads it (not an addressee named after it, nor one item
// of a list or the last words before the colon). It returns nil when the
// paragraph quotes anything itself or its sentence opens with someone
// unnamed.
func (d *doc) cataphorSpeaker(i int) *entity {
	if i <= 0 {
		return nil
	}
	s, ok := d.unquotedParaBefore(i)
	if !ok {
		return nil
	}
	para := d.toks[i-1].para
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
	// "Reporters asked X:": the quotation answers someone else
	asked := func(j int) bool { return askWords[d.toks[j].key] }
	sp, m := d.openingSubject(s, mark, nil, asked)
	if m != nil && (m.e >= mark || listWords[d.toks[m.e].key]) {
		return nil // "named the two men held, A and B:": a list, an object, not a subject
	}
	return sp
}

// listWords after the person in an announcing sentence make that person
// one item of a list, not the subject of the sentence.
var listWords = map[string]bool{"and": true, "or": true, "&": true}

// askWords before the person in an announcing sentence make that person
// the one addressed, not the speaker.
var askWords = map[string]bool{"asked": true, "to": true, "told": true, "wrote": true, "questioned": true}
