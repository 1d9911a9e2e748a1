package extract

// A capitalised "Dialogue" names talks held between parties, an
// agreement in the extraction format, whatever words open its name: "the
// Strategic Dialogue on Port Finance", "the Cabinet-Level Security
// Dialogue", "the North American Fisheries Dialogue". The owner of the
// talks can still say they are no framework: an organisation or agency
// whose known name opens them ("the Peru-Interpol Fisheries Dialogue") or
// a possessive before them that is not two governments' ("the fishermen
// … opened their Strategic Dialogue"; "Chile and Peru held their
// Strategic Dialogue" is one). A dialogue that only domesticTalksWords
// open ("the National Dialogue") is one state's talks with its own people
// and keeps the organisation's type.

// namedTalksHeads end names of talks held between parties.
var namedTalksHeads = lexWords.set("namedTalksHeads")

// domesticTalksWords name one state's own talks when they alone open the name.
var domesticTalksWords = lexWords.set("domesticTalksWords")

// namedTalks reports whether the capitalised head at token i ends the
// name of talks between parties (see above).
func (d *doc) namedTalks(i int) bool {
	if !namedTalksHeads[d.toks[i].key] || !d.toks[i].cap {
		return false
	}
	sent := d.toks[i].sent
	s, opened := i, false
	for k := i - 1; k >= 0 && !d.toks[k+1].brk && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == "-" || d.toks[k].key == "–" {
			continue // "Cabinet-Level", "Peru-Interpol"
		}
		if !d.capWord(k) {
			break
		}
		s = k
		if d.knownOrgOrAgencyAt(k) {
			return false // "the Peru-Interpol Fisheries Dialogue": the organisation's talks
		}
		if !domesticTalksWords[d.toks[k].key] {
			opened = true
		}
	}
	if !opened {
		return false
	}
	if s > 0 && d.toks[s-1].sent == sent && !d.toks[s].brk {
		switch d.toks[s-1].key {
		case "their":
			return d.pluralSubjectBefore(s - 1) // two governments' own dialogue (frameworks_their.go)
		case "its", "his", "her", "'s":
			return false // one owner's talks
		}
	}
	return true
}
