// A finding told through the report that carries it: "Reports from X and
// the NGO Y implicated …", "An investigation by X, published on April
// 23, implicated …", "According to the X report, witnesses implicated
// …". The report's authors are the finders.

package extract

// findingReportNouns name the document a monitor publishes its findings in.
var findingReportNouns = set("report", "reports", "investigation", "investigations", "study", "studies", "inquiry", "findings", "analysis", "survey")

// reportFinders are the named authors of the report that is the subject of
// the finding verb at v: "[In May,] [a|the] [up to two lower-case words]
// report(s) by|from A [and B] [, published on …,] <v>", the report phrase
// opening the sentence or following its opening phrase's comma; nil
// otherwise.
func (d *doc) reportFinders(v int) []*entity {
	sent := d.toks[v].sent
	s0 := v
	for s0 > 0 && d.toks[s0-1].sent == sent {
		s0--
	}
	starts := []int{s0}
	for k := s0; k < v && k <= s0+6; k++ {
		if d.toks[k].key == "," {
			starts = append(starts, k+1) // "In May, reports from X …"
			break
		}
	}
	for _, j := range starts {
		if out := d.reportPhraseFinders(j, v, sent); len(out) > 0 {
			return out
		}
	}
	return nil
}

// reportPhraseFinders reads the report phrase from j to the verb at v (see
// reportFinders).
func (d *doc) reportPhraseFinders(j, v, sent int) []*entity {
	if k := d.toks[j].key; k == "a" || k == "an" || k == "the" {
		j++
	}
	for n := 0; n < 2 && j < v && d.toks[j].kind == tWord && !d.toks[j].cap && !findingReportNouns[d.toks[j].key]; n++ {
		j++
	}
	if j+1 >= v || !findingReportNouns[d.toks[j].key] || d.toks[j+1].key != "by" && d.toks[j+1].key != "from" {
		return nil
	}
	var out []*entity
	j += 2
	for j < v {
		if d.toks[j].key == "the" {
			j++
		}
		if n := d.describedFinderAt(j, v); n > j {
			j = n // "the nongovernmental organization (NGO) X"
		}
		if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil {
			out = append(out, m.ent)
			j = m.e
		} else if g := d.unknownNameEnd(j, sent); g > j {
			j = g // a name not known: the report's other author
		} else {
			return nil
		}
		if j+1 < v && d.toks[j].key == "(" {
			for k := j + 1; k < v && k <= j+4; k++ {
				if d.toks[k].key == ")" {
					j = k + 1 // "X (ACR)"
					break
				}
			}
		}
		if j == v {
			return out
		}
		if d.toks[j].key == "and" || d.toks[j].key == "," && j+1 < v && d.toks[j+1].key == "and" {
			for d.toks[j].key == "," || d.toks[j].key == "and" {
				j++
			}
			continue
		}
		if d.toks[j].key == "," && d.toks[v-1].key == "," && j < v-1 && d.plainClause(j+1, v-1) {
			return out // "X, published on April 23, implicated"
		}
		return nil
	}
	return nil
}

// describedFinderAt is the start of a finder's name after up to three
// lower-case words describing it and a parenthesised acronym ("the
// nongovernmental organization (NGO) X"); j when no name follows them.
func (d *doc) describedFinderAt(j, v int) int {
	k := j
	for n := 0; n < 3 && k < v && d.toks[k].kind == tWord && !d.toks[k].cap && !doerStopWords[d.toks[k].key]; n++ {
		k++
	}
	if k+2 < v && d.toks[k].key == "(" && d.toks[k+2].key == ")" {
		k += 3
	}
	if k > j && k < v {
		if m := d.mentionAt(k); m != nil && m.s == k || d.toks[k].cap {
			return k // a known name or one not known
		}
	}
	return j
}

// plainClause reports whether the tokens from i to e (exclusive) are a
// short participle phrase with no comma or quotation ("published on
// April 23").
func (d *doc) plainClause(i, e int) bool {
	if e-i > 8 || e <= i {
		return false
	}
	for k := i; k < e; k++ {
		if d.toks[k].key == "," || d.inQuote[k] {
			return false
		}
	}
	return true
}

// accordingReportFinder reads, from j after "According to", a report
// phrase naming its author and the comma after it: "a report by X,",
// "data from the NGO X,", "the annual figures of X,": X and the comma's
// token; nil otherwise.
func (d *doc) accordingReportFinder(j, sent int) (*entity, int) {
	if j >= len(d.toks) {
		return nil, -1 // the text ends on "According to"
	}
	if k := d.toks[j].key; k == "a" || k == "an" || k == "the" {
		j++
	}
	for n := 0; n < 2 && j < len(d.toks) && d.toks[j].sent == sent && d.toks[j].kind == tWord && !d.toks[j].cap && !accordingSources[d.toks[j].key]; n++ {
		j++
	}
	if j+2 >= len(d.toks) || !accordingSources[d.toks[j].key] {
		return nil, 0
	}
	if p := d.toks[j+1].key; p != "by" && p != "from" && p != "of" {
		return nil, 0
	}
	k := j + 2
	if d.toks[k].key == "the" {
		k++
	}
	if n := d.describedFinderAt(k, len(d.toks)); n > k {
		k = n
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.e >= len(d.toks) || d.toks[m.e].key != "," {
		return nil, 0
	}
	return m.ent, m.e
}

// accordingSources name what a monitor's figures come from: its reports
// and its data.
var accordingSources = union(findingReportNouns, set("data", "figures", "statistics", "records", "count", "tally"))

// possessedReportEnd is the token after "[lower-case words] report" from j
// after a possessive ("X's annual report"), at most two words before the
// noun; j when none is there.
func (d *doc) possessedReportEnd(j, sent int) int {
	for k := j; k < len(d.toks) && k <= j+2 && d.toks[k].sent == sent && d.toks[k].kind == tWord && !d.toks[k].cap; k++ {
		if accordingSources[d.toks[k].key] {
			return k + 1
		}
	}
	return j
}

// findingOpeners open a phrase of time or place before a finding's doers
// ("in April", "as of August,", "from January through August,").
var findingOpeners = set("in", "on", "during", "from", "between", "since", "as", "through", "throughout", "until", "by")

// pastOpeningPhrase is the token after a phrase of time or place opening
// the finding's clause at j: up to its comma within ten tokens, or else
// past the preposition's capitalised or numeric words ("in April police
// killed"); j when none opens it.
func (d *doc) pastOpeningPhrase(j, sent int) int {
	if j >= len(d.toks) || !findingOpeners[d.toks[j].key] || d.toks[j].key == "by" && d.mentionAt(j+1) == nil {
		return j
	}
	for k := j + 1; k < len(d.toks) && k <= j+10 && d.toks[k].sent == sent; k++ {
		if d.toks[k].key == "," {
			return k + 1
		}
	}
	k := j + 1
	for k < len(d.toks) && d.toks[k].sent == sent && k <= j+6 {
		t := d.toks[k]
		if t.cap || t.kind == tWord && t.key != "" && t.key[0] >= '0' && t.key[0] <= '9' || t.key == "of" || t.key == "-" {
			k++
			continue
		}
		break
	}
	if k == j+1 {
		return j
	}
	return k
}
