package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// capsNames reads names written in capitals where official documents put
// them: the signer of a proclamation ("I, DONALD J. TRUMP, President of
// …") and a signature line under it. A run of two to four capitalised
// words, the first a known given name, is a person when "I," opens it or
// it fills its line.
func (d *doc) capsNames() {
	for s := 0; s < len(d.toks); s++ {
		if !d.capsWord(s) || d.g.given[d.toks[s].key] == 0 {
			continue
		}
		e, n := s+1, 1
		for e < len(d.toks) && n < 4 && !d.toks[e].brk {
			if d.capsWord(e) {
				e, n = e+1, n+1
			} else if d.joinedHyphen(e) && d.capsWord(e+1) {
				e += 2 // "ARMAS-REYES"
			} else {
				break
			}
		}
		if n < 2 || !d.free(s, e) {
			continue
		}
		signer := s >= 2 && d.toks[s-1].key == "," && d.toks[s-2].key == "i" && d.toks[s-2].upper && e < len(d.toks) && d.toks[e].key == ","
		line := d.toks[s].brk && (e == len(d.toks) || d.toks[e].brk)
		prose := !signer && !line && d.capsInProse(s, e)
		if !signer && !line && !prose {
			continue
		}
		var name strings.Builder
		for k := s; k < e; k++ {
			w := d.surface(k, k+1)
			if k > s && d.toks[k].key != "-" && d.toks[k-1].key != "-" {
				name.WriteByte(' ')
			}
			name.WriteString(w[:1] + strings.ToLower(w[1:]))
		}
		rule := "entity/person:caps-signer"
		if prose {
			rule = "entity/person:caps-prose"
		}
		full := name.String()
		if gp := d.g.people[fold(full)]; gp != nil && gp.name != "" {
			full = gp.name
		}
		ent := d.entity(schema.Person, full, s)
		ent.alias(d.surface(s, e))
		ent.toks = d.nameKeys(s, e)
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person, rule: rule})
		s = e - 1
	}
}

// capsInProse reports whether the capitals run [s, e) stands inside a
// sentence written in lower case, as press releases write defendants'
// names ("announced that ANA RUIZ-PAZ and …, both citizens of …"): the
// sentence has lower-case words before and after the run, and the run is
// not the paragraph's opening dateline. A run right after a dateline's
// dash and before a comma opens the sentence as its subject ("JAN 4 --
// ANA M. RUIZ, Special Agent in Charge of …, announced").
func (d *doc) capsInProse(s, e int) bool {
	if d.inDateline(s) || d.toks[s].brk {
		return false
	}
	sent := d.toks[s].sent
	lower := func(k int) bool {
		t := d.toks[k]
		return t.kind == tWord && !t.cap && t.letters >= 2
	}
	before, after := false, false
	if s > 0 && dashes[d.toks[s-1].key] && d.toks[s-1].sent == sent && e < len(d.toks) && d.toks[e].key == "," {
		before = true
	}
	for k := s - 1; k >= 0 && d.toks[k].sent == sent && !before; k-- {
		before = lower(k)
	}
	for k := e; k < len(d.toks) && d.toks[k].sent == sent && !after; k++ {
		after = lower(k)
	}
	return before && after
}

// joinedHyphen reports whether token k is a hyphen written between two
// words with no space on either side.
func (d *doc) joinedHyphen(k int) bool {
	return d.toks[k].key == "-" && !d.toks[k].space && k+1 < len(d.toks) && !d.toks[k+1].space
}

// capsWord reports whether token k is a word written in capitals that may
// be part of a name: a name word or an initial ("J.").
func (d *doc) capsWord(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && t.upper && t.letters >= 1 && d.at[k] == 0 && !stopCaps[t.key] && !titleHeads[t.key]
}

