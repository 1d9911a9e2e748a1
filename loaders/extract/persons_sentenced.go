package extract

// personOnlyOutcomes are what only a person undergoes, written passive
// right after a name: "X was sentenced", "X was extradited".
var personOnlyOutcomes = set("sentenced", "extradited")

// sentencedAfter reports whether "was" or "were" and an outcome only a
// person undergoes follow the run ending at token e: "X was sentenced".
func (d *doc) sentencedAfter(s, e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].sent != d.toks[s].sent {
		return false
	}
	if k := d.toks[e].key; k != "was" && k != "were" {
		return false
	}
	return personOnlyOutcomes[d.toks[e+1].key]
}
