package extract

import "strings"

// Treaty texts and the messages that transmit them speak of the treaty
// by its head after a determiner that points at it: "the undersigned have
// signed the present convention", "this treaty was signed at Lima". When
// the text names one agreement with that head ("the Andean Fisheries
// Convention"), such a sentence names that agreement for its signing.

// pointingDets point at the one agreement the text is about.
var pointingDets = set("this", "present", "said")

// pointedAgreementSentences adds to sents the sentences where a pointing
// determiner stands before the lower-case head of agreement a ("the
// present convention", "the said treaty"), when a is the only agreement
// of the text with that head.
func (d *doc) pointedAgreementSentences(a *entity, sents map[int]bool) {
	head := agreementHeadWord(a.name)
	if head == "" {
		return
	}
	for _, b := range d.agrs {
		if b != a && agreementHeadWord(b.name) == head {
			return
		}
	}
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind == tWord && !t.cap && t.key == head && pointingDets[d.toks[i-1].key] && d.toks[i-1].sent == t.sent {
			sents[t.sent] = true
		}
	}
}

// agreementHeadWord returns the lower-cased last word of an agreement's
// name when it is a treaty head ("convention", "treaty"), else "";
// a text's "this agreement" may point at a deal it names otherwise
// ("the X Program … this agreement signed by both governments").
func agreementHeadWord(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	w := strings.ToLower(f[len(f)-1])
	if w == "convention" || w == "treaty" { // "this agreement" often points at a programme named by another head
		return w
	}
	return ""
}