// listedNames reads the name runs persons left unsure (runs) that a list
// joins to a person: in "A, B, and Ana Ruiz" B and A are people too. A
// run is joined by a comma, "and" or ", and" to a person's name on either
// side.
func (d *doc) listedNames(runs []nameRun) {
	ends := map[int]int{} // the unsure runs by start
	for _, r := range runs {
		ends[r.s] = r.e
	}
	for changed := true; changed; {
		changed = false
		for _, r := range runs {
			if !d.free(r.s, r.e) || !d.listedWithPerson(r, ends) {
				continue
			}
			name := d.surface(r.s, r.e)
			ent := d.entity(schema.Person, name, r.s)
			ent.alias(name)
			ent.toks = d.nameKeys(r.s, r.e)
			if g := d.g.given[d.toks[r.s].key]; ent.gender == 0 && (g == 'f' || g == 'm') {
				ent.gender = g
			}
			d.take(&mention{s: r.s, e: r.e, ent: ent, typ: schema.Person, rule: "entity/person:listed"})
			changed = true
		}
	}
}

// listedWithPerson reports whether a comma, "and" or ", and" joins the run
// r to a person's name right before it, or, for a list's first item, after
// it over other unsure runs (ends: their ends by start), in its sentence.
func (d *doc) listedWithPerson(r nameRun, ends map[int]int) bool {
	person := func(k int) bool {
		m := d.mentionAt(k)
		return m != nil && m.ent != nil && m.ent.typ == schema.Person
	}
	joint := func(k int) bool { return k >= 0 && k < len(d.toks) && (d.toks[k].key == "," || d.toks[k].key == "and") }
	sent := d.toks[r.s].sent
	if r.s == 0 || d.toks[r.s].brk || d.toks[r.s-1].sent != sent {
		return false
	}
	if p := d.toks[r.s-1]; !joint(r.s-1) && (p.cap || p.kind != tWord || portfolioPreps[p.key] || p.key == "the") {
		return false // "… of Security and Citizen Protection, X": a portfolio's words
	}
	if joint(r.s-1) && r.e < len(d.toks) && (d.toks[r.e].key == "'s" || d.toks[r.e].key == "’s") {
		return false // "Ana Vik, Radio Norte’s manager": the person's employer, apposed, not a second person
	}
	if joint(r.s-1) && !d.pluralApposedBefore(r.s) {
		// a list item after another: the one before must be a person
		k := r.s - 1
		for n := 0; n < 2 && joint(k); n++ {
			k--
		}
		return k >= 0 && d.toks[k].sent == sent && person(k)
	}
	// after: ", B", " and B", ", and B", over other unsure items
	k := r.e
	for items := 0; items < 5; items++ {
		j := k
		for n := 0; n < 2 && joint(j); n++ {
			j++
		}
		if j == k || j >= len(d.toks) || d.toks[j].sent != sent {
			return false
		}
		if person(j) {
			return true
		}
		if k = ends[j]; k == 0 {
			return false
		}
	}
	return false
}

// titleAppositionLine reports whether a comma and a title that fills the
// rest of its line follow a run of capitalised words ending before e: a
// sign-off or byline line, "Ana Vik, Special Agent in Charge" (a "Jr." may
// come between), names the person the title is apposed to, though every
// word of it is capitalised.
func (d *doc) titleAppositionLine(e int) bool {
	e = d.pastGenerationSuffix(e)
	if e+1 >= len(d.toks) || d.toks[e].key != "," {
		return false
	}
	tp := d.titlePhraseAt(e + 1)
	return tp.head && tp.e > e+1 && (tp.e >= len(d.toks) || d.toks[tp.e].brk)
}

// pastGenerationSuffix returns where the comma after a name's generation
// suffix stands when one follows the name ending before e ("Ana Vik, Jr.,
// Special Agent …"), else e.
func (d *doc) pastGenerationSuffix(e int) int {
	if e+2 < len(d.toks) && d.toks[e].key == "," && nameSuffixes[d.toks[e+1].key] && d.toks[e+2].key == "," {
		return e + 2
	}
	return e
}

// dashes are the keys of the dashes a dateline ends with, or that, with
// spaces around them, set off an aside (dashAside).
var dashes = set("-", "--", "—", "–")
