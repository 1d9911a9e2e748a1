package extract

// rankedServices are the heads of armed services written before an
// officer's rank in a styled name: "Navy Adm. X", "Army Gen. Y", "Marine
// Corps Col. Z", "Coast Guard Capt. W".
var rankedServices = set("navy", "army", "corps", "guard")

// serviceBeforeRank reports whether the capitalised service head at token
// i opens an officer's styled rank and name ("Navy Adm. Ana Ruiz"): a
// military rank follows it, then a capitalised word. A body's name does
// not end there, even after other capitalised words ("the Joint Planning
// Board Navy Adm. Ana Ruiz").
func (d *doc) serviceBeforeRank(i int) bool {
	if !rankedServices[d.toks[i].key] || i+2 >= len(d.toks) || d.toks[i+1].brk {
		return false
	}
	return militaryRanks[d.toks[i+1].key] && d.toks[i+1].cap && d.capWord(i+2)
}

// serviceStylesRank reports whether chain item n, read back from a name,
// is an armed service written right before the rank item read just
// before it ("Navy" in "Navy Adm. X"): part of the officer's styled rank.
func (d *doc) serviceStylesRank(items []roleItem, n int) bool {
	it := items[n]
	if n == 0 || it.org == nil || it.m == nil || !rankedServices[d.toks[it.m.e-1].key] {
		return false
	}
	r := items[n-1]
	return r.org == nil && militaryRanks[d.toks[r.tok].key] && r.tok == it.m.e
}
