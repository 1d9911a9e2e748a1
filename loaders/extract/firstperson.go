package extract

import "github.com/newsgraph/newsgraph/schema"

// First person plural: in a quotation "we" and "our" are the speaker's
// government; in a text headed "Statement by X" or "Remarks by X" the
// whole text is X's, so they are X's government there too; in a text
// headed by a state's embassy they are that state (headlineBodyGov). A
// speaker with no government office resolves them to no one.

// weGov returns the government "we" or "our" at token k stands for, or
// nil.
func (d *doc) weGov(k int) *entity {
	var sp *entity
	quoted := d.inQuote[k]
	for _, q := range d.quotes {
		if q.open < k && k <= q.last {
			sp, quoted = q.speaker, true // also a page's own statement, read as prose (assertOwnStatements)
			break
		}
	}
	if !quoted {
		return d.authorGov()
	}
	if sp == nil || sp.typ != schema.Person {
		return nil
	}
	if a := d.personAgency(sp); a != nil {
		return a // "we remain committed", said the director of an office: the office
	}
	if g := d.personGov(sp); g != nil {
		return g
	}
	return d.speakerOwnAgency(sp)
}

// personAgency is the office within a department that a person holds a
// current role in ("OFAC Director X"), or nil: a department's own head
// speaks for the government.
func (d *doc) personAgency(e *entity) *entity {
	for _, r := range d.roles {
		if r.Person != e.name || r.Former {
			continue
		}
		if a := d.ents[string(schema.Agency)+"|"+fold(r.Org)]; a != nil && a.typ == schema.Agency && a.parent != nil && a.parent.typ == schema.Agency {
			return a
		}
	}
	return nil
}

// authorGov is the government of the text's author ("Statement by X"), or
// nil.
func (d *doc) authorGov() *entity {
	if sp := d.textSpeaker(); sp != nil && sp.typ == schema.Person {
		return d.personGov(sp)
	}
	if g := d.bylineGov(); g != nil {
		return g
	}
	if g := d.headlineBodyGov(); g != nil {
		return g
	}
	if len(d.toks) > 2 && d.toks[0].key == "readout" && d.toks[1].key == "of" {
		// "Readout of Deputy Secretary X's Travel to Y": the text is X's office's
		for k := 2; k < len(d.toks) && d.toks[k].para == d.toks[0].para; k++ {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				return d.personGov(m.ent)
			}
		}
	}
	return nil
}

// textSpeaker is the person a headline "Statement by X", "Remarks by X"
// names as the author of the whole text, or nil.
func (d *doc) textSpeaker() *entity {
	if d.speakerDone {
		return d.speaker
	}
	d.speakerDone = true
	if len(d.toks) < 3 || !headingNouns[d.toks[0].key] || !byHeading(d.toks[1].key) {
		// "Address to the Nation on X", "Message Regarding Y": a heading
		// noun that names no author leaves the speaker to the lines below
		if d.speaker = d.possessedHeadingSpeaker(); d.speaker == nil {
			d.speaker = d.remarksIntroSpeaker()
		}
		if d.speaker == nil {
			d.speaker = d.deliveredHeadingSpeaker()
		}
		if d.speaker == nil {
			d.speaker, _ = d.speakerLine() // roles_speakerline.go
		}
		return d.speaker
	}
	for k := 2; k < len(d.toks) && d.toks[k].para == d.toks[0].para; k++ {
		if p := d.headlineSurname(k); p != nil {
			d.speaker = p // "Remarks by Director X at …", X named in full below
			break
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person {
				d.speaker = m.ent
			}
			if m.ent.typ == schema.Person || !m.attached {
				break
			}
			k = m.e - 1
		}
	}
	return d.speaker
}

// weSubject reports whether the cue at token v, inside a quotation,
// follows "we" or "our" within its clause: the speaker stating what their
// government does ("we will continue to support X", "our partnership
// with Y"), which is read as a relation; other quoted words are the
// speaker's, not facts.
func (d *doc) weSubject(v int) bool {
	for k := v - 1; k >= 0 && k >= v-5 && d.inQuote[k] && d.toks[k].sent == d.toks[v].sent; k-- {
		switch d.toks[k].key {
		case "we", "our":
			return d.weGov(k) != nil
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// headlineSurname is the one person whose surname the headline's word at
// k is, when no name was read there: headlines name a speaker by title
// and surname ("Remarks by Director X at the Y"), the byline or the text
// in full below. The word ends its run of capitalised words; nil when no
// person, or more than one, has that surname.
func (d *doc) headlineSurname(k int) *entity {
	t := d.toks[k]
	if m := d.mentionAt(k); m != nil && m.ent != nil {
		return nil
	}
	if t.kind != tWord || !t.cap || k+1 < len(d.toks) && d.toks[k+1].para == t.para && d.toks[k+1].cap {
		return nil
	}
	return d.uniqueSurname(t.key) // roles_senabbrev.go
}

// byHeading reports whether the word after a headline's heading noun
// introduces its author: "Statement by X", "Remarks from X", "Message of X".
func byHeading(k string) bool {
	return k == "by" || k == "from" || k == "of"
}
