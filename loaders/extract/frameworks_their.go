package extract

// A dialogue the sentence's subjects own together is theirs, a framework
// between them, though no pair of states or "High-Level" opens its name:
// "The United States and Peru held the fourth round of their Strategic
// Security Dialogue". namedTalks (frameworks_dialogue.go) asks it when
// "their" opens a dialogue's name.

// pluralSubjectBefore reports whether the sentence of token k names two
// governments before it, coordinated by "and" ("The United States and
// Peru held their …"), the owners of "their".
func (d *doc) pluralSubjectBefore(k int) bool {
	n, and := 0, false
	for j := k - 1; j >= 0 && d.toks[j].sent == d.toks[k].sent; j-- {
		if d.toks[j].key == "and" {
			and = true
		}
		if c, _ := d.countryAt(j); c != "" {
			n++
		}
	}
	return and && n >= 2
}
