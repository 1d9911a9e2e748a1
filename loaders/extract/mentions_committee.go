package extract

// A committee's name may list its subjects: "the Subcommittee on
// Terrorism, Nonproliferation, and Trade". The series, closed by "and",
// belongs to the name; a series of people after it ("…, Chairman X, and
// Ranking Member Y") does not.

// committeeSubjects returns the end of a committee's name whose subject
// after "on" ends at e, past a series of capitalised subjects closed by
// "and" (titleList), when no word of the series is a title or a given
// name; otherwise e.
func (d *doc) committeeSubjects(e int) int {
	end := d.titleList(e)
	for k := e; k < end; k++ {
		key := d.toks[k].key
		if titleHeads[key] || d.g.given[key] != 0 || d.honorificAt(k) {
			return e
		}
	}
	return end
}

// venueParas is how many paragraphs from the top a testimony's venue line
// may stand.
const venueParas = 8

// venueLine reports whether the capitalised head at token i ends the name
// of the body a testimony's header line names after "before the", near
// the top of the page: "Statement before the Subcommittee on X of the
// House Foreign Affairs Committee". Such a line is in title case, whose
// capitals otherwise name nothing.
func (d *doc) venueLine(i int) bool {
	t := d.toks[i]
	if t.para > venueParas || !committeeHeads[t.key] {
		return false
	}
	s := d.orgNameStart(i)
	return s > 1 && d.toks[s-1].key == "the" && d.toks[s-2].key == "before" && !d.toks[s-2].cap && d.toks[s-2].para == t.para
}
