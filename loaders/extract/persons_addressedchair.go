// A floor speech addresses the chair it speaks to: "Mr. Speaker, …",
// "Madam Chair". The word after the honorific is the office, not a
// surname.

package extract

// chairWords are the offices a speaker addresses by honorific alone.
var chairWords = set("speaker", "chairman", "chairwoman", "chair")

// addressHonorifics open an address to a chair.
var addressHonorifics = set("mr.", "mr", "madam", "madame", "mister")

// addressedChair reports whether the one-word name at token s is a chair
// addressed by an honorific: "Mr. Speaker".
func (d *doc) addressedChair(s int) bool {
	return s > 0 && chairWords[d.toks[s].key] && addressHonorifics[d.toks[s-1].key]
}
