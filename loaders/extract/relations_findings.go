// A monitor's published finding in a report about one state: "the NGO X
// documented 40 cases of torture by police", "the UN mission attributed
// the killings to Y", "X implicated Y in the violence". A named body's
// finding of abuses or crimes accuses the doer it names, or the report's
// state when the doers are its agents by kind alone.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

var (
	findingVerbs      = lexWords.set("findingVerbs")
	abuseNouns        = lexWords.set("abuseNouns")
	unnamedStateDoers = lexWords.set("unnamedStateDoers")
	monitorWords      = lexWords.set("monitorWords")
	abuseVerbs        = lexWords.set("abuseVerbs")
	complaintNouns    = set("complaints", "complaint", "allegations", "allegation", "accusations", "accusation", "denunciations")
)

// findingReach is how many tokens after the verb a finding's abuse and
// doer are looked for.
const findingReach = 40

// reportedFindings reads, in a text about one state (reportState), a named
// organisation or agency right before a finding verb (findingVerbs),
// the verb outside quotations (or named by "According to X," opening the
// sentence, or the authors of a report phrase before the verb:
// relations_findingreports.go), whose clause names an abuse (abuseNouns) and its
// doer: "by <X>" or "to <X>" after the abuse or "implicated <X>" (X a
// named actor, or the report's state when X is its agents by kind alone:
// "by police", "by state agents"). The finder accuses the doer; the state
// accuses no one through its own agencies, and no one accuses itself.
func (d *doc) reportedFindings(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	if st == nil {
		return
	}
	for v := 1; v+1 < len(d.toks); v++ {
		if finder, c := d.accordingFinder(v); finder != nil {
			d.addFindings([]*entity{finder}, c, st, add)
			continue
		}
		if !findingVerbs[d.toks[v].key] || d.inQuote[v] {
			continue
		}
		if finders := d.reportFinders(v); len(finders) > 0 {
			d.addFindings(finders, v, st, add) // "Reports from X and Y implicated …"
			continue
		}
		fv := d.pastFinderAcronym(v) // "The X Commission (XC) reported …": X Commission
		m := d.mentionAt(fv - 1)
		if m == nil || m.ent == nil || m.e != fv || m.attached {
			continue
		}
		finders := d.actorsLeft(fv, d.toks[v].sent, "accused", sideSubj)
		if fv != v {
			finders = d.acronymFinders(finders, v)
		}
		d.addFindings(finders, v, st, add)
	}
}

// accordingFinder reads "According to (the) <X>," opening a sentence, X a
// named actor (up to three lower-case words before it: "the nongovernmental
// organization X"): X and the comma's token; nil otherwise.
func (d *doc) accordingFinder(v int) (*entity, int) {
	if d.toks[v].key != "according" || d.inQuote[v] || v > 0 && d.toks[v-1].sent == d.toks[v].sent || v+1 >= len(d.toks) || d.toks[v+1].key != "to" {
		return nil, 0
	}
	sent := d.toks[v].sent
	j := d.skipLower(v+2, sent)
	m := d.mentionAt(j)
	if m == nil || m.s != j || m.ent == nil || m.e+1 >= len(d.toks) {
		return d.accordingReportFinder(v+2, sent) // "According to a report by X,"
	}
	c := m.e
	if d.toks[c].key == "'s" {
		if n := d.possessedReportEnd(c+1, sent); n > c {
			c = n - 1 // "According to X's annual report,"
		}
	}
	if findingReportNouns[d.toks[c].key] {
		c++ // "According to the X report,"
	}
	if c >= len(d.toks) || d.toks[c].key != "," {
		return nil, 0
	}
	return m.ent, c
}

// addFindings adds the accusations of the finders of the finding verb (or
// the comma after "According to X") at v.
func (d *doc) addFindings(finders []*entity, v int, st *entity, add func(*entity, string, *entity, int)) {
	sent := d.toks[v].sent
	doers := d.findingDoers(v, sent, st)
	if len(doers) == 0 {
		return
	}
	for _, finder := range finders {
		if finder.typ != schema.Organization && finder.typ != schema.Agency || finder == st {
			continue
		}
		for _, doer := range doers {
			if doer == finder || doer.typ == schema.Agreement || !typeOK("accused", sideObj, doer.typ) {
				continue
			}
			if doer == st && finder.typ == schema.Agency && !hasWordIn(finder.name, monitorWords) {
				continue // a state's prosecutors report its police's killings: no accusation
			}
			add(finder, "accused", doer, v)
		}
	}
}

// findingDoers are the doers the clause after the finding verb at v names:
// after an abuse noun, "by" or "to" and the doer; or right after
// "implicated". The clause ends at a semicolon or the sentence's end; the
// finding's own words may be quoted ("X reported \"killings by police\"").
func (d *doc) findingDoers(v, sent int, st *entity) []*entity {
	abuse := d.toks[v].key == "implicated"
	complaint := false
	for j := v + 1; j < len(d.toks) && j <= v+findingReach && d.toks[j].sent == sent; j++ {
		k := d.toks[j].key
		if k == ";" {
			return nil
		}
		if abuseNouns[k] {
			abuse = true
			continue
		}
		if complaintNouns[k] {
			complaint = true
			continue
		}
		if complaint && abuse && k == "against" {
			if out := d.doersAt(j+1, sent, st); len(out) > 0 {
				return out // "complaints of torture against police officers"
			}
		}
		if k == "implicated" && !d.inQuote[j] {
			return d.doersAt(j+1, sent, st) // "witnesses implicated X in …"
		}
		if abuse && (k == "by" || k == "to" && d.toks[v].key == "attributed") {
			return d.doersAt(j+1, sent, st)
		}
		if abuse && k == "attributed" && j+1 < len(d.toks) && d.toks[j+1].key == "to" {
			return d.doersAt(j+2, sent, st) // "killings attributed to X"
		}
		if j == v+1 && d.toks[v].key == "implicated" {
			return d.doersAt(j, sent, st)
		}
		if j == v+1 || j == v+2 && d.toks[v+1].key == "that" {
			j = d.pastOpeningPhrase(j, sent) // "X reported that in April police killed …"
			if out, e := d.doersSpan(j, sent, st); len(out) > 0 && (d.responsibleAt(e) || d.abuseVerbAt(e) || d.actedAbuseAt(e, sent)) {
				return out // "X reported Y were responsible for …", "X found that police tortured …"
			} else if len(out) > 0 && d.involvedAt(d.pastDoerAside(e, sent), sent) {
				return out // "X reported that police were involved in kidnapping"
			}
		}
	}
	return nil
}

