package extract

// A capitalised word standing alone between a comma and the verb is the
// verb's subject even when it names no entity the extractor knows: in
// "As he met with A and B, Pace praised C" (a fronted clause, then the
// subject) Pace praised C, and neither A nor B did; so is a plural name
// after ", the" ("Once the cargo reaches X, the Ruizes work with Y") and a
// pronoun opening a "where" clause ("to a port, where it deals with Y").
// Reading further left would cross the clause boundary to a place.

// unknownNameSubject reports whether the token right before a verb group
// starting at token i is "it" or "they" after "where" or "when", or a
// capitalised word that is no mention, pronoun or calendar word and
// follows a comma, or ", the", in the same sentence (the word after "the"
// is not tested for a plural).
func (d *doc) unknownNameSubject(i, sent int) bool {
	k := i - 1
	if k >= 1 && d.toks[k].sent == sent && (d.toks[k].key == "it" || d.toks[k].key == "they") && (d.toks[k-1].key == "where" || d.toks[k-1].key == "when") {
		return true // "to a port, where it deals with X": the clause's own subject, not a place before it
	}
	c := k - 1
	if c >= 1 && d.toks[c].key == "the" {
		c-- // ", the Ruizes work with X": a family or group named by a plural
	}
	if k < 1 || c < 0 || d.toks[k].sent != sent || d.toks[c].key != "," {
		return false
	}
	t := d.toks[k]
	return t.kind == tWord && t.cap && t.key != "i" && d.mentionAt(k) == nil && !calendarWords[t.key]
}

// unnamedActorNouns, in lower case, are people who act in wire copy
// without a name: "unknown gunmen killed X", "Peruvian troops killed Y".
var unnamedActorNouns = set("gunmen", "assailants", "attackers", "hitmen", "kidnappers", "men", "troops", "soldiers",
	"rebels", "guerrillas", "militants", "insurgents", "fighters", "suspects", "individuals", "people", "persons")

// unnamedActorsBefore reports whether the words right before a verb group
// starting at token i are a plural of unnamed people that names no
// entity: "unknown gunmen", "two unidentified men", "Peruvian troops" (a
// demonym is no entity). They are the verb's subject, so no actor named
// further left is ("Near a mine in X Department, unknown gunmen killed
// Y": not X; "LIMA, Peru — Ecuadorian troops killed Y": not Peru). A
// named group's people ("Shining Path guerrillas") are read as before.
func (d *doc) unnamedActorsBefore(i, sent int) bool {
	h := i - 1
	if h < 0 || d.toks[h].sent != sent || d.toks[h].cap || !unnamedActorNouns[d.toks[h].key] || d.mentionAt(h) != nil {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-3 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil {
				return false // "Shining Path guerrillas", "FARC rebels": the group's people
			}
			k = m.s
			continue
		}
		if t := d.toks[k]; t.kind != tWord || t.cap || relCues[t.key] != nil || relAux[t.key] || relConj[t.key] {
			return true // a clause's or sentence's edge
		}
	}
	return true
}
