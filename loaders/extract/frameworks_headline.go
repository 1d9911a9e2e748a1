package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A framework named in a title-case headline: "Remarks to the U.S.-Peru
// High-Level Security Dialogue Follow-On Meeting". Where every word is
// capitalised the capitals no longer mark where a name starts or ends,
// but a framework named by the pair of states that set it up is bounded
// all the same: it opens with the pair ("U.S.-Peru") and ends at its head
// ("Dialogue", "Partnership", "Working Group"), whatever capitalised words
// stand around it. Its name is written with the pair closed up
// ("U.S.- Peru" as "U.S.-Peru"), as the body writes it.

// headlineDocumentHeads name the document a headline titles ("U.S.-Peru
// Joint Communiqué"), not a framework.
var headlineDocumentHeads = set("communique", "communiqué", "declaration")

// headlineFrameworkCands finds the frameworks that title-case paragraphs
// name by a hyphenated pair of states and a framework head.
func (d *doc) headlineFrameworkCands(out []*mention) []*mention {
	for i := range d.toks {
		t := d.toks[i]
		if t.kind != tWord || !t.cap || !d.titlecase[t.para] || !frameworkHeads[t.key] || d.lawNamed(i+1) {
			continue
		}
		if t.key == "group" && (i == 0 || d.toks[i-1].key != "working") || headlineDocumentHeads[t.key] {
			continue
		}
		if t.key == "partnership" && i+1 < len(d.toks) && d.toks[i+1].key == "to" {
			continue // "Statement on U.S.-Peru Partnership to Combat Crime": what the partners do, no name
		}
		if s := d.pairOpening(i); s >= 0 {
			name := strings.ReplaceAll(strings.ReplaceAll(d.surface(s, i+1), "- ", "-"), "– ", "–")
			out = append(out, &mention{s: s, e: i + 1, typ: schema.Agreement, name: name, prio: 1})
		}
	}
	return out
}

// pairOpening returns where the pair of states that opens the name
// ending in the head at i starts ("U.S.-Peru Maritime Dialogue"), the
// words between the pair and the head all capitalised; -1 when no pair
// opens it within six words of the head. A region of several states may
// stand for the first state ("Caribbean-U.S. Security Dialogue"); a
// session's ordinal before the pair is no part of the name.
func (d *doc) pairOpening(i int) int {
	for k := i - 1; k > 0 && k >= i-8 && d.toks[k].para == d.toks[i].para; k-- {
		if key := d.toks[k].key; key == "-" || key == "–" {
			if !d.countryStartsAt(k + 1) {
				continue
			}
			for s := k - 1; s >= 0 && s >= k-4; s-- {
				if c, n := d.countryAt(s); c != "" && s+n == k {
					return s
				}
				if d.stateRegionAt(s) {
					if _, n := d.g.lookup(d.toks, s); s+n == k {
						return s
					}
				}
			}
			continue
		}
		if !d.capWord(k) {
			return -1
		}
	}
	return -1
}
