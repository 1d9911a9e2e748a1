// Words that stand between a title and its holder's name and qualify the
// title, not the name: an armed service styling the holder's rank
// ("SOUTHCOM Commander Marine Gen. X": the command's commander, a Marine
// general) and "ad interim" written "a.i." ("Chargé d'Affaires, a.i. X":
// the chargé, acting). The title before them is still the name's.

package extract

// serviceStylesRankAt reports whether token k, read back from a name
// while chainBefore is at it, is an armed service written as a bare word
// ("Marine", "Army") right before the rank item read just before it, with
// a title word before it: part of the officer's styled rank, so the
// title before it goes on. A service the text names as a body is read as
// that body instead.
func (d *doc) serviceStylesRankAt(k int, items []roleItem) bool {
	if k < 1 || len(items) == 0 || d.at[k] != 0 || !d.toks[k].cap || !rankServices[d.toks[k].key] {
		return false
	}
	r := items[len(items)-1]
	if r.org != nil || r.tok != k+1 || !militaryRanks[d.toks[r.tok].key] && !rankModifiers[d.toks[r.tok].key] {
		return false
	}
	return d.toks[k-1].sent == d.toks[k].sent && d.isTitleTok(k-1) && d.at[k-1] == 0
}

// interimBefore is the first token of an "a.i." (ad interim), with the
// comma before it if any, that ends right before token e and follows a
// title word ("Chargé d'Affaires, a.i. X"), or -1.
func (d *doc) interimBefore(e int) int {
	k := e - 1
	switch {
	case k >= 0 && d.toks[k].key == "a.i.":
		k--
	case k >= 1 && d.toks[k].key == "i." && d.toks[k-1].key == "a.":
		k -= 2
	default:
		return -1
	}
	f := k + 1
	if k >= 0 && d.toks[k].key == "," {
		f, k = k, k-1
	}
	if k < 0 || d.toks[k].sent != d.toks[e-1].sent || !d.isTitleTok(k) {
		return -1
	}
	return f
}
