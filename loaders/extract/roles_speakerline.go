// The speaker line of a transcribed speech: a line under the headline
// that gives the office and the name of the one who speaks, "President:
// Ana Ruiz", before the speech itself.

package extract

import "github.com/newsgraph/newsgraph/schema"

// speakerLine is the person a line among the first three under the
// headline names after a title and a colon, the line holding nothing
// else ("President: Ana Ruiz"), with the title's tokens; nil when no
// such line opens the text.
func (d *doc) speakerLine() (*entity, []int) {
	for i := 1; i < len(d.toks) && d.toks[i].para <= 3; i++ {
		if !d.toks[i].brk || d.toks[i].para == 0 {
			continue
		}
		var title []int
		k := i
		for k < len(d.toks) && d.toks[k].para == d.toks[i].para && d.toks[k].kind == tWord && d.toks[k].cap && !d.toks[k].upper &&
			(titleHeads[d.toks[k].key] || titleMods[d.toks[k].key]) && len(title) < 4 {
			title = append(title, k)
			k++
		}
		if len(title) == 0 || k+1 >= len(d.toks) || d.toks[k].key != ":" || d.toks[k+1].para != d.toks[i].para || !d.hasHead(title) {
			continue
		}
		m := d.mentionAt(k + 1)
		if m == nil || m.s != k+1 || m.ent == nil || m.ent.typ != schema.Person || m.e < len(d.toks) && d.toks[m.e].para == d.toks[i].para {
			continue
		}
		return m.ent, title
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
