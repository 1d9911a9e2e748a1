// A past act a text recounts: "On July 20, 2009, the office named X as a
// Specially Designated Narcotics Trafficker", in a release of 2017.

package extract

// earlierYear reports whether the sentence of token at states a date of a
// year before the year the text was published.
func (d *doc) earlierYear(at int, published string) bool {
	if at < 0 || at >= len(d.toks) || len(published) < 4 {
		return false
	}
	a, b := d.sentenceSpan(at)
	date := sentenceDate(d.surface(a, b+1), published)
	return len(date) >= 4 && date[:4] < published[:4]
}
