// A place whose name holds a lower-case particle ("Rio de Janeiro",
// "Port-au-Prince") keeps it in the names of the bodies it opens: "the Rio
// de Janeiro Public Security Institute", "the Port-au-Prince Bar
// Association".

package extract

// placeParticles join the words of a place's name in lower case.
var placeParticles = set("de", "do", "da", "dos", "das", "del", "au", "aux", "du", "des", "en")

// placeParticleStart returns where a place's name that ends at the
// capitalised word p+1 starts when the words before it join it with a
// particle: "Rio de" before "Janeiro" (one particle between capitalised
// words, spaced), "Port-au-" before "Prince" (written with hyphens); -1
// when none does. The word before the particle is no body's head and no
// person's given name (a person's name is orgNameStart's reading).
func (d *doc) placeParticleStart(p, sent int) int {
	if p < 1 || p+1 >= len(d.toks) || !d.toks[p+1].cap || d.toks[p+1].brk {
		return -1
	}
	if d.toks[p].key == "-" && !d.toks[p].space && p >= 3 {
		q := p - 1 // "Port-au-Prince": cap, hyphen, particle, hyphen
		if placeParticles[d.toks[q].key] && !d.toks[q].cap && !d.toks[q].space && d.toks[q-1].key == "-" && !d.toks[q-1].space &&
			d.capWord(q-2) && d.toks[q-2].sent == sent && !d.toks[q].brk && !d.toks[q-1].brk {
			return q - 2
		}
		return -1
	}
	if !placeParticles[d.toks[p].key] || d.toks[p].cap || d.toks[p].brk || d.toks[p].sent != sent {
		return -1
	}
	w := p - 1
	if !d.capWord(w) || d.toks[w].sent != sent || bodyHeads[d.toks[w].key] || agencyHeads[d.toks[w].key] || orgHeads[d.toks[w].key] ||
		d.g.given[d.toks[w].key] != 0 || d.gazCover[w] {
		return -1
	}
	if w > 0 && d.capWord(w-1) && d.toks[w-1].sent == sent && !d.toks[w].brk {
		return -1 // "Ana Rio de Janeiro …": more than one word before the particle
	}
	return w
}
