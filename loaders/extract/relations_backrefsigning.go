package extract

// A back-reference right after a sign verb says the agreement it points
// at was signed: "Chile, Peru and Ecuador signed the convention
// immediately" after the sentence naming the convention. The parties the
// back-reference states (agreements.go) sign it.

// backRefSigningSentences adds to sents each sentence in which a
// back-reference to agreement a is the object of a sign verb: "signed
// the convention", "signed this pact".
func (d *doc) backRefSigningSentences(a *entity, sents map[int]bool) {
	for _, m := range d.backRefs(a) {
		v := m.s - 2 // "signed the convention": the verb, the determiner, the head
		if v < 0 || !signForms[d.toks[v].key] || d.toks[v].sent != d.toks[m.s].sent {
			continue
		}
		if k := d.toks[v+1].key; k != "the" && k != "this" {
			continue
		}
		sents[d.toks[m.s].sent] = true
	}
}
