// Charges stated from the side of the charged: "X, a fugitive facing
// charges in the United States", "extradited to face charges", and
// charges brought by a charging document ("the indictment charges X"),
// and the sending government of a passive extradition ("extradited from
// Mexico").

package extract

import "github.com/newsgraph/newsgraph/schema"

// faceVerbs say that their subject stands charged; chargeNouns are what
// the subject faces ("faces federal drug charges", "to face prosecution").
var (
	faceVerbs   = set("face", "faces", "faced", "facing")
	chargeNouns = set("charges", "charge", "prosecution", "indictment", "indictments")
)

// facedCharges reads "X is facing charges", "X … to face federal charges
// in the United States": the government the charges are in (named after
// them, or as a modifier of the charged: "a United States fugitive
// facing charges") charged X; with none named, the government whose
// court charges when none is named (courtCountry). X sent "to face
// charges" by an active verb is its object ("A extradited X to face
// charges in Y"; sentToFace), charged only by the state named for them.
// A negated, modal or planned "face" is no charge ("could face charges").
func (d *doc) facedCharges(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if !faceVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		// "face (federal drug) charges": up to three modifiers, after a
		// quantity ("faced a number of pending charges")
		n := d.afterQuantity(v + 1)
		lim := n + 3
		for n < len(d.toks) && n <= lim && d.toks[n].sent == sent && !chargeNouns[d.toks[n].key] &&
			d.toks[n].kind == tWord && !d.toks[n].cap && d.mentionAt(n) == nil {
			n++
		}
		if n >= len(d.toks) || d.toks[n].sent != sent || !chargeNouns[d.toks[n].key] {
			continue
		}
		g := d.verbGroup(v)
		if g.neg || g.modal || g.infinitive && relBlockers[g.governor] || d.hypothetical(v) {
			continue
		}
		charged := d.actorsLeft(g.start, sent, "charged", sideObj)
		var sentPerson *entity
		if g.infinitive {
			sentPerson = d.sentToFace(g.start, sent)
		}
		if sentPerson != nil {
			charged = []*entity{sentPerson} // "A extradited X to face charges in Y": X
		} else if len(charged) == 0 || charged[0].typ != schema.Person || d.actBetween(charged[0], g.start, sent) {
			continue
		}
		var by []*entity
		for k := n + 1; k+1 < len(d.toks) && d.toks[k].sent == sent && k <= n+8 && !actorStop[d.toks[k].key]; k++ {
			if d.toks[k].key == "in" {
				if m := d.mentionAt(k + 1); m == nil && k+2 < len(d.toks) && d.toks[k+1].key == "the" {
					k++ // "in the United States"
				}
				if m := d.mentionAt(k + 1); m != nil && m.ent != nil && m.ent.typ == schema.Government {
					by = []*entity{m.ent}
				} else if d.toks[k].key == "the" && d.districtEnd(k+1) > 0 {
					by = d.courtCountry(k-1, sent) // "in the Southern District of Florida": a U.S. federal court's
				}
				break
			}
		}
		if by == nil && sentPerson != nil {
			continue // "A turned X over to B's police to face charges": the receiver's, read by handoverCharges
		}
		if by == nil {
			// "a United States fugitive facing charges"
			for k := g.start - 1; k >= 0 && k >= g.start-3 && d.toks[k].sent == sent; k-- {
				if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Government && m.e < g.start && !d.toks[m.e].cap {
					by = []*entity{m.ent}
					break
				}
			}
		}
		if by == nil {
			by = d.courtCountry(n+1, sent)
		}
		if rs := d.reportState(); by == nil && rs != nil {
			by = []*entity{rs} // "Paraguay 2021 … Report: … X faced corruption charges": Paraguay's
		}
		for _, s := range by {
			for _, o := range charged {
				add(s, "charged", o, v)
			}
		}
	}
}

// afterQuantity is the token after a quantity phrase at i ("a number of",
// "a wide range of": an article, at most two lower-case words, "of"), or i.
func (d *doc) afterQuantity(i int) int {
	if i >= len(d.toks) || d.toks[i].key != "a" && d.toks[i].key != "an" {
		return i
	}
	for k := i + 1; k < len(d.toks) && k <= i+3 && d.toks[k].sent == d.toks[i].sent; k++ {
		t := d.toks[k]
		if t.key == "of" && k > i+1 {
			return k + 1
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			break
		}
	}
	return i
}

// chargingDocs are the nouns for the documents and officers that bring
// charges without naming the state: "the indictment charges X", "a
// superseding indictment charging X", "prosecutors charged X".
var chargingDocs = set("indictment", "indictments", "complaint", "prosecutors")

