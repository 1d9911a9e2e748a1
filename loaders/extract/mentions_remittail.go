package extract

// remitTailPreps may open a second complement inside a body's remit: "the
// Center for Research in Human Rights", "the Committee for Solidarity
// with Political Prisoners".
var remitTailPreps = set("in", "with")

// maxRemitTail caps the capitalised words of that second complement.
const maxRemitTail = 4

// remitTailEnd extends the name of a body whose remit follows its head
// with "for" ("Center for Analysis and Research"), ending at e, over a
// second complement opened by "in" or "with" and written in capitals
// ("… in Human Rights", "… with Political Prisoners"): the name goes on.
// A complement that opens with "the", a name the gazetteer knows (a place,
// a state, a body: "… in Tegucigalpa") or a person's name is where the
// body works or what it meets, not more name.
func (d *doc) remitTailEnd(i, e int) int {
	if i+1 >= e || d.toks[i+1].key != "for" || e+1 >= len(d.toks) || !remitTailPreps[d.toks[e].key] {
		return e
	}
	j := e + 1
	if d.toks[e].brk || d.toks[j].brk || d.toks[j].sent != d.toks[i].sent || !d.capWord(j) || d.honorificAt(j) {
		return e
	}
	if _, n := d.g.lookup(d.toks, j); n > 0 || d.g.given[d.toks[j].key] != 0 || isMonth(d.toks[j].key) || calendarWords[d.toks[j].key] {
		return e
	}
	k := j
	for k < len(d.toks) && k < j+maxRemitTail && !d.toks[k].brk && d.capWord(k) {
		if _, n := d.g.lookup(d.toks, k); n > 0 && k > j {
			return e // "… in Human Rights Watch": a known name inside
		}
		k++
	}
	if k < len(d.toks) && !d.toks[k].brk && d.capWord(k) {
		return e // more capitals than a remit holds
	}
	return k
}
