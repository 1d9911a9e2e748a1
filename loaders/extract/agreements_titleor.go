package extract

// A treaty's title may end in a list of capitalised words closed by "or"
// rather than "and" ("Convention against Torture and Other Cruel,
// Inhuman or Degrading Treatment or Punishment"). titleList reads only
// lists closed by "and"; a reader that stops at the comma keeps half a
// title, which matches neither the full name nor a later mention of it.

// treatyTitleEnd extends an agreement's name ending at e over a title
// list closed by "and" (titleList), then over one closed by "or"
// (titleOrList). It returns e when no list follows.
func (d *doc) treatyTitleEnd(e int) int {
	j := d.titleList(e)
	j = d.titleOrList(j) // "… and Other Cruel, Inhuman or Degrading …": an "and" item may open the "or" list
	return j
}

// titleOrList is titleList for a list closed by "or": ", B or C", ", B,
// C, or D", whose closing item may itself run on over "or"
// ("Degrading Treatment or Punishment"). Each item is a run of
// capitalised words that is no known name.
func (d *doc) titleOrList(e int) int {
	j := e
	for n := 0; n < 8 && j+1 < len(d.toks) && !d.toks[j].brk; n++ {
		or := false
		if d.toks[j].key == "," {
			j++
		}
		if j < len(d.toks) && d.toks[j].key == "or" {
			or = true
			j++
		}
		if !d.titleItemAt(j) || j == e {
			return e
		}
		j = d.titleItemEnd(j)
		if or {
			for j+1 < len(d.toks) && d.toks[j].key == "or" && d.titleItemAt(j+1) {
				j = d.titleItemEnd(j + 1) // "or Degrading Treatment or Punishment"
			}
			return j
		}
		if j >= len(d.toks) || d.toks[j].key != "," && d.toks[j].key != "or" {
			return e
		}
	}
	return e
}

// titleItemAt reports whether token j opens an item of a title's list: a
// capitalised word of the sentence that opens no known name.
func (d *doc) titleItemAt(j int) bool {
	if j >= len(d.toks) || !d.capWord(j) || d.toks[j].brk {
		return false
	}
	if ps, n := d.g.lookup(d.toks, j); n > 0 && len(ps) > 0 && ps[0].kind != kIgnore {
		return false
	}
	return !isMonth(d.toks[j].key) && !calendarWords[d.toks[j].key]
}

// titleItemEnd is the end of the run of capitalised words from token j.
func (d *doc) titleItemEnd(j int) int {
	j++
	for j < len(d.toks) && (d.capWord(j) || d.nameJoin(j)) && !d.toks[j].brk {
		j++
	}
	return j
}
