package extract

// namedPlaceHeads end the name of a place or building named after a
// person: "the Ana Ruiz Press Briefing Room", "Carlos Vidal Memorial
// Bridge".
var namedPlaceHeads = set("room", "hall", "building", "bridge", "street", "avenue", "boulevard", "highway",
	"airport", "square", "plaza", "park", "stadium", "library", "auditorium")

// namesPlaceAfter reports whether the capitalised words right after a
// name run ending at e (up to three) end in a place's head: the name is
// part of the place's name, no one mentioned.
func (d *doc) namesPlaceAfter(e int) bool {
	k := e
	for k < len(d.toks) && k < e+3 && !d.toks[k].brk && d.toks[k].sent == d.toks[e-1].sent && d.toks[k].kind == tWord && d.toks[k].cap {
		if namedPlaceHeads[d.toks[k].key] {
			return k+1 >= len(d.toks) || !d.capWord(k+1) || d.toks[k+1].brk
		}
		k++
	}
	return false
}
