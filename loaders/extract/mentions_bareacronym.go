package extract

import "github.com/newsgraph/newsgraph/schema"

// A section of a dated report (its headline "Ruritania 2031 Human Rights
// Report: …") often names a body only by its acronym, spelled out in
// an earlier section the text does not hold: "The PDDH is authorized to
// investigate …", "the TSJ ordered …". An all-capital word of three
// letters or more that no other name claims and the text never sets in
// parentheses after a name, after "the" and before a clause's verb (the
// subject of the clause), names a state body there and wherever it recurs; before a verb of
// monitoring it names an organisation.

// commonAcronyms are words written in capitals that name a thing, a
// disease or a class of people, never a body (words.tsv).
var commonAcronyms = lexWords.set("commonAcronyms")

// subjectVerbs follow the subject of a clause ("the PDDH said", "the TSJ
// ordered"): modifierAcronymVerbs less its prepositions and conjunctions,
// and more verbs of a body's acts.
var subjectVerbs = func() map[string]bool {
	m := map[string]bool{}
	for w := range modifierAcronymVerbs {
		switch w {
		case "and", "or", "to", "in", "on", "for", "of", "at", "by", "with", "from", "as":
			continue
		}
		m[w] = true
	}
	for w := range lexWords.set("bodyActVerbs") {
		m[w] = true
	}
	return m
}()

// reportSectionTitled reports whether the headline's first sentence
// names a dated report ("Ruritania 2031 Human Rights Report: c. Torture"):
// the text is a section of a longer report.
func (d *doc) reportSectionTitled() bool {
	year, report := false, false
	for k := 0; k < len(d.toks) && d.toks[k].sent == d.toks[0].sent; k++ {
		key := d.toks[k].key
		if reportYear(key) {
			year = true
		}
		if key == "report" && d.toks[k].cap {
			report = true
		}
	}
	return year && report
}

// monitorVerbs after such an acronym make it a monitor, an organisation
// ("the CDHX estimated", "the OVX documented") rather than a state body.
var monitorVerbs = lexWords.set("monitorVerbs")

// bareAcronymBodies takes each free acronym read as above as an agency.
func (d *doc) bareAcronymBodies() {
	if !d.reportSectionTitled() {
		return
	}
	// acronyms set in parentheses after a name, or "known as the X": the
	// text spells them out or names a group it describes
	var defined map[string]bool
	for k := 1; k+1 < len(d.toks); k++ {
		if d.toks[k].upper && (d.toks[k-1].key == "(" && d.toks[k+1].key == ")" || k >= 3 && d.toks[k-1].key == "the" && d.toks[k-2].key == "as" && d.toks[k-3].key == "known") {
			if defined == nil {
				defined = map[string]bool{}
			}
			defined[d.toks[k].key] = true
		}
	}
	for k := 1; k+1 < len(d.toks); k++ {
		t := d.toks[k]
		if t.kind != tWord || !t.upper || t.letters < 3 || t.letters > 8 || t.letters != len(t.key) || d.at[k] != 0 ||
			commonAcronyms[t.key] || defined[t.key] {
			continue
		}
		prev, next := d.toks[k-1], d.toks[k+1]
		if prev.key != "the" || prev.upper || prev.sent != t.sent || t.brk || d.inQuote[k] ||
			next.kind != tWord || next.cap || next.sent != t.sent || !subjectVerbs[next.key] {
			continue
		}
		if ps, n := d.g.lookup(d.toks, k); n > 0 && len(ps) > 0 {
			continue // the gazetteer reads it
		}
		typ := schema.Agency
		if monitorVerbs[next.key] {
			typ = schema.Organization // "the CDHX estimated …": a monitor's finding
		}
		name := d.surface(k, k+1)
		ent := d.entity(typ, name, k)
		d.acronymUses(ent, name, 0)
	}
}
