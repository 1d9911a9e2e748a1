// The speaker line of a transcribed speech: a line under the headline
// that gives the office and the name of the one who speaks, "President:
// Ana Ruiz", before the speech itself.

package extract

import "github.com/newsgraph/newsgraph/schema"

// speakerLine is the person a labelled header line among the first three
// under the headline names after a title and a colon, the line holding
// nothing else ("President: Ana Ruiz"; labelLineStart), with the title's
// tokens; nil when no such line opens the text.
func (d *doc) speakerLine() (*entity, []int) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || d.toks[m.s].para > 3 {
			continue
		}
		l := d.labelLineStart(m.s, m.e)
		if l < 0 {
			continue
		}
		title := make([]int, 0, m.s-1-l)
		for k := l; k < m.s-1; k++ {
			title = append(title, k)
		}
		if d.hasHead(title) {
			return m.ent, title
		}
	}
	return nil, nil
}

// speakerLineRoles gives the person of a speaker line the office its
// title names, at the government or body the title implies, as a title
// before a name in running text would, when the person's government is
// known (the gazetteer or a post the text gives): a speech names other
// states far more often than the speaker's own, so the state named most
// is no guess at the speaker's.
func (d *doc) speakerLineRoles(add func(*entity, string, *entity, int)) {
	p, title := d.speakerLine()
	if p == nil || d.g.people[fold(p.name)] == nil && d.personGov(p) == nil {
		return
	}
	if org := d.inferOrg(p, title, "", title[0]); org != nil {
		add(p, d.titleText(title), org, title[0])
	}
}
