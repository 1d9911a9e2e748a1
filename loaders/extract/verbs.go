package extract

import "strings"

// reportLemmas are the verbs that report speech or writing. Their
// third-person, past and -ing forms are generated below and join the
// hand-written speechVerbs and reportVerbsAfter, so that a speaker is found
// whatever the tense of the verb ("reaffirms", "recounted", "retorting").
var reportLemmas = strings.Fields(`say tell add state note argue warn insist explain ask reply respond
write declare announce continue recall stress emphasize emphasise acknowledge claim caution observe
remark comment suggest admit concede testify tweet post agree counter maintain contend assure answer
shout quip conclude predict urge vow pledge affirm reaffirm lament joke muse assert reiterate confirm
deny promise thunder complain boast recount describe whisper yell scream plead protest retort interject
summarize summarise estimate inform report charge allege demand clarify elaborate underline underscore
highlight reflect reckon confess reveal disclose proclaim relate narrate reassure remind exclaim sigh
mutter murmur grumble snap fume rage marvel concur specify stipulate counsel advise caution recommend
propose predict forecast boast brag begin reason wonder sum characterize characterise
portray frame`)

// irregular past forms of report verbs
var reportIrregular = map[string]string{"say": "said", "tell": "told", "write": "wrote", "begin": "began"}

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
var doubles = set("quip", "admit", "snap", "regret", "commit", "permit", "concur", "abet", "sum")

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
