package extract

// An infinitive of purpose has the clause's subject as its actor, never a
// name standing in a place or source phrase right before it: in "the
// United States deployed troops in Colombia to assist the police" Colombia
// is where the troops are, and the United States assists. When another
// infinitive comes first ("both countries agreed to expand immigration
// from Honduras to support U.S. businesses") the purpose is that
// infinitive's object's, and no one named is the actor.

// placeSourcePreps open a place or source phrase.
var placeSourcePreps = set("from", "in", "into", "across", "throughout", "within")

// placeBeforeInfinitive reports whether mention m, the nearest name before
// an infinitive whose "to" is token i, is the object of a place or source
// preposition.
func (d *doc) placeBeforeInfinitive(m *mention, i int) bool {
	return d.toks[i].key == "to" && m.ent != nil && m.s > 0 && placeSourcePreps[d.toks[m.s-1].key]
}

// infinitiveBeforeName reports whether a "to" comes before token s in its
// sentence with no name between them.
func (d *doc) infinitiveBeforeName(s, sent int) bool {
	for k := s - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if d.mentionAt(k) != nil {
			return false
		}
		if d.toks[k].key == "to" {
			return true
		}
	}
	return false
}
