package extract

// A monitor's finding that states the doers' part in an abuse rather than
// the act itself, as reports write it: "X reported that prison guards
// were reportedly involved in four cases of torture", "X stated that
// clerks, chiefly in the customs service, regularly engaged in corrupt
// practices".

// involvementAbuses name the wrongs doers are involved in besides the
// abuses a finding names (data/lexicon/words.tsv): "kidnapping",
// "corrupt practices".
var involvementAbuses = lexWords.set("involvementAbuses")

// involvementWords state a doer's part in what follows "in".
var involvementWords = set("involved", "complicit", "implicated", "engaged", "participated", "colluded")

// involvementAux may stand between the doers and their part ("were
// involved"), with at most one adverb ("often", "allegedly", "directly").
var involvementAux = set("was", "were", "is", "are", "been", "had", "have", "has")

// involvedAt reports whether the doers' part in an abuse starts at j:
// [was|were|…] [adverb] <involvement word> in, and the rest of the clause
// (at most twelve tokens; abuseInClause) names an abuse or a wrong of
// involvementAbuses.
func (d *doc) involvedAt(j, sent int) bool {
	for n := 0; n < 3 && j < len(d.toks) && d.toks[j].sent == sent; n++ {
		t := d.toks[j]
		if involvementWords[t.key] {
			if j+1 >= len(d.toks) || d.toks[j+1].key != "in" {
				return false
			}
			k := j + 2
			if k < len(d.toks) && d.toks[k].key == "," && d.toks[k].sent == sent {
				k++ // a comma right after "in" closes no clause
			}
			return d.abuseInClause(k, j+13, sent, involvementAbuses)
		}
		if t.kind != tWord || t.cap || !(involvementAux[t.key] || adverbLike(t.key)) {
			return false
		}
		j++
	}
	return false
}

// adverbLike reports whether a lower-case word is an adverb of manner or
// frequency that may stand before a doer's part: a word in -ly, or "often".
func adverbLike(key string) bool {
	return len(key) > 3 && key[len(key)-2:] == "ly" || key == "often"
}

// pastDoerAside is the token after an aside naming which of the doers
// ends at e acted (", particularly at the state level,"), when one opens
// there and closes with a comma within twelve tokens; e otherwise.
func (d *doc) pastDoerAside(e, sent int) int {
	for e > 0 && e < len(d.toks) && doerListWords[d.toks[e-1].key] && d.toks[e-1].sent == sent {
		e-- // the list of doers read on past ", particularly"
	}
	if e+1 >= len(d.toks) || d.toks[e].key != "," || !doerAsideWords[d.toks[e+1].key] {
		return e
	}
	for k := e + 2; k < len(d.toks) && k <= e+13 && d.toks[k].sent == sent; k++ {
		if key := d.toks[k].key; key == "," {
			return k + 1
		} else if key == ";" {
			return e
		}
	}
	return e
}

// doerAsideWords open an aside narrowing the doers.
var doerAsideWords = set("particularly", "especially", "mainly", "mostly", "primarily", "notably")
