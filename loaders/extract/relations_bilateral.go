package extract

// partnershipWords state a standing partnership when the speakers of a
// two-leader text say them of themselves ("our partnership", "we are
// working together"); firstPlural are the words that say it of them.
var (
	partnershipWords = lexWords.set("partnershipWords")
	firstPlural      = lexWords.set("firstPlural")
)

// bilateralPartnership reads the remarks of two leaders of different
// governments ("Remarks by President A and President B of Peru Before
// Bilateral Meeting") that speak of a partnership in the first person
// plural ("we'll discuss how we can deepen our partnership"): the two
// governments cooperate.
func (d *doc) bilateralPartnership(add func(*entity, string, *entity, int)) {
	if len(d.toks) < 4 || !headingNouns[d.toks[0].key] || d.toks[1].key != "by" {
		return
	}
	leaders := d.actorsRight(2, d.toks[0].sent, "metWith", sideSubj)
	if len(leaders) != 2 {
		return
	}
	a, b := d.personGov(leaders[0]), d.personGov(leaders[1])
	if a == nil || b == nil || a == b {
		return
	}
	first, partner := map[int]bool{}, map[int]int{}
	for i, t := range d.toks {
		if t.para == d.toks[0].para || d.inQuote[i] {
			continue
		}
		if firstPlural[t.key] {
			first[t.sent] = true
		}
		if partnershipWords[t.key] {
			if _, ok := partner[t.sent]; !ok {
				partner[t.sent] = i
			}
		}
	}
	for s, i := range partner {
		if first[s] {
			add(a, "cooperatesWith", b, i)
			return
		}
	}
}
