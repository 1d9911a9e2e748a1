// A case against a person: "the case against former minister X
// continued", "the legal process against X was proceeding slowly". The
// nouns are charged's (data/lexicon/relations.tsv); a case against a
// body is as often a civil suit or a forfeiture as a criminal charge, so
// only the people it names are charged.

package extract

// caseNouns are the charged nouns that name a case rather than a charge.
var caseNouns = set("case", "cases", "process")

// caseDefendants keeps the people of objs when the charged noun at v
// names a case ("the case against X"); other cues keep objs whole.
func (d *doc) caseDefendants(v int, pred string, objs []*entity) []*entity {
	if pred != "charged" || !caseNouns[d.toks[v].key] {
		return objs
	}
	return personsOnly(objs)
}
