// A byline: a line of its own that opens with "By" and gives the writer's
// name, "By Ana M. Ruiz" (a comma and a title may follow: "By Ana Ruiz,
// Staff Writer"). News copy puts only a person's name there, in capitals
// like a headline's, so the name stands though its given name is unknown.

package extract

// bylineName reports whether the name run [s, e) is a byline's: "By"
// opens its line just before it, and the line ends after it or goes on
// with a comma.
func (d *doc) bylineName(s, e int) bool {
	if s < 1 || e-s < 2 || d.toks[s-1].key != "by" || !d.toks[s-1].cap || d.toks[s].brk {
		return false
	}
	if s-1 > 0 && !d.toks[s-1].brk && d.paraStart(s-1) != s-1 {
		return false // "… Signed By Ana Ruiz": "By" inside a line
	}
	return e == len(d.toks) || d.toks[e].brk || d.toks[e].para != d.toks[s].para || d.toks[e].key == ","
}
