// A second partner of a meeting after "and with": "met with President B
// and with Foreign Secretary C".

package extract

// andWithPartners reads a meeting's partners named after "and with" in
// the sentence of a meeting already read: "A travelled to X to meet with
// President B and with Foreign Secretary C": A, who met B, met C too. The
// partner before "and with" is the last one a meeting of A's names.
func (d *doc) andWithPartners(add func(*entity, string, *entity, int)) {
	n := len(d.meets)
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].key != "and" || d.toks[k+1].key != "with" || d.inQuote[k] || d.toks[k+1].sent != d.toks[k].sent {
			continue
		}
		prev := d.mentionEndingAt(k)
		if prev == nil || prev.ent == nil {
			continue
		}
		sent := d.toks[k].sent
		var hosts []*entity
		for _, m := range d.meets[:n] {
			if m.at >= 0 && m.at < k && d.toks[m.at].sent == sent && m.b == prev.ent {
				hosts = append(hosts, m.a)
			}
		}
		if len(hosts) == 0 {
			continue
		}
		for _, o := range d.actorsRight(k+2, sent, "metWith", sideObj) {
			for _, h := range hosts {
				if h != o {
					add(h, "metWith", o, k+1)
				}
			}
		}
	}
}
