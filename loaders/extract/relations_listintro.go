package extract

// listHeadVerbs end a line that sets out a list of people under it: "The
// defendants are:", "Other defendants facing charges include:".
var listHeadVerbs = set("are", "include", "includes")

// listActs reads an act whose objects are listed under the line that
// introduces them: "OFAC designated the following two individuals, who
// are leaders of the X:" followed by items each opening with a name. The
// actor acts on each item. A passive line ("The following two individuals
// were also designated:") takes the actor of the last such line before it.
func (d *doc) listActs(add func(*entity, string, *entity, int)) {
	var last []*entity
	for c := 1; c+1 < len(d.toks); c++ {
		if d.toks[c].key == ":" && d.toks[c+1].brk && listHeadVerbs[d.toks[c-1].key] && !d.inQuote[c] {
			d.copulaListActs(c, add) // "The defendants are:", "Other defendants charged include:"
			continue
		}
		if d.toks[c].key == ":" && !d.toks[c+1].brk && !d.inQuote[c] {
			d.inlineCopulaList(c, add) // "These defendants include: A, 42; B, 39", "Four charged remain fugitives: A and B"
		}
		if key := d.toks[c].key; key == "are" || key == "is" {
			d.inlineCopulaList(c, add) // "The individuals named in the indictment are A, B and C"
			continue
		}
		if d.toks[c].key != ":" || !d.toks[c+1].brk || !d.listItem(c+1) || d.inQuote[c] {
			continue
		}
		sent := d.toks[c].sent
		v, pred := -1, ""
		following := false
		for k := c - 1; k >= 0 && d.toks[k].sent == sent; k-- {
			following = following || d.toks[k].key == "following"
			if p := listActPred(d.toks[k].key); p != "" && v < 0 && d.mentionAt(k) == nil {
				v, pred = k, p
			}
		}
		if v < 0 || !following {
			continue // "the following": the line introduces the list
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) {
			continue
		}
		subjs := last
		if !g.passive {
			subjs = d.actorsLeft(g.start, sent, pred, sideSubj)
			last = subjs
		}
		for k := c + 1; k < len(d.toks) && d.listItem(k); {
			if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && typeOK(pred, sideObj, m.ent.typ) {
				for _, s := range subjs {
					add(s, pred, m.ent, m.s)
				}
			}
			k++
			for k < len(d.toks) && !d.toks[k].brk {
				k++
			}
		}
	}
}

// listActPred is the predicate of a verb form that takes a listed object,
// one of the actionActs ("designated", "sanctioned", "charged"), or "".
func listActPred(key string) string {
	for _, c := range relCues[key] {
		if !c.noun && len(c.rest) == 0 && actionActs[c.pred] {
			return c.pred
		}
	}
	return ""
}
