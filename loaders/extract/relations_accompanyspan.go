package extract

// emptyAside reports whether the aside opened by a comma before token i
// and an accompaniment phrase ending at token end ("A, together with
// the international community, urges B …") names no entity before its
// closing comma: the partner is then unnamed, and whoever the clause
// goes on to name (B) is no partner. An aside with no closing comma in
// its sentence is not judged.
func (d *doc) emptyAside(i, end, sent int) bool {
	if i < 1 || d.toks[i-1].key != "," {
		return false
	}
	for j := end; j < len(d.toks) && d.toks[j].sent == sent; j++ {
		if d.toks[j].key == "," {
			return true
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			return false
		}
	}
	return false
}
