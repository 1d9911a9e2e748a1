// The people an act fell on, named after a copula: "Among those
// designated today is X", "One of those charged is Y".

package extract

// amongThoseStart reports whether the participle verb group starting at
// token start is introduced by "Among those" or "One of those" opening its
// sentence.
func (d *doc) amongThoseStart(start, sent int) bool {
	k := start - 1
	if k < 1 || d.toks[k].key != "those" || d.toks[k].sent != sent {
		return false
	}
	switch {
	case d.toks[k-1].key == "among":
		k--
	case k >= 2 && d.toks[k-1].key == "of" && d.toks[k-2].key == "one":
		k -= 2
	default:
		return false
	}
	return k == 0 || d.toks[k-1].sent != sent
}

// amongThoseObjects are the actors named after the copula that follows
// the participle ending at end, over "today" and the like ("Among those
// designated today is X, a chemist"); nil when no copula follows.
func (d *doc) amongThoseObjects(end, sent int, pred string) []*entity {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+4; k++ {
		switch d.toks[k].key {
		case "is", "are", "was", "were":
			return d.actorsRight(k+1, sent, pred, sideObj)
		case "today", "yesterday", "also", "previously", "on", "monday", "tuesday", "wednesday", "thursday", "friday":
			continue
		}
		return nil
	}
	return nil
}
