package extract

// An agreement that is the object of "signed" (or "reached", "concluded": signForms) in a sentence naming all
// its parties was signed by them, even when the parties come from the
// sentence's context rather than a stated list: "the ambassador and the
// foreign minister signed a new extradition treaty to deepen cooperation
// between Peru and Chile".

// signedObjectSentences adds to sents each sentence in which agreement a
// is the direct object of an active "signed" ("signed a new extradition
// treaty") and which names every one of a's parties.
func (d *doc) signedObjectSentences(a *entity, sents map[int]bool) {
	if len(a.parties) < 2 {
		return
	}
	for _, m := range d.ments {
		if m.ent != a || m.quoted {
			continue
		}
		v := m.s - 1
		for v > 0 && v > m.s-4 && approvalFillers[d.toks[v].key] {
			v-- // "signed a new …", "signed the bilateral …"
		}
		sent := d.toks[m.s].sent
		if v < 0 || !signForms[d.toks[v].key] || d.toks[v].sent != sent || sents[sent] {
			continue
		}
		if d.sentenceNamesAll(sent, a.parties) {
			sents[sent] = true
		}
	}
}

// sentenceNamesAll reports whether sentence sent has a mention of each
// entity named in names.
func (d *doc) sentenceNamesAll(sent int, names []string) bool {
	seen := map[string]bool{}
	for _, m := range d.ments {
		if m.ent != nil && d.toks[m.s].sent == sent {
			seen[m.ent.name] = true
		}
	}
	for _, n := range names {
		if !seen[n] {
			return false
		}
	}
	return true
}
