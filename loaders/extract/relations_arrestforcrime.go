// An arrest "for" a named crime: "police arrested X for corruption",
// "Y was detained for alleged crimes against humanity", "authorities
// arrested Z for money laundering". In a text about one state the state
// that holds a person for a crime charged them. An arrest "for" a deed
// ("for lowering her mask", "for allegedly mishandling a case") or a
// span of time ("for two years") gives none.

package extract

// arrestCrimeNouns name a crime right after "for" (and "alleged").
var arrestCrimeNouns = set("crime", "crimes", "murder", "murders", "homicide", "homicides", "corruption",
	"embezzlement", "terrorism", "extortion", "kidnapping", "kidnappings", "fraud", "bribery", "rape",
	"treason", "sedition", "rebellion", "racketeering", "femicide", "feminicide", "genocide")

// arrestCrimePairs are two-word crimes after "for".
var arrestCrimePairs = [][]string{{"money", "laundering"}, {"drug", "trafficking"}, {"influence", "peddling"},
	{"human", "trafficking"}, {"illicit", "enrichment"}, {"organized", "crime"}}

// arrestForCrime reads "<arrest verb> … for (alleged) <crime>" in the same
// clause, in a text about one state (reportState): the state charged the
// people arrested, those named between the verb and "for" (active) or its
// subject (passive). A negated, modal or hypothetical arrest gives none.
func (d *doc) arrestForCrime(add func(*entity, string, *entity, int)) {
	rs := d.reportState()
	if rs == nil {
		return
	}
	for f := 1; f+1 < len(d.toks); f++ {
		if d.toks[f].key != "for" || d.inQuote[f] {
			continue
		}
		sent := d.toks[f].sent
		n := f + 1
		if d.toks[n].key == "alleged" && n+1 < len(d.toks) && d.toks[n+1].sent == sent {
			n++
		}
		if !d.crimeAt(n, sent) {
			continue
		}
		for _, o := range d.heldByArrestBefore(f, sent) {
			add(rs, "charged", o, n)
		}
	}
}

// crimeAt reports whether a crime is named at token n of sentence sent: one
// of arrestCrimeNouns or the first word of one of arrestCrimePairs.
func (d *doc) crimeAt(n, sent int) bool {
	if n >= len(d.toks) || d.toks[n].sent != sent || d.toks[n].kind != tWord {
		return false
	}
	if arrestCrimeNouns[d.toks[n].key] {
		return true
	}
	return d.phraseAt(n, arrestCrimePairs) > 0
}