// doersAt reads the doers starting at token j: named actors coordinated
// by commas and "and", or a state's agents by kind alone (up to three
// lower-case words: "state and municipal police") read as the state.
func (d *doc) doersAt(j, sent int, st *entity) []*entity {
	out, _ := d.doersSpan(j, sent, st)
	return out
}

// abuseVerbAt reports whether an abuse verb (abuseVerbs) stands at j,
// after at most one adverb in -ly ("arbitrarily deprived").
func (d *doc) abuseVerbAt(j int) bool {
	if j+1 < len(d.toks) && pastAuxiliaries[d.toks[j].key] {
		j++ // "soldiers had killed"
	}
	if j+1 < len(d.toks) && strings.HasSuffix(d.toks[j].key, "ly") && d.toks[j].kind == tWord && !d.toks[j].cap {
		j++
	}
	return j < len(d.toks) && abuseVerbs[d.toks[j].key]
}

// responsibleAt reports whether "was/were responsible for" begins at j.
func (d *doc) responsibleAt(j int) bool {
	return j+2 < len(d.toks) && (d.toks[j].key == "were" || d.toks[j].key == "was") &&
		d.toks[j+1].key == "responsible" && d.toks[j+2].key == "for"
}

// doersSpan is doersAt with the token after the doers read.
func (d *doc) doersSpan(j, sent int, st *entity) ([]*entity, int) {
	var out []*entity
	for j < len(d.toks) && d.toks[j].sent == sent {
		if k := d.toks[j].key; k == "the" || k == "its" || k == "a" || k == "an" {
			j++
			continue
		}
		if len(out) == 0 && j+1 < len(d.toks) && d.toks[j].key == "members" && d.toks[j+1].key == "of" {
			if n := d.skipLower(j+2, sent); n > j+2 || d.mentionFrom(n) != nil {
				j = n // "members of the notoriously violent X": X
				continue
			}
		}
		if n := d.describedNameAt(j, sent); n > j {
			j = n // "the self-named X", "the former police officer Y"
		}
		if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil {
			var e *entity
			if e, j = d.afterDoerName(m, sent); e != nil && !containsEnt(out, e) {
				out = append(out, e)
			}
		} else if g := d.unnamedDoerAt(j, sent); g > j {
			if st != nil && !containsEnt(out, st) { // no state when the text has no report title
				out = append(out, st)
			}
			j = g
		} else if g := d.unnamedGroupsEnd(j, sent); g > j && len(out) > 0 && d.toks[j-1].key == "and" {
			j = g // "the X and criminal organizations were responsible": X
		} else if g := d.unknownNameEnd(j, sent); g > j && (len(out) > 0 || g < len(d.toks) && doerListWords[d.toks[g].key]) {
			j = g // a name not known, in a list: "the National Scientific, Criminal, and Investigative Corps"
		} else {
			return out, j
		}
		if j < len(d.toks) && doerListWords[d.toks[j].key] {
			for j < len(d.toks) && doerListWords[d.toks[j].key] {
				j++
			}
			continue
		}
		if j < len(d.toks) && len(out) > 0 && doerGroupNouns[d.toks[j].key] {
			j++ // "the X and Y gangs"
		}
		return out, j
	}
	return out, j
}

// unnamedDoerAt is the token after a state's agents named by kind alone
// starting at j (at most three lower-case words before the noun, a
// hyphenated compound counting as one: "regime-aligned security forces");
// j when none is there.
func (d *doc) unnamedDoerAt(j, sent int) int {
	limit := j + 3
	for n := j; n < len(d.toks) && n <= limit && d.toks[n].sent == sent; n++ {
		t := d.toks[n]
		if n > j && d.joinedHyphen(n) {
			limit += 2 // "regime-aligned security forces": one word
			continue
		}
		if t.kind != tWord || t.cap || d.mentionAt(n) != nil {
			return j
		}
		if unnamedStateDoers[t.key] && (n+1 >= len(d.toks) || d.toks[n+1].key != "-" || d.toks[n+1].space) {
			for n+1 < len(d.toks) && unnamedStateDoers[d.toks[n+1].key] && d.mentionAt(n+1) == nil {
				n++ // "government authorities", "army soldiers"
			}
			return n + 1
		}
	}
	return j
}

// skipLower is the token after "the" and up to three lower-case words
// before a named actor starting at j ("the notoriously violent X"); j when
// no named actor follows them.
func (d *doc) skipLower(j, sent int) int {
	n := j
	if n < len(d.toks) && d.toks[n].key == "the" {
		n++
	}
	for k := n; k < len(d.toks) && k <= n+3 && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k {
			return k
		}
		if t := d.toks[k]; t.kind != tWord || t.cap {
			return j
		}
	}
	return j
}
