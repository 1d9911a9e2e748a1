// Help received, named as the means of an act: "The Colombian government,
// with help from the U.S., is making strides", "with the assistance of
// the United Nations, has sought …", "the police, with U.S. support,
// seized …". The giver supports
// the clause's subject: the passive counterpart of "in support of".

package extract

// helpNouns name help one actor gives another; after "with" they take
// the giver after "of" or "from", or as a modifier before them.
var helpNouns = lexWords.set("helpNouns")

// helpGiverPreps introduce the giver after a help noun.
var helpGiverPreps = set("of", "from")

// withHelpAt reads a help phrase opening at the "with" at token i: the
// help noun's position and the givers it names, or -1. Up to two plain
// words may qualify the noun ("with the strong support of B"), and a
// state may stand before it ("with U.S. help", "with American support").
func (d *doc) withHelpAt(i, sent int) (int, []*entity) {
	if d.toks[i].key != "with" {
		return -1, nil
	}
	k := i + 1
	var modifier *entity
	for n := 0; n < 3 && k < len(d.toks) && d.toks[k].sent == sent && !helpNouns[d.toks[k].key]; n++ {
		if m := d.mentionAt(k); m != nil {
			g := d.govOf(m)
			if g == nil || modifier != nil {
				return -1, nil
			}
			modifier, k = g, m.e // "with U.S. help": the state before the noun
			continue
		}
		if t := d.toks[k]; t.kind != tWord || t.cap || actorStop[t.key] || relConj[t.key] {
			return -1, nil
		}
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !helpNouns[d.toks[k].key] {
		return -1, nil
	}
	if modifier != nil {
		return k, []*entity{modifier}
	}
	if k+1 < len(d.toks) && helpGiverPreps[d.toks[k+1].key] {
		return k, d.actorsRight(k+2, sent, "supports", sideSubj)
	}
	return -1, nil
}

// helpedActors is who a help phrase at [i, noun] helps: the actor named
// before the comma that opens it ("A, with help from B, …"); a phrase
// opening its sentence ("Today, with support from B, Kenyan forces …")
// leaves the one helped unsure, as a passive's agents do. A clause whose verb is modal after the phrase ("A, with
// support from B, will create …") states a plan: no one.
func (d *doc) helpedActors(i, noun, sent int) []*entity {
	closing := -1
	for k := noun + 1; k < len(d.toks) && d.toks[k].sent == sent && k < noun+16; k++ {
		if d.toks[k].key == "," {
			closing = k
			break
		}
	}
	if closing < 0 || closing+1 >= len(d.toks) {
		return nil
	}
	for k := closing + 1; k < len(d.toks) && k < closing+4 && d.toks[k].sent == sent; k++ {
		if d.isModal(k) || relNegs[d.toks[k].key] {
			return nil // "…, will create": planned
		}
	}
	if i == 0 || d.toks[i-1].key != "," || d.toks[i-1].sent != sent || d.agentListBefore(i-1, sent) {
		return nil // "investigated by A and B, with help from C": C worked with the agents (accompaniment)
	}
	return d.actorsLeft(i-1, sent, "supports", sideObj)
}

// agentListSpan is how many words back agentListBefore looks for the
// "by": closing credits list five or six offices, each of several words
// ("investigated by A, the B and C County Police Departments, the D
// State's Attorney's Office, …").
const agentListSpan = 60

// agentListBefore reports whether the names ending at the comma at token
// k follow "by": the agents of a passive ("investigated by A and B, …"),
// titled and placed in their body as closing credits write them
// ("prosecuted by Trial Attorneys A and B of the X Section, …").
func (d *doc) agentListBefore(k, sent int) bool {
	for j := k - 1; j >= 0 && j > k-agentListSpan && d.toks[j].sent == sent; j-- {
		if m := d.mentionAt(j); m != nil {
			j = m.s
			continue
		}
		switch t := d.toks[j]; {
		case t.key == "and", t.key == ",", t.key == "the", t.key == "(", t.key == ")", t.key == "of", t.key == "'s":
			continue
		case t.key == "by":
			return true
		case t.kind == tWord && t.cap && !actorStop[t.key]:
			continue // a title before the names: "Trial Attorneys", "Assistant U.S. Attorney"
		}
		return false
	}
	return false
}

// helpPhrases reads "A, with help from B, …", "A, with the strong support
// of B, …" and "A, with U.S. assistance, …": B supports A.
func (d *doc) helpPhrases(add func(*entity, string, *entity, int)) {
	for i := 0; i+2 < len(d.toks); i++ {
		if d.toks[i].key != "with" || d.inQuote[i] {
			continue
		}
		sent := d.toks[i].sent
		noun, givers := d.withHelpAt(i, sent)
		if noun < 0 || len(givers) == 0 {
			continue
		}
		for _, b := range d.helpedActors(i, noun, sent) {
			for _, a := range givers {
				add(a, "supports", b, noun)
			}
		}
	}
}
