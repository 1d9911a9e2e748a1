package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A framework named again in other words: after "the U.S.-Peru High-Level
// Security Dialogue" a speech says "the High-Level Dialogue on Security"
// or "the High-Level Dialogue" ("the U.S.-Peru Permanent Forum on
// Security" after "the U.S.-Peru Permanent Security Forum"), moving the
// topic into a complement or dropping words, but keeping the head. A
// capitalised agreement name whose head is that of exactly one agreement
// named before, and whose words all stand in that one's name, names it.

// rewordFuncWords are left out when comparing the words of two names.
var rewordFuncWords = set("of", "on", "in", "for", "the", "and", "to")

// rewordedName reads a folded agreement name into its head, the noun
// before its first complement ("dialogue" of "high-level dialogue on
// security"), and the set of its other words, hyphens read as spaces.
func rewordedName(f string) (string, map[string]bool) {
	w := strings.Fields(strings.NewReplacer("-", " ", "–", " ", ",", " ").Replace(f))
	head := ""
	words := map[string]bool{}
	for i, x := range w {
		if rewordFuncWords[x] {
			if head == "" && i > 0 {
				head = w[i-1]
			}
			continue
		}
		words[x] = true
	}
	if head == "" && len(w) > 0 {
		head = w[len(w)-1]
	}
	return head, words
}

// agreementReworded returns the one agreement named earlier whose head is
// that of name and whose name holds all of name's words besides, or nil
// when there is none or more than one.
func (d *doc) agreementReworded(name string) *entity {
	f := fold(name)
	head, words := rewordedName(f)
	if len(words) < 2 || !frameworkHeads[head] && !agreementHeads[head] && !jointBodyHeads[head] {
		return nil
	}
	return d.soleEntity(func(e *entity) bool {
		if e.typ != schema.Agreement || e.generic || fold(e.name) == f {
			return false
		}
		h, ws := rewordedName(fold(e.name))
		if h != head || len(ws) < len(words) {
			return false
		}
		for x := range words {
			if !ws[x] {
				return false
			}
		}
		return true
	})
}
