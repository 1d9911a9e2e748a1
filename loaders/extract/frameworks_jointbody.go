package extract

// A commission, council or forum that states hold between them is a
// standing framework of those states, an agreement in the extraction
// format, not an organisation: "the U.S.-Ruritania Permanent Security
// Forum", "the Freedonia-Ruritania Trade and Investment Council", "the
// Trilateral Opioid Commission". Its name says so in one of two ways: a
// pair of states (or blocs of states) joined by a hyphen opens it, or a
// bilateral or trilateral adjective does. Any other such body keeps its
// organisation's or agency's type: "the Inter-American Commission on …"
// ("Inter" is no state), "the National Banking Commission", "the Global
// Commission on …" (an adjective of wide membership names any kind of
// body, as it does for a group in frameworkPrefix).

// jointBodyHeads end the name of a body states may hold between them.
var jointBodyHeads = lexWords.set("jointBodyHeads")

// jointBodyAdjs, opening such a name, say its members are a few states.
var jointBodyAdjs = lexWords.set("jointBodyAdjs")

// jointBody reports whether the capitalised head at token i ends the
// name of a body states hold between them (see above).
func (d *doc) jointBody(i int) bool {
	if !jointBodyHeads[d.toks[i].key] || !d.toks[i].cap || d.lawNamed(i+1) {
		return false
	}
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && k >= i-8 && d.toks[k].sent == sent && !d.toks[k+1].brk; k-- {
		t := d.toks[k]
		if t.key == "-" || t.key == "–" {
			if d.statesJoinedAt(k) {
				return true // "U.S.-Ruritania … Forum"
			}
			continue
		}
		if t.key == "and" && k > 0 && d.capWord(k-1) && d.capWord(k+1) {
			continue // "Trade and Investment Council"
		}
		if !d.capWord(k) {
			return false
		}
		if jointBodyAdjs[t.key] {
			return true // "Trilateral Opioid Commission"
		}
	}
	return false
}

// pairJointBody reports whether the name from token s to its head at i
// is a joint body's that a pair of states opens: a year before it dates
// the body or a session of it, no part of its name ("the 1990
// U.S.-Ruritania Trade and Investment Council").
func (d *doc) pairJointBody(s, i int) bool {
	if !jointBodyHeads[d.toks[i].key] {
		return false
	}
	_, n := d.countryAt(s)
	return n > 0 && s+n < i && (d.toks[s+n].key == "-" || d.toks[s+n].key == "–") && d.countryStartsAt(s+n+1)
}
