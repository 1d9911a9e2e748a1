// A copula with two complements: "X is the head of the network and a
// senior member of the Y Cartel".

package extract

// secondComplement returns the token of the "a" or "an" that opens a
// second complement joined by "and" to the copula complement starting at
// token k ("the leader of the network and a senior member of Y"), else -1.
// A comma or a relative word ends the search.
func (d *doc) secondComplement(k int) int {
	sent := d.toks[k].sent
	for j := k + 1; j+1 < len(d.toks) && j < k+12 && d.toks[j].sent == sent; j++ {
		key := d.toks[j].key
		if actorStop[key] || key == "," || key == "who" || key == "which" || key == "that" {
			return -1
		}
		if key == "and" && (d.toks[j+1].key == "a" || d.toks[j+1].key == "an") {
			return j + 1
		}
	}
	return -1
}
