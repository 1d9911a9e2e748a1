// A speaker welcoming guests present: "I'm honored to welcome X".

package extract

// welcomeFeelings are the words of "I'm honored to welcome X" between
// "I am" and "to welcome".
var welcomeFeelings = set("honored", "honoured", "pleased", "delighted", "glad", "happy", "proud")

// firstPersonWelcomes reads a speaker's welcome of guests present, "I'm
// honored to welcome X and Y here today" ("I am pleased to welcome"), as
// the speaker's meeting with each person welcomed. Who says "I" is found
// as for "I met with" (firstPersonSpeaker); only people are taken, and
// not the speaker's own government.
func (d *doc) firstPersonWelcomes(add func(*entity, string, *entity, int)) {
	for k := 0; k+5 < len(d.toks); k++ {
		if d.toks[k].key != "i" {
			continue
		}
		sent := d.toks[k].sent
		v := k + 1
		switch {
		case d.toks[v].key == "am":
			v++
		case d.toks[v].key == "'" && d.toks[v+1].key == "m":
			v += 2
		default:
			continue
		}
		if v < len(d.toks) && (d.toks[v].key == "so" || d.toks[v].key == "very" || d.toks[v].key == "truly") {
			v++
		}
		if v+2 >= len(d.toks) || !welcomeFeelings[d.toks[v].key] || d.toks[v+1].key != "to" || d.toks[v+2].key != "welcome" || d.toks[v+2].sent != sent {
			continue
		}
		sp := d.firstPersonSpeaker(k)
		if sp == nil {
			continue
		}
		for _, o := range personsOnly(d.welcomedPeople(v+3, sent)) {
			if o != sp {
				add(sp, "metWith", o, v+2)
			}
		}
	}
}

// welcomedPeople returns the actors named from token s to the end of the
// clause: "members of the community, and Senator A, Congressman B"; none
// when the phrase opens with neither a name nor a plural of people.
func (d *doc) welcomedPeople(s, sent int) []*entity {
	h := s
	for h < len(d.toks) && (d.toks[h].key == "the" || d.toks[h].key == "our" || d.toks[h].key == "my") {
		h++
	}
	if h >= len(d.toks) || d.mentionAt(h) == nil && !unnamedGuestNouns[d.toks[h].key] {
		return nil // "welcome the decision of A": a thing welcomed, not guests
	}
	var out []*entity
	for k := s; k < len(d.toks) && d.toks[k].sent == sent && k < s+30; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == "to" || key == "for" || key == "who" || key == "which" {
			break
		}
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && !m.attached {
				out = append(out, m.ent)
			}
			k = m.e - 1
		}
	}
	return out
}
