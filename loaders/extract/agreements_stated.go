// The phrasings of an agreement's sentence that state its parties:
// "between A and B", "the two countries' treaty", "the agreement the two
// countries signed", a relative clause ("that A and B signed"), "signed
// by A, B and C", and a subject of a sign verb ("A and B signed"). The
// lists they read are parsed in agreements_parties.go.

package extract

// statedParties reads the parties a sentence names for the agreement
// mention am: "signed by A, B and C", "between A and B", "that A and B
// signed", "A and B signed the X", "we signed the X with B".
func (d *doc) statedParties(am *mention) []*entity {
	sent := d.toks[am.s].sent
	if l := d.partiesBetween(am, sent); l != nil {
		d.rule = "agreement-party/between"
		return l
	}
	if l := d.partiesOfPossessor(am); l != nil {
		d.rule = "agreement-party/two-sides-possessor"
		return l
	}
	if l := d.partiesOfOwner(am); l != nil {
		d.rule = "agreement-party/owner-possessor"
		return l
	}
	if l := d.partiesTwoSidesSigned(am, sent); l != nil {
		d.rule = "agreement-party/two-sides-signed"
		return l
	}
	if l := d.partiesRelativeClause(am, sent); l != nil {
		d.rule = "agreement-party/relative-clause"
		return l
	}
	if l := d.partiesSignedBy(am, sent); l != nil {
		d.rule = "agreement-party/signed-by"
		return l
	}
	d.rule = "agreement-party/subject-signed"
	return d.partiesSubject(am, sent)
}

// partiesBetween reads "between A and B" (", between A and B,") after the
// agreement mention am: the bodies named, or "the two countries".
func (d *doc) partiesBetween(am *mention, sent int) []*entity {
	k := am.e
	// "between A and B", "that A and B signed"; ", between A and B,"
	bk := k
	if bk+1 < len(d.toks) && d.toks[bk].key == "," && d.toks[bk+1].sent == sent {
		bk++
	}
	if bk < len(d.toks) && (d.toks[bk].key == "between" || d.toks[bk].key == "among") {
		k = bk
		// "between A and B" names the bodies that are the parties
		d.bodiesAsWritten = true
		l := d.partyList(k+1, 1)
		d.bodiesAsWritten = false
		if len(l) >= 2 {
			return l
		}
		if l := d.twoSides(k + 1); len(l) == 2 {
			return l
		}
	}
	return nil
}

// partiesOfPossessor reads "the two countries' extradition treaty".
func (d *doc) partiesOfPossessor(am *mention) []*entity {
	// "the two countries' extradition treaty"
	if b := am.s - 1; b >= 4 && (d.toks[b].key == "'" || d.toks[b].key == "'s") && (govPlurals[d.toks[b-1].key] || groupPlurals[d.toks[b-1].key]) {
		if l := d.twoSides(b - 3); len(l) == 2 {
			return l
		}
	}
	return nil
}

// partiesTwoSidesSigned reads "a transfer agreement the two countries
// signed in 2007": the two governments named near, else the two sides.
func (d *doc) partiesTwoSidesSigned(am *mention, sent int) []*entity {
	k := am.e
	// "a transfer agreement the two countries signed in 2007"
	if tk := k; tk < len(d.toks) && (d.toks[tk].key == "the" || d.toks[tk].key == "that" && tk+1 < len(d.toks) && d.toks[tk+1].key == "the") {
		if d.toks[tk].key == "that" {
			tk++
		}
		if l := d.twoSides(tk); len(l) == 2 {
			if near := d.nearTwoGovs(am.s); len(near) == 2 {
				l = near
			}
			for v := tk + 3; v < len(d.toks) && v < tk+6 && d.toks[v].sent == sent; v++ {
				if signVerbs[d.toks[v].key] {
					return l
				}
				if d.toks[v].kind != tWord || d.toks[v].cap {
					break
				}
			}
		}
	}
	return nil
}

// partiesRelativeClause reads "the accord that A and B signed", else a
// forum's co-chairs, ", which A and B co-chaired" (agreements_cochair.go).
func (d *doc) partiesRelativeClause(am *mention, sent int) []*entity {
	k := am.e
	if k+1 < len(d.toks) && d.toks[k].key == "," && d.toks[k+1].key == "which" {
		k++ // "The accord, which A and B signed in 2023,"
	}
	if k < len(d.toks) && (d.toks[k].key == "that" || d.toks[k].key == "which") {
		l := d.partyList(k+1, 1)
		if end := k + 1; len(l) > 0 {
			for end < len(d.toks) && end < k+16 && !signVerbs[d.toks[end].key] && d.toks[end].sent == sent {
				end++
			}
			if end < len(d.toks) && signVerbs[d.toks[end].key] {
				return l
			}
		}
	}
	return d.partiesCochaired(am, sent)
}

