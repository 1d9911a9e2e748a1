package extract

// alongWithBefore returns the comma opening a company phrase ", along with
// B," or ", together with B," that ends with the comma at token k, set off
// between a subject and its verb ("A, along with B, met with C"); B may
// carry its own appositive ("along with Senator B (D-Ore.), chairman of
// the committee,"). -1 when there is none.
func (d *doc) alongWithBefore(k int) int {
	sent := d.toks[k].sent
	for j := k - 1; j > 0 && j > k-40 && d.toks[j].sent == sent; j-- {
		key := d.toks[j].key
		if key == "." && d.toks[j+1].key == ")" {
			continue // "(D-Ore.)"
		}
		if actorStop[key] || d.inQuote[j] {
			return -1
		}
		if key != "," || j+3 >= k {
			continue
		}
		if w := d.toks[j+1].key; (w == "along" || w == "together") && d.toks[j+2].key == "with" {
			return j
		}
	}
	return -1
}

// alongWithActors returns the subjects of a verb whose subject has a
// ", along with B," phrase closing at the comma k: the actors before the
// phrase and the named companions in it; ok is false when no such phrase
// closes at k or it opens with no name ("A, along with our partners,",
// "A, along with 25 other defendants,").
func (d *doc) alongWithActors(k, sent int, pred string) ([]*entity, bool) {
	j := d.alongWithBefore(k)
	if j < 0 {
		return nil, false
	}
	if t := d.toks[j+3]; t.kind == tWord && !t.cap && t.key != "the" {
		return nil, false // "along with our partners": no named companion
	}
	companions := d.actorsRight(j+3, sent, pred, sideSubj)
	if len(companions) == 0 {
		return nil, false
	}
	out := d.actorsLeft(j, sent, pred, sideSubj)
	if len(out) == 0 {
		return nil, false
	}
	for _, e := range companions {
		if !containsEnt(out, e) {
			out = append(out, e)
		}
	}
	return out, true
}
