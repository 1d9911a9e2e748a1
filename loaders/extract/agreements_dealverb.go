package extract

// "Deal" is not always an agreement between parties. After a modal or "to"
// it is the verb ("if a city can't deal with gangs", "we must deal with
// it"), and after "drug" or "raw" it is a sale or an idiom ("arrested
// after a drug deal", "workers got a raw deal").

// dealModals read "deal" after them as the verb.
var dealModals = set("can", "can't", "cannot", "could", "couldn't", "will", "won't", "would", "wouldn't", "must",
	"should", "shouldn't", "to", "not", "n't", "must't", "might", "may")

// dealNotAgreementMods make "deal" right after them a sale or an idiom.
var dealNotAgreementMods = set("drug", "drugs", "raw")

// dealNotAgreement reports whether the head "deal" at token i is a verb,
// a sale or an idiom rather than an agreement.
func (d *doc) dealNotAgreement(i int) bool {
	if i == 0 || d.toks[i].brk {
		return false
	}
	if k := d.toks[i].key; k != "deal" && k != "deals" {
		return false
	}
	p := d.toks[i-1].key
	return dealModals[p] || dealNotAgreementMods[p]
}