// partiesSignedBy reads ", signed in March by A, B and C", "signed by the
// 15 member states", and "a deal reached with Caracas" (that party and the
// sentence's first other actor, else the article's most named other
// government; a guessed side).
func (d *doc) partiesSignedBy(am *mention, sent int) []*entity {
	k := am.e
	// ", signed in March by A, B and C"
	for j := k; j < len(d.toks) && j < k+8 && d.toks[j].sent == sent; j++ {
		if (d.toks[j].key == "and" || d.toks[j].key == "or") && j+1 < len(d.toks) && !signVerbs[d.toks[j+1].key] {
			break // "the X and other treaties ratified by A": the participle is the nearer noun's
		}
		if signVerbs[d.toks[j].key] {
			for b := j + 1; b < len(d.toks) && b < j+8 && d.toks[b].sent == sent; b++ {
				if d.toks[b].key == "by" {
					if l := d.partyList(b+1, 1); len(l) > 0 {
						return l
					}
					// "signed by the 15 member states": the bloc just named
					if bloc := d.memberStatesBloc(b + 1); bloc != nil {
						return []*entity{bloc}
					}
					break
				}
				// "a deal reached with Caracas": that party and the
				// sentence's first other actor, else the article's most
				// named other government
				if d.toks[b].key == "with" {
					l := d.partyList(b+1, 1)
					if len(l) == 0 {
						break
					}
					other := d.firstPartyIn(sent, am.s, l[0])
					if other == nil {
						other = d.otherDominant(l[0])
					}
					if other != nil {
						d.guessedSide = true
						return []*entity{other, l[0]}
					}
					break
				}
				if d.toks[b].key == "," && b > j+1 {
					break
				}
			}
			break
		}
	}
	return nil
}

// partiesSubject reads the parties a sign verb before the agreement mention
// am has for subject: "A and B signed a new X", "A and B brought into
// force a customs agreement", "the two governments signed …", "We signed
// a letter of agreement with B"; without a sign verb, "a border security
// deal with Washington" (that party and another, a guessed side).
func (d *doc) partiesSubject(am *mention, sent int) []*entity {
	var out []*entity
	k := am.e
	// "A and B signed a new X", "We signed a letter of agreement with B"
	j := am.s - 1
	for j >= 0 && d.toks[j].sent == sent && (agreementAdjs[d.toks[j].key] || d.toks[j].key == "to" || d.toks[j].key == "on" || d.toks[j].kind == tWord && !d.toks[j].cap && agreementMods[d.toks[j].key]) {
		j--
	}
	// "A and B brought into force a customs agreement"
	into := false
	if j >= 3 && (d.toks[j].key == "force" || d.toks[j].key == "effect") && d.toks[j-1].key == "into" && intoVerbs[d.toks[j-2].key] {
		j -= 2
		into = true
	}
	if j < 1 || !signVerbs[d.toks[j].key] && !into {
		// "a border security deal with Washington": that party and the
		// sentence's first other actor, else the dateline's government,
		// else the article's most named other government
		if k+1 < len(d.toks) && d.toks[k].key == "with" {
			if l := d.partyList(k+1, 1); len(l) > 0 {
				if we := d.weConcluded(am, sent); we != nil && we != l[0] {
					d.rule = "agreement-party/speaker-concluded" // agreements_ourside.go
					return []*entity{we, l[0]}
				}
				other := d.firstPartyIn(sent, am.s, l[0])
				if g := d.govNamed(d.dateline); other == nil && d.dateline != "" && g != l[0] {
					other = g
				}
				if other == nil {
					other = d.otherDominant(l[0])
				}
				if other != nil {
					d.guessedSide = true
					return []*entity{other, l[0]}
				}
			}
		}
		return nil
	}
	v := j
	for v > 0 && (d.toks[v-1].key == "have" || d.toks[v-1].key == "has" || d.toks[v-1].key == "had" || d.toks[v-1].key == "also" || d.toks[v-1].key == "jointly") {
		v--
	}
	subj := d.partyList(v-1, -1)
	// "the two governments signed …", "both countries agreed …", "our
	// governments signed …": the two governments just named, else the
	// two the article names most
	if len(subj) == 0 && v >= 2 && govPlurals[d.toks[v-1].key] {
		// "our [two] governments signed": the speaker's and the one addressed
		if d.toks[v-2].key == "two" && v >= 3 && (d.toks[v-3].key == "the" || d.toks[v-3].key == "our") || d.toks[v-2].key == "both" || d.toks[v-2].key == "our" {
			if near := d.nearTwoGovs(v - 2); len(near) == 2 {
				subj = near
			} else if v >= 3 && d.toks[v-3].key == "the" {
				subj = d.twoSides(v - 3)
			}
		}
	}
	if len(subj) == 0 {
		// "Haitian police commanders in the Centre department
		// negotiated …", "the Senate on Tuesday ratified …": the
		// subject before a short place or day phrase
		for p := v - 1; p > 0 && p >= v-6 && d.toks[p].sent == sent && d.toks[p].key != "," && !d.toks[p].brk; p-- {
			if key := d.toks[p].key; key == "in" || key == "from" || key == "at" || key == "on" && calendarWords[d.toks[p+1].key] {
				subj = d.partyList(p-1, -1)
				break
			}
		}
	}
	subj = d.legislatureStates(subj) // "the Honduran Congress ratified the treaty": Honduras
	var with *entity
	if k < len(d.toks) && d.toks[k].key == "with" {
		if l := d.partyList(k+1, 1); len(l) > 0 {
			with = l[0]
		}
	}
	if with == nil {
		with = d.forPartyTo(k)
	}
	if len(subj) == 0 && with != nil && v > 0 && (d.toks[v-1].key == "we" || d.toks[v-1].key == "i") {
		if g := d.speakerGovernment(v - 1); g != nil && g != with {
			subj = append(subj, g)
		}
	}
	out = append(out, subj...)
	if with != nil {
		out = append(out, with)
	}
	if len(out) < 2 && with == nil {
		return nil
	}
	return out
}
