// The government that convicted when a prosecutor's release names no
// court, place or dateline: "The Justice Department announced … X was
// sentenced to life in prison", "X pleaded guilty to …".

package extract

import "github.com/newsgraph/newsgraph/schema"

// releaseProsecutor is the government whose court convicted (or whose
// prosecutors charged) a person when the sentence names no court, agent
// or place and the text has no dateline or author: the government of the prosecuting body the text names first
// (a Justice Department release opens with its own division and thanks a
// foreign prosecutor's office only at its close); nil when it names none.
func (d *doc) releaseProsecutor() []*entity {
	if g := d.prosecutingGov(); g != nil {
		return []*entity{g}
	}
	var first *entity
	for _, e := range d.entList {
		if e.typ != schema.Agency || e.country == "" || !prosecutorName(e.name) {
			continue
		}
		if first == nil || e.first < first.first {
			first = e
		}
	}
	if first == nil {
		return nil
	}
	if g := d.govNamed(first.country); g != nil {
		return []*entity{g}
	}
	return nil
}

// dropAgents removes from objs the people whose last mention before token
// start in sentence sent is the agent of a passive ("was sentenced by
// Judge X after pleading guilty": X did not plead): the one acting is not
// the one convicted.
func (d *doc) dropAgents(objs []*entity, start, sent int) []*entity {
	var kept []*entity
	for _, o := range objs {
		agent := false
		for k := start - 1; k >= 0 && d.toks[k].sent == sent; k-- {
			if m := d.mentionAt(k); m != nil && m.ent == o {
				agent = o.typ == schema.Person && d.agentMention(m.s)
				break
			}
		}
		if !agent {
			kept = append(kept, o)
		}
	}
	return kept
}
