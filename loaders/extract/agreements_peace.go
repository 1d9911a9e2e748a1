// A peace agreement settles a conflict inside one state (an agreement
// between two states at war says so: "the peace accord between A and B").
// The governments a readout names around it are the meeting's sides and
// its backers ("U.S. support for the Peace Accord implementation"), not
// its parties, unless the text names one as its holder ("Colombia's
// commitments under the Peace Accord").

package extract

// peaceHolders keeps, of the two or more governments the context gives
// peace agreement e as parties, only those named with a possessive in a
// sentence of its mentions (sents): "Ruritania's commitments under the
// 2019 Peace Accord". Armed groups stay.
func (d *doc) peaceHolders(e *entity, parties map[string]bool, sents map[int]bool) {
	peace := false
	for _, w := range peaceWords {
		peace = peace || containsWord(fold(e.name), w)
	}
	if !peace {
		return
	}
	var govs []string
	for p := range parties {
		if d.g.countries[p] != nil {
			govs = append(govs, p)
		}
	}
	if len(govs) < 2 {
		return
	}
	holder := map[string]bool{}
	for _, c := range d.countries {
		if !sents[d.toks[c.tok].sent] {
			continue
		}
		if m := d.mentionAt(c.tok); m != nil && m.e < len(d.toks) && d.toks[m.e].key == "'s" {
			holder[c.country] = true
		}
	}
	for _, p := range govs {
		if !holder[p] {
			delete(parties, p)
		}
	}
}