// chargingDocument is the actor of a charge whose subject, right before
// token start, is a charging document or prosecutors: the government a
// demonym names ("Mexican prosecutors"), the United States when
// "federal" or "U.S." qualifies it, else the government whose court
// charges when none is named (courtCountry); nil when no such noun is
// the subject.
func (d *doc) chargingDocument(start, end, sent int) []*entity {
	start = d.unsealedDocStart(start, sent) // "an indictment unsealed today charges X"
	k := start - 1
	if k < 0 || d.toks[k].sent != sent || !chargingDocs[d.toks[k].key] {
		return nil
	}
	// "charging 27 members of the Los X, an offshoot of Y": a name the
	// reader does not know comes first, and the charged are not Y
	for j := end; j < len(d.toks) && d.toks[j].sent == sent && d.mentionAt(j) == nil; j++ {
		if t := d.toks[j]; t.kind == tWord && t.cap {
			return nil
		}
	}
	if m := d.mentionAt(k - 1); k > 0 && m != nil {
		if g := d.govOf(m); g != nil && m.e == k {
			return []*entity{g} // "Mexican prosecutors charged X"
		}
		return nil // "the district's prosecutors", "DEA complaint": not a state's
	}
	for j := k - 1; j >= 0 && j >= k-3 && d.toks[j].sent == sent; j-- {
		if key := d.toks[j].key; key == "federal" || key == "u.s." {
			if us := d.govNamed("United States"); us != nil {
				return []*entity{us}
			}
		}
	}
	return d.courtCountry(end, sent)
}

// actBetween reports whether a verb or noun of an act stands between the
// last mention of e before token i and i: "X secured the extradition of
// the bosses to face charges" does not say X faces them.
func (d *doc) actBetween(e *entity, i, sent int) bool {
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil && m.ent == e {
			return false
		}
		if key := d.toks[k].key; relCues[key] != nil || announceVerbs[key] {
			return true
		}
	}
	return false
}

// sendingGov is the government a passive extradition names with "from"
// after the verb at end ("X was extradited from Mexico to the United
// States", "X, who was extradited from Colombia in May"), or nil.
func (d *doc) sendingGov(end, sent int) []*entity {
	for k := end; k+1 < len(d.toks) && d.toks[k].sent == sent && k < end+8; k++ {
		if actorStop[d.toks[k].key] || d.toks[k].key == "," && k > end {
			return nil
		}
		if d.toks[k].key != "from" {
			continue
		}
		return d.govAfterFrom(k)
	}
	return nil
}

// govAfterFrom is the government of what the mention after "from" at
// token k names ("from Colombia", "from the Mexican authorities"), or nil.
func (d *doc) govAfterFrom(k int) []*entity {
	j := k + 1
	if j < len(d.toks) && d.toks[j].key == "the" && d.mentionAt(j) == nil {
		j++
	}
	if m := d.mentionAt(j); m != nil && m.s == j {
		if g := d.govOf(m); g != nil {
			return []*entity{g}
		}
	}
	return nil
}

// nationalSender is the government whose demonym modifies the person o
// named from token i in an extradition with no stated actor ("the
// extradition of Mexican drug kingpin X"): a state extradites its own
// national. nil when a "from" phrase names another sender or no demonym
// comes before o.
func (d *doc) nationalSender(i int, o *entity, sent int) []*entity {
	var g *entity
	k := i
	for ; k < len(d.toks) && d.toks[k].sent == sent && k < i+8; k++ {
		m := d.mentionAt(k)
		if m == nil {
			if key := d.toks[k].key; key == "," || key == "and" {
				return nil // "the extradition of A, and Colombian President X"
			}
			continue
		}
		if m.ent == o {
			break
		}
		if m.ent == nil && m.class == mDemonym && g == nil {
			g = d.govOf(m)
		}
		k = m.e - 1
	}
	if g == nil || k >= len(d.toks) || d.toks[k].sent != sent || d.mentionAt(k) == nil || d.mentionAt(k).ent != o {
		return nil
	}
	for j := k; j < len(d.toks) && d.toks[j].sent == sent; j++ {
		if d.toks[j].key == "from" {
			return nil // "the extradition of Mexican national X from Spain"
		}
	}
	return []*entity{g}
}

// chargePreps govern a charge noun: "wanted on drug charges", "arrested
// on charges of", "cleared of all charges".
var chargePreps = set("on", "of", "with", "against", "for")

// facedNoun reports whether the cue at v is a charge noun that a form of
// "face" or a preposition governs ("to face charges", "faces federal drug
// charges", "wanted on drug trafficking charges, X said"): the word is not
// the verb "charges". A noun after a preposition that names its defendants
// with "against" still charges them ("the unsealing of charges against A
// and B").
func (d *doc) facedNoun(v int) bool {
	if !chargeNouns[d.toks[v].key] {
		return false
	}
	namesDefendants := v+1 < len(d.toks) && d.toks[v+1].key == "against"
	for k := v - 1; k >= 0 && k >= v-4 && d.toks[k].sent == d.toks[v].sent; k-- {
		t := d.toks[k]
		if faceVerbs[t.key] || chargePreps[t.key] && d.toks[v].key != "charge" && !namesDefendants {
			return true
		}
		if t.kind != tWord || t.cap || d.mentionAt(k) != nil {
			return false
		}
	}
	return false
}
