package extract

// eventHeads end the name of an event: "the G20 Leaders' Summit", "the
// United Nations Climate Change Conference", "APEC 2024 Leaders' Week".
var eventHeads = set("summit", "conference", "week", "ministerial")

// eventNameAfter reports whether the words from token j, right after a
// body's name, go on to an event's head within four tokens: a year,
// capitalised words and a plural possessive ("Leaders'") may stand
// between. The body then only names the event.
func (d *doc) eventNameAfter(j int) bool {
	for k := j; k < len(d.toks) && k < j+5; k++ {
		t := d.toks[k]
		if k > j && t.brk || t.sent != d.toks[j-1].sent {
			return false
		}
		if t.kind == tWord && t.cap && eventHeads[t.key] {
			return k+1 >= len(d.toks) || !d.capWord(k+1) || d.toks[k+1].brk
		}
		switch {
		case t.kind == tWord && t.cap:
		case yearKey(t.key):
		case t.key == "'" && !t.space:
		default:
			return false
		}
	}
	return false
}
