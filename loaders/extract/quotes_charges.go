package extract

// A charge in quotation marks: "14 leaders are charged with “conspiracy to
// commit acts of terrorism,” the ministry said". The words quoted after
// "charged with", "accused of", "convicted of" or "pleaded guilty to" are
// the charge's legal wording, which the charging body cites, not words
// anyone says of the case: no statement.

// chargeCues are the words before the preposition that opens a quoted
// charge.
var chargeCues = set("charged", "accused", "convicted", "indicted", "guilty", "charges", "counts", "count")

// chargeQuoted reports whether the quotation opening at token open is the
// wording of a charge: "charged with “…”", "pleaded guilty to “…”".
func (d *doc) chargeQuoted(open int) bool {
	if open < 2 {
		return false
	}
	switch d.toks[open-1].key {
	case "with", "of", "to", "on", "for":
		return chargeCues[d.toks[open-2].key]
	}
	return false
}
