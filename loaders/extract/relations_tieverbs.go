package extract

// tieVerbs establish or keep the standing tie their object names: the
// subject of "Peru has forged partnerships with Chile and Bolivia" or
// "Peru deepened close cooperation with Chile" holds the tie with each.
var tieVerbs = lexWords.set("tieVerbs")

// tieHolder returns the subject of a tie verb whose object is the
// symmetric noun cue at n ("forged strong partnerships with"), over its
// determiners and up to two adjectives; nil when there is none or the
// verb is negated, modal or planned ("hopes to build a partnership").
func (d *doc) tieHolder(n, sent int, pred string) []*entity {
	j := n - 1
	for adj := 0; j >= 0 && d.toks[j].sent == sent && (determiners[d.toks[j].key] || adj < 2 && d.plainAdjective(j) && !tieVerbs[d.toks[j].key]); j-- {
		if !determiners[d.toks[j].key] {
			adj++
		}
	}
	if j < 0 || d.toks[j].sent != sent || !tieVerbs[d.toks[j].key] {
		return nil
	}
	g := d.verbGroup(j)
	if g.neg || g.modal || g.infinitive {
		return nil
	}
	return d.actorsLeft(g.start, sent, pred, sideSubj)
}
