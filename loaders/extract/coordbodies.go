package extract

// Coordinated bodies: "the Department of State and Department of Justice",
// "the National Police and Attorney General's Office" name two bodies, each
// complete, not one whose name holds an "and" ("Safe Streets and Gang
// Unit", "Bureau of Alcohol, Tobacco, Firearms and Explosives").

// bodyBoundary reports whether the "and" at k joins two complete bodies'
// names: the word before it is a body's head ("Police and …") or the word
// after it opens a new body's name ("… and Department of Justice").
func (d *doc) bodyBoundary(k int) bool {
	if k == 0 || k+1 >= len(d.toks) {
		return false
	}
	prev, next := d.toks[k-1], d.toks[k+1]
	if prev.cap && (agencyHeads[prev.key] || orgHeads[prev.key]) && d.capWord(k+1) && d.headAhead(k+1) {
		return true
	}
	return next.cap && agencyHeads[next.key] && k+2 < len(d.toks) && d.toks[k+2].key == "of" && d.bodyBehind(k-1)
}

// headAhead reports whether a run of capitalised words from j ends in a
// body's head ("Attorney General's Office").
func (d *doc) headAhead(j int) bool {
	sent := d.toks[j].sent
	for k := j; k < len(d.toks) && k < j+6 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.cap && (agencyHeads[t.key] || orgHeads[t.key]) {
			return true
		}
		if !d.capWord(k) && t.key != "'s" && t.key != "’s" {
			return false
		}
	}
	return false
}

// bodyBehind reports whether the capitalised words ending at j belong to a
// body's name opened by a head and "of" ("Department of State").
func (d *doc) bodyBehind(j int) bool {
	sent := d.toks[j].sent
	for k := j; k >= 1 && k > j-6 && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == "of" {
			return d.toks[k-1].cap && agencyHeads[d.toks[k-1].key]
		}
		if !d.capWord(k) {
			return false
		}
	}
	return false
}
