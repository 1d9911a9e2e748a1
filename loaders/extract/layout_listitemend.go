package extract

// listItemEnd reports whether token k closes a bulleted or dashed list
// item that ends without a full stop ("- the Border Task Force" then a new
// line): the item is a sentence of its own for a walk back through the
// text, though no stop mark ends it. A plain paragraph's end is no such
// stop: paragraphs end on closing quotation marks as often as on stops.
func (d *doc) listItemEnd(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k+1].para == d.toks[k].para {
		return false
	}
	switch d.toks[k].key {
	case ".", "?", "!":
		return false // the stop itself ends it
	}
	return d.listItem(d.paraStart(k))
}
