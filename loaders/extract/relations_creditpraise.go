// Credit lines: the thanks or praise that closes a prosecutor's press
// release ("The Department thanks the Government of Peru for its
// assistance in this matter", "X commended the agency for its
// investigative efforts") credits help given to the case; the speaker
// supports no one by it; nor does praise in a sentence opening "In
// announcing" the charges.

package extract

import "strings"

// creditPraiseStems open the praise and thanks cues a credit line uses.
var creditPraiseStems = []string{"thank", "commend", "prais", "applaud", "laud", "hail", "congratulat"}

// The heads of a credit line's reason: the help given (creditHelpNouns,
// "for its assistance"), or the work done (creditWorkNouns) when a case
// noun (creditCaseNouns) follows: "for their work in this investigation".
var (
	creditHelpNouns = set("assistance")
	creditWorkNouns = set("work", "efforts", "cooperation", "support", "help")
	creditCaseNouns = set("case", "matter", "matters", "investigation", "prosecution", "extradition")
)

// creditPraise reports whether the praise or thanks cue at token at gives
// as its reason, after "for" and a possessive, help to a case: assistance,
// investigative efforts, or work "in this case" (up to four words on).
func (d *doc) creditPraise(at int) bool {
	if at < 0 || at >= len(d.toks) || !hasAnyPrefix(d.toks[at].key, creditPraiseStems) {
		return false
	}
	sent := d.toks[at].sent
	if d.announcingOpener(at) {
		return true
	}
	in := func(k int) bool { return k < len(d.toks) && d.toks[k].sent == sent }
	for k := at + 1; in(k + 1); k++ {
		if d.toks[k].key != "for" || !possessives[d.toks[k+1].key] {
			continue
		}
		for j := k + 2; in(j) && j <= k+6; j++ {
			w := d.toks[j].key
			switch {
			case creditHelpNouns[w], w == "efforts" && d.toks[j-1].key == "investigative":
				return true
			case creditWorkNouns[w]:
				return d.caseAfter(j+1, sent)
			}
		}
		return false
	}
	return false
}

// announcingOpener reports whether the sentence of token at opens with
// "In announcing" ("In announcing the charges, X and Y commended …"): the
// praise that follows credits the case's partners, a credit line.
func (d *doc) announcingOpener(at int) bool {
	k := d.sentStart(at)
	return k+1 < at && d.toks[k].key == "in" && d.toks[k+1].key == "announcing"
}

// caseAfter reports whether a case noun ("this matter", "the
// investigation") follows within four words of token k in sentence sent.
func (d *doc) caseAfter(k, sent int) bool {
	for j := k; j < len(d.toks) && j < k+4 && d.toks[j].sent == sent; j++ {
		if creditCaseNouns[d.toks[j].key] && j > 0 && (d.toks[j-1].key == "this" || d.toks[j-1].key == "the") {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether w starts with one of stems: "commended"
// with "commend".
func hasAnyPrefix(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
