// A report titled by its state names its officials by a title with no body
// ("X, former chief anticorruption prosecutor in P,", "the newly appointed
// attorney general, Y,", "Z, the president's legal secretary,"): a title
// the role rules read but could give no body. There the post is the
// report's state's, when its head is a state's office.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// reportStatePosts head the titles a report's unplaced official holds at
// its state.
var reportStatePosts = lexWords.set("reportStatePosts")

// reportUnheldRoles gives a person with a title and no post the report's
// state.
func (d *doc) reportUnheldRoles(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	if st == nil {
		return
	}
	held := map[string]bool{}
	for _, r := range d.roles {
		held[r.Person] = true
	}
	for _, m := range d.ments {
		p := m.ent
		if p == nil || p.typ != schema.Person || held[p.name] || len(p.roles) == 0 {
			continue
		}
		held[p.name] = true
		for _, t := range p.roles {
			if statePostTitle(t) {
				org := d.titleOffice(t)
				if org == nil {
					org = st
				}
				add(p, t, org, p.first)
				break
			}
		}
	}
}

// titleOffice is the body the text names after a title's office ("the
// Attorney General’s Office", "the Office of the Attorney General" for "new
// attorney general"), or nil.
func (d *doc) titleOffice(t string) *entity {
	w := titleWordsBeforePrep(t)
	if len(w) < 2 {
		return nil
	}
	office := w[len(w)-2:] // "attorney general", "chief prosecutor"
	if !titleHeads[office[0]] && !titleMods[office[0]] {
		office = office[1:]
	}
	o := strings.Join(office, " ")
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Agency {
			continue
		}
		if n := fold(m.ent.name); n == o+"'s office" || n == "office of the "+o {
			return m.ent
		}
	}
	return nil
}

// statePostTitle reports whether a title's words before "of", "in" or
// "for" end with a state's office.
func statePostTitle(t string) bool {
	w := titleWordsBeforePrep(t)
	return len(w) > 0 && reportStatePosts[w[len(w)-1]]
}

// titleWordsBeforePrep is the folded words of title t before its first "of",
// "in", "for" or "under" ("former chief prosecutor in P": former, chief,
// prosecutor).
func titleWordsBeforePrep(t string) []string {
	w := strings.Fields(fold(t))
	for i, x := range w {
		if x == "of" || x == "in" || x == "for" || x == "under" {
			return w[:i]
		}
	}
	return w
}
