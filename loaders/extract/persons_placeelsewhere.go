// A one-word name the text calls a place somewhere ("the port of Limón",
// "the Artibonite department") is that place wherever it stands alone:
// "Officials say Limón has become the main exit point" names no one.

package extract

// placeNamedElsewhere reports whether the text writes the one capitalised
// word key, anywhere, as a place: after "of" and a place noun ("the port
// of X", "the city of X") or before a place noun ("the X department").
func (d *doc) placeNamedElsewhere(key string) bool {
	for k := 2; k+1 < len(d.toks); k++ {
		if m := d.mentionAt(k); d.toks[k].key != key || !d.toks[k].cap || m != nil && m.ent != nil {
			continue
		}
		if d.toks[k-1].key == "of" && placeOf[d.toks[k-2].key] || d.placeNounAfter(k+1) {
			return true
		}
	}
	return false
}
