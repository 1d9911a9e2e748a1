// A trial against a named person in a text about one state: "in March
// two trials opened against ex-minister X and a former police chief,
// Y", "the trial against X opened in May", "the unresolved trial of X". The state's prosecution
// brought the case: it charged them.

package extract

import "github.com/newsgraph/newsgraph/schema"

// trialNouns name a criminal trial; trialVerbs may stand between the noun
// and "against" ("trials began against X").
var (
	trialNouns = set("trial", "trials")
	trialVerbs = set("began", "begins", "opened", "opens", "started", "starts", "resumed", "resumes", "continued", "continues")
)

// trialsAgainst reads "trial(s) [began|opened|started|resumed|continued]
// against <people>" and "trial(s) of <people>" outside quotations in a text about one state
// (reportState): the state charged each person named right after
// "against" (and those coordinated with them). A negated, modal or
// hypothetical trial ("a trial could begin against X") gives none, as
// does anyone not a person and anyone the text has convicted already
// (the trial is the conviction's: "told reporters the trial against him
// had been a vendetta").
func (d *doc) trialsAgainst(add func(*entity, string, *entity, int)) {
	rs := d.reportState()
	if rs == nil {
		return
	}
	convicted := map[string]bool{}
	for _, r := range d.rels {
		if r.Predicate == "convicted" {
			convicted[r.Object] = true
		}
	}
	for n := 0; n+2 < len(d.toks); n++ {
		if !trialNouns[d.toks[n].key] || d.inQuote[n] {
			continue
		}
		sent := d.toks[n].sent
		a := n + 1
		if trialVerbs[d.toks[a].key] {
			g := d.verbGroup(a)
			if g.neg || g.modal || d.hypothetical(a) {
				continue
			}
			a++
		}
		if a+1 >= len(d.toks) || d.toks[a].sent != sent || d.toks[a].key != "against" && (d.toks[a].key != "of" || a != n+1) {
			continue // "the trial against X", "trials began against X", "the trial of X"
		}
		for _, o := range d.actorsRight(a+1, sent, "charged", sideObj) {
			if o.typ == schema.Person && !convicted[o.name] {
				add(rs, "charged", o, n)
			}
		}
	}
}
