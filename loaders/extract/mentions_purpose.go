package extract

// purposeVerbsAt reports whether a body's purpose, written as capitalised
// verbs, starts at token j after "to": "Office to Monitor and Combat X",
// "Center to Prevent Y". The first word is no name the gazetteer knows
// (not "the Office to Mexico"), and another capitalised word or "and" and
// one follow it.
func (d *doc) purposeVerbsAt(j int) bool {
	if j+1 >= len(d.toks) || !d.capWord(j) || d.toks[j].brk || d.toks[j].sent != d.toks[j-1].sent {
		return false
	}
	if _, n := d.g.lookup(d.toks, j); n > 0 {
		return false
	}
	if d.mentionAt(j) != nil {
		return false
	}
	nx := j + 1
	if d.toks[nx].key == "and" {
		nx++
	}
	return nx < len(d.toks) && d.capWord(nx) && !d.toks[nx].brk
}

// traffickedGoods after "Trafficking in" make the crime's fixed name part
// of a body's: "… Trafficking in Persons", not "… Trafficking in Lima".
var traffickedGoods = set("persons", "humans", "firearms", "arms", "drugs", "narcotics", "wildlife")
