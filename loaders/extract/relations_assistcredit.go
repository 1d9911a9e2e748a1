// Assistance credits after a long list of investigators: "The case was
// investigated by A, B, C and D, with assistance from E". The releases'
// gold pairs the helper with the lead body, the first named, not with
// every body of the list (data/real/README.md, conventions 10a and 10b).

package extract

// assistanceWords are the nouns of an assistance phrase ("with
// assistance from", "with the help of", "with support from").
var assistanceWords = set("assistance", "help", "support")

// assistancePhrase reports whether the accompaniment phrase at token i
// credits help ("with assistance from B") rather than stating a joint act
// ("in coordination with B").
func (d *doc) assistancePhrase(i int) bool {
	if d.toks[i].key != "with" {
		return false
	}
	for j := i + 1; j < len(d.toks) && j <= i+2; j++ {
		if assistanceWords[d.toks[j].key] {
			return true
		}
	}
	return false
}

// maxAssistedActors is the longest list of actors an assistance phrase
// pairs with each of its helpers; a longer list pairs only its first.
const maxAssistedActors = 2

// assistedActors keeps, of the actors an assistance phrase at token i
// follows, those its helpers are paired with.
func (d *doc) assistedActors(i int, actors []*entity) []*entity {
	if len(actors) <= maxAssistedActors || !d.assistancePhrase(i) {
		return actors
	}
	for j := d.sentStart(i); j < i; j++ {
		m := d.mentionAt(j)
		if m == nil || m.ent == nil {
			continue
		}
		for _, a := range actors {
			if a == m.ent {
				return []*entity{a} // the first named in the sentence
			}
		}
	}
	return actors
}
