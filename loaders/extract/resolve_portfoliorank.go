// A bare service named as a title's portfolio, with the holder's rank
// after it: "Secretary of the Navy Admiral X".

package extract

// portfolioOfTitle reports whether the bare body starting at token s is
// the portfolio of a title before it ("Secretary of the Navy", "Minister
// of the Army"): a title word, "of" and an optional "the" right before.
// A title word right after such a body is the holder's rank ("Secretary
// of the Navy Admiral X"), not a post of the body written bare before its
// title ("Navy Secretary X"), so it does not make the body the home
// country's.
func (d *doc) portfolioOfTitle(s int) bool {
	h := d.ofHeadBefore(s)
	return h >= 0 && titleHeads[d.toks[h].key] && d.toks[h].sent == d.toks[s].sent
}
