// The people an act fell on, named after a copula or "include": "Among
// those designated today is X", "The individuals sanctioned today include Y".

package extract

// amongThoseStart reports whether the participle verb group starting at
// token start is introduced by "Among those" or "One of those" opening
// its sentence, or by "Also" with "today" after the participle ("Also
// designated today is X").
func (d *doc) amongThoseStart(start, sent int) bool {
	k := start - 1
	if d.toks[start].key == "also" {
		k = start // the verb group may hold the adverb
	}
	if k >= 0 && d.toks[k].key == "also" && d.toks[k].sent == sent {
		// today's act only: "Also designated today is X"
		return (k == 0 || d.toks[k-1].sent != sent) && k+2 < len(d.toks) && d.toks[k+2].key == "today"
	}
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
	k := d.wordAfterParticiple(end, sent)
	if k < 0 {
		return nil
	}
	switch d.toks[k].key {
	case "is", "are", "was", "were":
		return d.actorsRight(k+1, sent, pred, sideObj)
	}
	return nil
}

// participleAdverbs may stand between a participle and the verb after
// it: "designated today is", "sanctioned on Monday include".
var participleAdverbs = set("today", "yesterday", "also", "previously", "on", "monday", "tuesday", "wednesday", "thursday", "friday")

// wordAfterParticiple is the first token within a few words after the
// participle ending at end that is not one of participleAdverbs; -1 when
// the sentence or the window ends first.
func (d *doc) wordAfterParticiple(end, sent int) int {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+4; k++ {
		if !participleAdverbs[d.toks[k].key] {
			return k
		}
	}
	return -1
}

// designeeNouns name the people or bodies an act fell on, as the head of
// a reduced relative: "The individuals sanctioned today include X".
var designeeNouns = set("individuals", "persons", "people", "entities", "targets")

// includedHeadStart reports whether the participle verb group starting
// at token start follows a designee noun that opens its sentence ("The
// individuals designated today include X"), and an "include" comes
// within a few words after it ending at end.
func (d *doc) includedHeadStart(start, end, sent int) bool {
	k := start - 1
	if k < 1 || d.toks[k].sent != sent || !designeeNouns[d.toks[k].key] || d.mentionAt(k) != nil {
		return false
	}
	if k--; d.toks[k].key != "the" && d.toks[k].key != "those" && d.toks[k].key != "these" {
		return false
	}
	if k > 0 && d.toks[k-1].sent == sent {
		return false
	}
	return d.includeAfter(end, sent) >= 0
}

// includeAfter is the token of "include(s)"/"included" within a few
// words after the participle ending at end, over "today" and the like;
// -1 when none comes.
func (d *doc) includeAfter(end, sent int) int {
	k := d.wordAfterParticiple(end, sent)
	if k < 0 {
		return -1
	}
	switch d.toks[k].key {
	case "include", "includes", "included":
		return k
	}
	return -1
}

// includedObjects are the actors named after the "include" that follows
// the participle ending at end: the list after "such as" or "including"
// when the included phrase names a kind of people ("include key X
// commanders such as A and B"), else the actors right after it.
func (d *doc) includedObjects(end, sent int, pred string) []*entity {
	k := d.includeAfter(end, sent)
	if k < 0 {
		return nil
	}
	for j := k + 1; j+1 < len(d.toks) && d.toks[j].sent == sent; j++ {
		if d.toks[j].key == "such" && d.toks[j+1].key == "as" {
			return d.actorsRight(j+2, sent, pred, sideObj)
		}
		if d.toks[j].key == "including" {
			return d.actorsRight(j+1, sent, pred, sideObj)
		}
	}
	return d.actorsRight(k+1, sent, pred, sideObj)
}

// includedActor is the actor of "The individuals sanctioned today include
// X": the sanctions office acting in the text (officeActor), else the one
// it names outside quotations ("OFAC today announced the designation of
// …"); nil when it names none.
func (d *doc) includedActor() *entity {
	acting, named := d.sanctionsOffices()
	if acting != nil {
		return acting
	}
	return named
}
