// Capitalised names that end in an agreement's head word but name one
// government's own document, agreements named as the framework for one,
// and councils two governments hold together.

package extract

// unilateralMods inside a document's name say a head of government or
// his security staff issued it alone: "Presidential Memorandum on …",
// "Executive Memorandum …".
var unilateralMods = set("presidential", "executive")

// unilateralDocument reports whether the capitalised name from token s
// to its head at i (a memorandum or a plan) is one government's document,
// no agreement: "the Presidential Memorandum on Port Security", "a
// National Security Presidential Memorandum", or a plan named for one
// state's people ("the Freedonian Recovery Plan") with no second state.
func (d *doc) unilateralDocument(s, i int) bool {
	if h := d.toks[i].key; h != "memorandum" && h != "plan" {
		return false
	}
	for k := s; k < i; k++ {
		if unilateralMods[d.toks[k].key] {
			return true
		}
	}
	if d.nationalSecurityDirective(i) {
		return true // "the President's new National Security Memorandum"
	}
	if d.toks[i].key != "plan" || !d.demonymAt(s) {
		return false
	}
	for k := s + 1; k < i; k++ {
		if d.toks[k].key == "-" || d.toks[k].key == "–" || d.toks[k].key == "/" || d.demonymAt(k) || d.countryStartsAt(k) {
			return false // "Freedonian-Ruritanian Action Plan": two states
		}
	}
	return true
}

// frameworkForStart moves the start s of an agreement's name back over
// "Framework for an" when the name is that of the framework for the
// agreement: "the Framework for an Agreement on Reciprocal Trade".
func (d *doc) frameworkForStart(s int) int {
	if s < 3 || d.toks[s-2].key != "for" || d.toks[s-1].key != "an" && d.toks[s-1].key != "a" {
		return s
	}
	if f := d.toks[s-3]; f.cap && f.key == "framework" && d.toks[s-3].sent == d.toks[s].sent {
		return s - 3
	}
	return s
}

// jointCouncil reports whether the capitalised "Council" at token i is
// one the sentence's two subjects hold together, a standing framework
// between them: "Freedonia and Ruritania will meet through their Trade and
// Investment Council".
func (d *doc) jointCouncil(i int) bool {
	if d.toks[i].key != "council" {
		return false
	}
	k := i - 1
	for k >= 0 && d.toks[k].sent == d.toks[i].sent && (d.capWord(k) || d.toks[k].key == "and" && k > 0 && d.capWord(k-1)) {
		k--
	}
	return k >= 0 && k < i-1 && d.toks[k].key == "their" && d.pluralSubjectBefore(k)
}

// nationalSecurityDirective reports whether the memorandum whose head is
// at token i is a "national security memorandum": the directive a head of
// government issues to his own administration, no agreement between
// parties, capitalised or not ("issued a new National Security
// Memorandum", "I signed a national security memorandum").
func (d *doc) nationalSecurityDirective(i int) bool {
	return i >= 2 && d.toks[i].key == "memorandum" && d.toks[i-1].key == "security" && d.toks[i-2].key == "national" &&
		d.toks[i-1].sent == d.toks[i].sent && d.toks[i-2].sent == d.toks[i].sent
}
