// A prosecutor's accusation of a crime is a charge: "the Public Ministry
// accused former president X of money laundering" is the Public
// Ministry's formal accusation, charged, not a monitor's or a
// politician's accusation.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// publicMinistryNames name a prosecuting body as civil-law states call it
// (besides prosecutorWords: "Attorney General's Office").
var publicMinistryNames = []string{"public ministry", "ministerio publico", "public prosecution"}

// prosecutorCharges rewrites the accusations of the verb "accused" at v
// whose clause goes on with "of" (the crime) and whose accuser is a
// prosecuting body, not a court, as charges.
func (d *doc) prosecutorCharges(v int, c relCue, add func(*entity, string, *entity, int)) func(*entity, string, *entity, int) {
	if c.pred != "accused" || d.toks[v].key != "accused" || !d.ofAfter(v) {
		return add
	}
	return func(s *entity, pred string, o *entity, k int) {
		if pred == "accused" && prosecutingBody(s) {
			pred = "charged"
		}
		add(s, pred, o, k)
	}
}

// ofAfter reports whether "of" follows the token at v in its clause (up to
// a semicolon or the sentence's end, at most 25 tokens).
func (d *doc) ofAfter(v int) bool {
	sent := d.toks[v].sent
	for k := v + 1; k < len(d.toks) && k <= v+25 && d.toks[k].sent == sent && d.toks[k].key != ";"; k++ {
		if d.toks[k].key == "of" {
			return true
		}
	}
	return false
}

// prosecutingBody reports whether e is a prosecuting agency: a justice
// ministry, an attorney general's or prosecutor's office, a public
// ministry; not a court.
func prosecutingBody(e *entity) bool {
	if e == nil || e.typ != schema.Agency {
		return false
	}
	n := fold(e.name)
	if strings.Contains(n, "court") || strings.Contains(n, "tribunal") {
		return false
	}
	if prosecutorName(e.name) {
		return true
	}
	for _, w := range publicMinistryNames {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
