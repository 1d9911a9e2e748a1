package extract

// aircraftNumbers follow a service's name in the call signs of a head of
// state's aircraft: "Air Force One", "Marine One", "Air Force Two".
var aircraftNumbers = set("one", "two")

// aircraftCands keeps a call sign such as "Aboard Air Force One" or "from
// Marine One" from being read as the service it starts with: the aircraft
// is neither a body nor a place.
func (d *doc) aircraftCands(out []*mention) []*mention {
	for i := 0; i+1 < len(d.toks); i++ {
		n := 0
		switch {
		case d.toks[i].key == "air" && i+2 < len(d.toks) && d.toks[i+1].key == "force":
			n = 2
		case d.toks[i].key == "marine":
			n = 1
		default:
			continue
		}
		k := i + n
		if !d.toks[i].cap || k >= len(d.toks) || !aircraftNumbers[d.toks[k].key] || !d.toks[k].cap || d.toks[k].brk {
			continue
		}
		out = append(out, &mention{s: i, e: k + 1, class: mIgnore, prio: 3})
	}
	return out
}
