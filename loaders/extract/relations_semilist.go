// A list whose items carry commas of their own separates them with
// semicolons: "A, 39; B, 27; and C, 22, were charged", "A, aka Toto; B,
// aka Flaco, and C were arrested": every item is an actor, not only the
// last.

package extract

// semicolonItemBack steps back from the semicolon at token j when it
// separates two items of such a list: the item before it ends in an age
// (", 27;"), a nickname (", aka Flaco;") or both, in either order (",
// aka Flaco, 27;"). It returns the token that ends that item's name, or
// j when no such item ends at the semicolon.
func (d *doc) semicolonItemBack(j int) int {
	if j < 3 || d.toks[j].key != ";" {
		return j
	}
	k := j - 1
	for n := 0; n < 2 && k >= 2; n++ {
		if key := d.toks[k].key; len(key) <= 3 && allDigits(key) && d.toks[k-1].key == "," {
			k -= 2 // "B, 27;"
			continue
		}
		if p := d.skipAliases(k); p != k && p >= 0 {
			k = p // "B, aka Flaco;"
			continue
		}
		break
	}
	if k == j-1 {
		return j
	}
	return k
}
