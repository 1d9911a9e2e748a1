package extract

// asWellAsBefore returns the comma opening a phrase ", as well as B," that
// ends with the comma at token k, set off between a subject and its verb
// ("A, as well as agents from B and C, continue to support D"): B and C
// act with A. -1 when there is none.
func (d *doc) asWellAsBefore(k int) int {
	sent := d.toks[k].sent
	for j := k - 1; j >= 0 && j > k-16 && d.toks[j].sent == sent; j-- {
		if d.toks[j].key != "," {
			continue
		}
		if j+3 < k && d.toks[j+1].key == "as" && d.toks[j+2].key == "well" && d.toks[j+3].key == "as" {
			return j
		}
		return -1
	}
	return -1
}

// asWellAsActors returns the subjects of a verb whose subject has a
// ", as well as B," phrase closing at the comma k: the actors before the
// phrase and those in it; ok is false when no such phrase closes at k.
func (d *doc) asWellAsActors(k, sent int, pred string) ([]*entity, bool) {
	j := d.asWellAsBefore(k)
	if j < 0 {
		return nil, false
	}
	out := d.actorsLeft(j, sent, pred, sideSubj)
	for _, e := range d.actorsRight(j+4, sent, pred, sideSubj) {
		if !containsEnt(out, e) {
			out = append(out, e)
		}
	}
	return out, true
}

// plainWords reports whether tokens [from, to) are lower-case words that
// open no name (a verb group: "continue", "have also").
func (d *doc) plainWords(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.toks[k]; t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return false
		}
	}
	return true
}
