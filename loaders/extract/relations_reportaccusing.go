// An accusation carried by a document its authors publish: "The NGO X and
// the outlet Y published a report accusing Z of fraud", "On May 2, X
// released a report that accused the federal police of executing 22
// persons". The document is the subject of the accusing verb; its
// publishers accuse.

package extract

// publishVerbs put a document out; accusingDocs are the documents that
// accuse; accusingForms are the verb forms of the accusation the
// document's clause opens with.
var (
	publishVerbs = set("published", "publishes", "publish", "released", "releases", "release", "issued", "issues",
		"issue", "presented", "presents", "filed", "files", "submitted", "submits")
	accusingDocs  = set("report", "statement", "complaint", "lawsuit", "study", "communique", "letter", "resolution")
	accusingForms = set("accusing", "accused", "accuses")
)

// documentAccusations reads "<A> <publish verb> [a|an|the] [up to three
// lower-case words] <document> [that|which] <accuse> <B> of …" outside
// quotations: each of the publishers A (the verb's subjects and those
// coordinated with them) accused each actor B named right after the
// accusing verb. A negated, modal or hypothetical publication, or an
// accusation with no "of" in its clause ("accused of" is the charge
// read elsewhere) gives none; no one accuses itself.
func (d *doc) documentAccusations(add func(*entity, string, *entity, int)) {
	for v := 3; v+2 < len(d.toks); v++ {
		if !accusingForms[d.toks[v].key] || d.inQuote[v] || d.mentionAt(v) != nil {
			continue
		}
		sent := d.toks[v].sent
		doc := v - 1
		if k := d.toks[doc].key; k == "that" || k == "which" {
			doc--
		}
		if doc < 1 || d.toks[doc].sent != sent || !accusingDocs[d.toks[doc].key] {
			continue
		}
		p := doc - 1
		for n := 0; n < 3 && p > 0 && d.toks[p].sent == sent && d.toks[p].kind == tWord && !d.toks[p].cap &&
			!publishVerbs[d.toks[p].key] && d.mentionAt(p) == nil; n++ {
			p-- // "a joint", "an annual"
		}
		if p < 1 || d.toks[p].sent != sent || !publishVerbs[d.toks[p].key] {
			continue
		}
		if !d.ofInClause(v+1, sent) {
			continue
		}
		g := d.verbGroup(p)
		if g.neg || g.modal || g.passive || d.hypothetical(p) {
			continue
		}
		subjs := d.actorsLeft(g.start, sent, "accused", sideSubj)
		if len(subjs) == 0 {
			continue
		}
		objs := d.actorsRight(v+1, sent, "accused", sideObj)
		for _, s := range subjs {
			for _, o := range objs {
				if s != o {
					add(s, "accused", o, v)
				}
			}
		}
	}
}

// ofInClause reports whether "of" follows token i within its clause of
// the sentence sent (up to twenty tokens, before a clause stop).
func (d *doc) ofInClause(i, sent int) bool {
	for k := i; k < len(d.toks) && k < i+20 && d.toks[k].sent == sent; k++ {
		if d.toks[k].key == "of" {
			return true
		}
		if actorStop[d.toks[k].key] {
			return false
		}
	}
	return false
}
