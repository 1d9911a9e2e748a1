// A nickname between a name and its apposition.

package extract

// aliasAfter steps over a nickname written between a name and the
// apposition that follows it: given c, the comma after the name, it
// returns the comma that closes ", aka “El Y”," or ", alias El Y," (so the
// title after it is read as the named person's), or c when no nickname
// follows there.
func (d *doc) aliasAfter(c int) int {
	i := c + 1
	if c < 0 || i+1 >= len(d.toks) || d.toks[c].key != "," || !aliasWords[d.toks[i].key] {
		return c
	}
	i++
	if d.toks[i].kind == tQuote {
		k := i + 1
		for k < len(d.toks) && k < i+8 && d.toks[k].kind != tQuote && d.toks[k].sent == d.toks[c].sent {
			k++
		}
		if k >= len(d.toks) || d.toks[k].kind != tQuote {
			return c
		}
		i = k + 1
	} else {
		n := 0
		for i < len(d.toks) && n < 4 && d.toks[i].kind == tWord && d.toks[i].cap {
			i++
			n++
		}
		if n == 0 {
			return c
		}
	}
	if i < len(d.toks) && d.toks[i].key == "," && d.toks[i].sent == d.toks[c].sent {
		return i
	}
	return c
}
