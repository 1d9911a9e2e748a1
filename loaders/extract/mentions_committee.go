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
	end := d.subjectList(e, true)
	for k := e; k < end; k++ {
		key := d.toks[k].key
		if titleHeads[key] && k+1 < end && d.capWord(k+1) || d.g.given[key] != 0 || d.honorificAt(k) {
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

// committeeListStart returns the start of a committee's name whose head
// at i is written after its subjects, "A, B and C Subcommittee", when the
// name read so far from s holds the closing "and C" and capitalised items
// before it are set off by commas back to a lower-case "the": "the
// Immigration, Border Security and Citizenship Subcommittee". No item may
// hold a title or a given name (a person, not a subject). It returns s
// otherwise.
func (d *doc) committeeListStart(s, i int) int {
	if !committeeHeads[d.toks[i].key] || s < 2 || d.toks[s-1].key != "," {
		return s
	}
	and := false
	for k := s; k < i; k++ {
		and = and || d.toks[k].key == "and"
	}
	if !and {
		return s
	}
	c := s
	for c >= 2 && d.toks[c-1].key == "," && d.capWord(c-2) && d.toks[c-2].sent == d.toks[i].sent {
		k := c - 2
		for k > 0 && d.capWord(k-1) && d.toks[k-1].sent == d.toks[i].sent {
			k--
		}
		for j := k; j < c-1; j++ {
			if key := d.toks[j].key; titleHeads[key] || d.g.given[key] != 0 || d.honorificAt(j) {
				return s
			}
		}
		c = k
	}
	if c == s || c == 0 || d.toks[c-1].key != "the" || d.toks[c-1].cap {
		return s
	}
	return c
}
