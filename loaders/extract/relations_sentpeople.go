// People a state sends to another in a counted group and names after
// "among them" or "including": "A has sent 30 suspected gang leaders to
// B since March, among them X", "Some 20 Bolivians were sent to B last
// year, including Y".

package extract

import "github.com/newsgraph/newsgraph/schema"

// sentForms send people to another state; sentPeopleNouns name the
// counted group sent: offenders (crimeNouns) or people of any kind;
// vagueCounts count it without a digit.
var (
	sentForms       = set("sent", "sends", "send", "extradited", "extradites")
	sentPeopleNouns = union(crimeNouns, set("figures", "members", "leaders", "people", "individuals", "nationals", "men"))
	vagueCounts     = set("dozens", "hundreds", "several", "scores")
)

// sentPeople reads a state that sends a counted group of people to
// another state and names some of them after "among them" or
// "including": the sender extradited each one named. The sender is the
// subject of an active verb, or, for a passive, the state whose demonym
// names the group ("Bolivians", "Bolivian suspects"). When the group is
// sent "to face charges", the destination charged each one too. A
// negated, modal or planned sending names none.
func (d *doc) sentPeople(add func(*entity, string, *entity, int)) {
	for v := 1; v+3 < len(d.toks); v++ {
		if !sentForms[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) {
			continue
		}
		sent := d.toks[v].sent
		var sender *entity
		if g.passive {
			sender = d.sentGroupBefore(g.start, sent)
		} else if d.countedGroupAfter(v+1, sent) {
			if s := d.actorsLeft(g.start, sent, "extradited", sideSubj); len(s) == 1 && s[0].typ == schema.Government {
				sender = s[0]
			}
		}
		if sender == nil || !d.criminalGroup(v, sent) {
			continue
		}
		dest, named, face := (*entity)(nil), -1, false
		for k := v + 1; k+1 < len(d.toks) && d.toks[k].sent == sent && k < v+30; k++ {
			key := d.toks[k].key
			if key == "face" && d.toks[k-1].key == "to" {
				face = true
			}
			if (key == "to" || key == "in") && dest == nil {
				if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && m.ent.typ == schema.Government && m.ent != sender {
					dest = m.ent
				}
			}
			if key == "including" || key == "among" && d.toks[k+1].key == "them" && d.toks[k-1].key == "," {
				named = k + 1
				if key == "among" {
					named++
				}
				break
			}
		}
		if dest == nil || named < 0 {
			continue
		}
		for _, p := range personsOnly(d.actorsRight(named, sent, "extradited", sideObj)) {
			add(sender, "extradited", p, v)
			if face {
				add(dest, "charged", p, v)
			}
		}
	}
}

// countedGroupAfter reports whether a counted group of people is named
// from token k: "30 suspected gang leaders", "more than 50 suspects",
// "dozens of cartel suspects".
func (d *doc) countedGroupAfter(k, sent int) bool {
	counted := false
	for j := k; j < len(d.toks) && j < k+7 && d.toks[j].sent == sent; j++ {
		t := d.toks[j]
		switch {
		case allDigits(t.key) || countWords[t.key] > 0 || vagueCounts[t.key]:
			counted = true
		case sentPeopleNouns[t.key]:
			return counted
		case t.kind != tWord || t.cap && d.mentionAt(j) == nil:
			return false
		}
	}
	return false
}

// sentGroupBefore is the state whose demonym names the counted group that
// is the subject of a passive ending right before token start ("Some 20
// Bolivians were sent", "12 Peruvian suspects were sent"), or nil.
func (d *doc) sentGroupBefore(start, sent int) *entity {
	k := start - 1
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	if sentPeopleNouns[d.toks[k].key] {
		k--
	}
	if k < 0 {
		return nil // "Suspects were sent …" opening the text: no demonym
	}
	ps, n := d.g.lookup(d.toks, k)
	if n != 1 {
		return nil
	}
	for _, p := range ps {
		if p.kind != kDemonym {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].sent == sent; j-- {
			if key := d.toks[j].key; allDigits(key) || countWords[key] > 0 || vagueCounts[key] {
				return d.govNamed(p.entry.name)
			}
		}
	}
	return nil
}

// crimeNouns name people as offenders ("suspects", "fugitives");
// crimeMods mark a group of other people as such ("alleged cartel
// members").
var (
	crimeNouns = set("suspects", "fugitives", "defendants", "criminals", "traffickers", "prisoners", "bosses",
		"operatives", "kingpins")
	crimeMods = set("alleged", "suspected", "accused", "cartel", "gang", "drug", "criminal", "wanted")
)

// criminalGroup reports whether the sending at v is of offenders: the
// sentence names them as such ("30 suspected gang leaders", "more than 50
// suspects"), or the text is about extradition ("Some 20 Bolivians were
// sent …" in a story that speaks of extraditions). Troops,
// officers or aid workers sent abroad are none.
func (d *doc) criminalGroup(v, sent int) bool {
	for k := v - 8; k < v+10 && k < len(d.toks); k++ {
		if k >= 0 && d.toks[k].sent == sent && (crimeNouns[d.toks[k].key] || crimeMods[d.toks[k].key]) {
			return true
		}
	}
	return d.speaksOfExtradition()
}

// speaksOfExtradition reports whether the text states an extradition
// anywhere ("was extradited", "the extradition of"); read once per text.
func (d *doc) speaksOfExtradition() bool {
	if d.extradites == 0 {
		d.extradites = 1
		for _, t := range d.toks {
			if extraditionForms[t.key] {
				d.extradites = 2
				break
			}
		}
	}
	return d.extradites == 2
}
