package extract

// sectionHeadingCands keeps the heading of a numbered section of an order
// or a law ("Sec. 4. General Provisions.", "Section 2. Policy.") from
// being read as a name: a rank before a plural noun there names no one.
// Only headings of capitalised words the gazetteer does not know are
// consumed.
func (d *doc) sectionHeadingCands(out []*mention) []*mention {
	for i := range d.toks {
		if d.paraStart(i) != i {
			continue
		}
		k := i
		switch d.toks[k].key {
		case "sec", "sec.", "section":
			k++
		default:
			continue
		}
		if k < len(d.toks) && d.toks[k].key == "." {
			k++
		}
		if k >= len(d.toks) || !allDigits(d.toks[k].key) {
			continue
		}
		k++
		if k >= len(d.toks) || d.toks[k].key != "." {
			continue
		}
		s := k + 1
		e := s
		for e < len(d.toks) && e < s+4 && d.capWord(e) && !d.gazCover[e] && !d.toks[e].brk {
			e++
		}
		if e > s && e < len(d.toks) && d.toks[e].key == "." {
			out = append(out, &mention{s: s, e: e, class: mIgnore, prio: 1})
		}
	}
	return out
}
