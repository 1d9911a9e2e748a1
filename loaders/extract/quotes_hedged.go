package extract

// quoteHedges before a quotation make it a reported label, not speech:
// "for allegedly “…”", "a purported “…”" (the writer keeps the wording at
// a distance; no one is quoted speaking it).
var quoteHedges = set("allegedly", "purportedly", "supposedly", "purported", "supposed")

// hedgedQuote reports whether the quotation opening at token o follows a
// hedge: one of quoteHedges, or "alleged" after a preposition or
// determiner ("cases of alleged “…”"), where it is an adjective and no verb
// of saying ("the complaint alleged “…”", "he alleged “…”").
func (d *doc) hedgedQuote(o int) bool {
	b := o - 1
	if b < 0 {
		return false
	}
	switch k := d.toks[b].key; {
	case quoteHedges[k]:
		return true
	case k == "alleged":
		return b > 0 && allegedAdjBefore[d.toks[b-1].key]
	}
	return false
}

// allegedAdjBefore make a following "alleged" an adjective.
var allegedAdjBefore = set("of", "for", "in", "on", "over", "about", "with", "the", "a", "an", "its", "his", "her",
	"their", "our", "any", "no", "other", "and", "or")
