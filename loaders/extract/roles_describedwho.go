// A relative clause after a description in apposition to a name: "X, a
// former soldier who headed the gang".

package extract

// pastWhoDescription returns the "who" after a description that opens at
// token j ("a former soldier who headed …"): an article and a few plain
// lower-case words, then "who" and a verb of heading (whoHeadVerbs). The
// clause is about the person the description is in apposition to. It
// returns j when there is no such description.
func (d *doc) pastWhoDescription(j int) int {
	if j >= len(d.toks) || d.toks[j].key != "a" && d.toks[j].key != "an" {
		return j
	}
	sent := d.toks[j].sent
	for k := j + 1; k+1 < len(d.toks) && k <= j+7 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.key == "who" {
			if k > j+1 && whoHeadVerbs[d.toks[k+1].key] != "" {
				return k
			}
			return j
		}
		if d.mentionAt(k) != nil || t.cap || t.kind != tWord && t.key != "-" || relConj[t.key] {
			return j
		}
	}
	return j
}
