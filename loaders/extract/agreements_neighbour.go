// Neighbouring sentences: a government borrowed from the sentence before
// or after an agreement's must stand there as a side, not as the
// complement of a preposition.

package extract

// sideGoverningWords govern a country named as a place, a partner of the
// target, not as a side of what the sentence reports: "the invasion of
// Ruritania", "from Ruritania's war on Elbonia". "with" and "to" are left
// out: "collaboration with Ruritania", "doses sent to Ruritania" name the
// subject's partner or beneficiary, often the other side.
var sideGoverningWords = set("on", "against", "from", "into", "in", "of", "at", "over", "toward", "towards")

// prepositionalCountry reports whether the country named at token k is the
// complement of a preposition: walking back over "the", "or", commas and
// capitalised words ("on the Republic of Ruritania"), the first other word
// is a governing preposition. A country coordinated with another ("the
// citizens of Ruritania and Elbonia") is one of two sides named together
// and does not count. "of" after a capitalised word or a title ("Prime
// Minister Ana Vale of Ruritania", "Republic of Ruritania") names the
// country an office or a name belongs to, and does not count.
func (d *doc) prepositionalCountry(k int) bool {
	sent := d.toks[k].sent
	if d.coordinatedCountry(k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12 && d.toks[j].sent == sent; j-- {
		t := d.toks[j]
		switch {
		case t.key == "the" || t.key == "," || t.key == "or" || t.cap && t.kind == tWord:
			continue
		case !sideGoverningWords[t.key]:
			return false
		case t.key == "of" && j > 0 && (d.toks[j-1].cap || titleHeads[d.toks[j-1].key]):
			return false
		}
		return true
	}
	return false
}

// coordinatedCountry reports whether the country named at token k is
// joined by "and" to another country named in its sentence: "Ruritania
// and Elbonia", "the citizens of Elbonia and the Republic of Ruritania".
func (d *doc) coordinatedCountry(k int) bool {
	sent := d.toks[k].sent
	for _, c := range d.countries {
		o := c.tok
		if o == k || d.toks[o].sent != sent || o < k-8 || o > k+8 {
			continue
		}
		lo, hi := min(o, k), max(o, k)
		for j := lo + 1; j < hi; j++ {
			if d.toks[j].key == "and" {
				return true
			}
			if !d.toks[j].cap && d.toks[j].key != "the" && d.toks[j].key != "of" {
				break
			}
		}
	}
	return false
}
