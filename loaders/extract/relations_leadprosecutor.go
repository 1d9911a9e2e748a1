// The prosecutor a report's paragraph opens a case with: "The Public
// Ministry continued investigation of another case. Three officers, A, B
// and C, were charged in this case." The charge that names no agent is
// that prosecutor's, the subject of the sentence just before.

package extract

// leadProsecutor is the prosecuting body (prosecutingBody) that opens the
// sentence just before the one holding token at, in the same paragraph,
// as its subject ("The Attorney General's Office obtained …"), at most
// "The" before it, in a report on one state (reportState); nil when there
// is none. A wire release's "The Justice Department announced charges"
// names the state's case, not the department's.
func (d *doc) leadProsecutor(at int) []*entity {
	s := d.sentStart(at)
	if s == 0 || d.reportState() == nil {
		return nil
	}
	p := d.sentStart(s - 1)
	if d.toks[p].para != d.toks[s].para {
		return nil
	}
	if d.toks[p].key == "the" {
		p++
	}
	m := d.mentionAt(p)
	if m == nil || m.s != p || !prosecutingBody(m.ent) {
		return nil
	}
	if m.e < s && d.toks[m.e].key == "'s" {
		return nil // "The Public Ministry's case …": a possessor, not the subject
	}
	return []*entity{m.ent}
}
