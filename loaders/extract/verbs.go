package extract

import "strings"

// reportLemmas are the verbs that report speech or writing. Their
// third-person, past and -ing forms are generated below and join the
// hand-written speechVerbs and reportVerbsAfter, so that a speaker is found
// whatever the tense of the verb ("reaffirms", "recounted", "retorting").
// reportIrregular are their irregular past forms. Both live in
// data/lexicon/words.tsv.
var (
	reportLemmas    = lexWords.fields("reportLemmas")
	reportIrregular = lexWords.pairs("reportIrregular")
)

// verbForms returns the -s, past and -ing forms of a regular English verb.
func verbForms(v string) (s, past, ing string) {
	n := len(v)
	consonant := func(b byte) bool { return !strings.ContainsRune("aeiouy", rune(b)) }
	switch {
	case strings.HasSuffix(v, "y") && n > 1 && consonant(v[n-2]):
		s, past = v[:n-1]+"ies", v[:n-1]+"ied"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		s, past = v+"es", v+"ed"
	default:
		s, past = v+"s", v+"ed"
	}
	ing = v + "ing"
	if strings.HasSuffix(v, "e") {
		past = v + "d"
		if !strings.HasSuffix(v, "ee") {
			ing = v[:n-1] + "ing"
		}
	}
	// one short stressed vowel before a final consonant doubles it: quip,
	// admit, snap
	if doubles[v] {
		past, ing = v+v[n-1:]+"ed", v+v[n-1:]+"ing"
	}
	if p, ok := reportIrregular[v]; ok {
		past = p
	}
	return s, past, ing
}

// doubles are the lemmas whose final consonant doubles before -ed/-ing.
var doubles = lexWords.set("doubles")

func init() {
	for _, v := range reportLemmas {
		s, past, ing := verbForms(v)
		for _, f := range []string{s, past, ing} {
			speechVerbs[f] = true
		}
		reportVerbsAfter[s] = true
		reportVerbsAfter[past] = true
	}
}
