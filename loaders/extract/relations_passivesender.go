// The sending state of a passive extradition that names no "from": "Colombian
// national X was extradited to the United States on Friday".

package extract

// passiveSender is the state that extradited the one person o of a
// passive extradition whose subject starts before token start and which
// names no "from" state: the state of a demonym in the subject's noun
// phrase ("Colombian national X was extradited"), as a state extradites
// its own national, when the sentence names no other state but the
// destination, else the one sending state the article names
// (articleSender: "… extradited from Mexico … X was extradited on
// Friday"). nil when the clause names a "from" phrase of its own.
func (d *doc) passiveSender(o *entity, start, sent int) []*entity {
	var m *mention
	for k := start - 1; k >= 0 && d.toks[k].sent == sent && k >= start-12; k-- {
		if q := d.mentionAt(k); q != nil && q.ent == o {
			m = q
			break
		}
	}
	if m == nil {
		return nil
	}
	if d.clauseNamesFrom(m.s, sent) {
		return nil
	}
	i := m.s
	for i > 0 && i > m.s-4 && d.toks[i-1].sent == sent {
		t := d.toks[i-1]
		if q := d.mentionAt(i - 1); q != nil && q.ent == nil && q.class == mDemonym {
			i = q.s
			continue
		}
		if t.kind != tWord || t.cap || relCues[t.key] != nil {
			break
		}
		i--
	}
	if g := d.nationalSender(i, o, sent); g != nil && !d.otherStateIn(m.s, g[0]) {
		return g
	}
	if g := d.articleSender(o); g != nil {
		return []*entity{g}
	}
	return nil
}

// otherStateIn reports whether the sentence holding token at names a state
// other than g, save the one an extradition goes "to": "Venezuelan national
// X, arrested in Colombia, was extradited" leaves the sender unsaid.
func (d *doc) otherStateIn(at int, g *entity) bool {
	for k, end := d.sentStart(at), d.sentEnd(at); k < end; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || k > 0 && (d.toks[k-1].key == "to" || k > 1 && d.toks[k-1].key == "the" && d.toks[k-2].key == "to") {
			continue
		}
		if s := d.govOf(m); s != nil && s != g {
			return true
		}
	}
	return false
}
