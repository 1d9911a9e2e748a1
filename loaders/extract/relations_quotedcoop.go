package extract

// An official quoted on "close cooperation with X" with no one named as
// its party speaks for the body they serve: "“This arrest is the result
// of close cooperation with the Colombian government,” said the office's
// director, X" says the office cooperates with Colombia, as "our
// cooperation with X" would.

// quotedSpeakerBody returns the body (office or government) of the
// speaker of the quotation holding token v, or nil when v is not quoted
// or the speaker serves no body named.
func (d *doc) quotedSpeakerBody(v int) []*entity {
	if !d.inQuote[v] {
		return nil
	}
	if g := d.weGov(v); g != nil {
		return []*entity{g}
	}
	return nil
}

// quotedCooperationWith reports whether the cue at token v, inside a
// quotation its paragraph's prose attributes to a speaker who serves a
// body, or whose noun a name owns, is a noun of cooperation followed by
// "with" ("close cooperation with the Colombian government", "Chile's
// partnership with Peru").
func (d *doc) quotedCooperationWith(v int) bool {
	if v+1 >= len(d.toks) || d.toks[v+1].key != "with" || nounCue(d.toks[v].key) != "cooperatesWith" ||
		d.toks[v+1].sent != d.toks[v].sent {
		return false
	}
	return d.proseAttributes(v) && (d.quotedSpeakerBody(v) != nil || d.namedPossessor(v))
}

// opensQuotation reports whether token v is the first word of a
// quotation: a capital there begins the quoted sentence ("“Cooperation
// between A and B has grown,” said X"), as at a sentence's start, and
// does not make the word part of a name.
func (d *doc) opensQuotation(v int) bool {
	return v > 0 && d.inQuote[v] && d.toks[v-1].kind == tQuote && d.toks[v-1].q != 'c'
}
