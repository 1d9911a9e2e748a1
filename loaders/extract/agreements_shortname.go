package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A framework's short name: after "the 5th Chile-Peru Fisheries Working
// Group" a text calls it "the Fisheries Working Group" or "the Working
// Group", dropping the states that set it up and the session's ordinal
// from the front of its name. A capitalised name of two words or more,
// read as an agreement's or a body's, that ends exactly one longer
// agreement name the article gave before it names that agreement; so
// does the earlier name written with a session's ordinal, with or
// without "High-Level" ("the 18th Chile-Peru Fisheries Working Group"
// after a headline's "Chile-Peru Fisheries Working Group").

// sessionOf reports whether the folded names f and n name one framework:
// equal once a session's ordinal is dropped from their front, "High
// Level" from anywhere and hyphens read as spaces ("18th chile-peru
// fisheries working group" and "chile-peru fisheries working group";
// "eleventh high level chile-peru-fisheries dialogue" and "chile-peru
// fisheries dialogue").
func sessionOf(f, n string) bool {
	return f != n && frameworkCore(f) == frameworkCore(n)
}

// frameworkCore is the folded framework name f without a session's
// ordinal before it, without "high level", hyphens read as spaces, the
// United States written one way ("Caribbean-US … Dialogue" and
// "Caribbean-United States … Dialogue").
func frameworkCore(f string) string {
	w := strings.Fields(strings.NewReplacer("-", " ", "–", " ").Replace(f))
	k := 0
	for k < len(w) && (ordinalWords[w[k]] > 0 || numberedOrdinal(w[k]) || w[k] == "annual" || w[k] == "inaugural") {
		k++
	}
	var out []string
	for i := k; i < len(w); i++ {
		if w[i] == "high" && i+1 < len(w) && w[i+1] == "level" {
			i++
			continue
		}
		out = append(out, w[i])
	}
	return usSpelled.Replace(" " + strings.Join(out, " ") + " ")
}

// usSpelled writes the United States' names in a framework's one way.
var usSpelled = strings.NewReplacer(" united states of america ", " us ", " united states ", " us ", " u.s. ", " us ",
	" u.s.a. ", " us ", " usa ", " us ")

// numberedOrdinal reports whether w is an ordinal in digits: "18th", "2nd".
func numberedOrdinal(w string) bool {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
		for _, r := range w[:len(w)-2] {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// agreementEndingWith returns the one agreement named earlier whose name
// ends with the words of name and has more of them, or whose name name
// repeats after an ordinal or a session's year ("the 2021 Fisheries
// Dialogue"), or nil when there is none or more than one.
func (d *doc) agreementEndingWith(name string) *entity {
	f := fold(name)
	if len(strings.Fields(f)) < 2 {
		return nil
	}
	// "the 2021 High-Level Security Dialogue" after "the U.S.-Peru
	// High-Level Security Dialogue": a leading year names a session
	orig := f
	if w := strings.Fields(f); len(w) > 2 && yearKey(w[0]) {
		f = strings.Join(w[1:], " ")
	}
	return d.soleEntity(func(e *entity) bool {
		n := fold(e.name)
		return e.typ == schema.Agreement && !e.generic && n != orig && (n == f || strings.HasSuffix(n, " "+f) || sessionOf(f, n))
	})
}
