package extract

import "github.com/newsgraph/newsgraph/schema"

// Task forces are named by a code word after "Task Force": "Joint Task
// Force Condor". Several named at once share the plural head: "the
// Interagency Task Forces Jaguar, Puma, and Ocelot" are three task forces,
// "Interagency Task Force Jaguar", "… Puma" and "… Ocelot", each also
// known by its code name alone.

// pluralTaskForceCands splits "(Prefix) Task Forces A, B, and C" into one
// agency per code name. The names are capitalised words that are no title,
// body head, month or known name, each run ending at a comma or "and".
func (d *doc) pluralTaskForceCands(out []*mention) []*mention {
	for i := 1; i+2 < len(d.toks); i++ {
		if d.toks[i].key != "forces" || !d.toks[i].cap || d.toks[i-1].key != "task" || !d.toks[i-1].cap || d.toks[i].brk {
			continue
		}
		ps := i - 1 // the prefix: "Joint", "Interagency"
		for ps > 0 && d.capWord(ps-1) && !d.toks[ps].brk && d.toks[ps-1].sent == d.toks[i].sent && d.mentionAt(ps-1) == nil &&
			!titleHeads[d.toks[ps-1].key] && ps > i-4 {
			ps--
		}
		parts := d.listRuns(i+1, 3, d.codeWord)
		if len(parts) < 2 {
			continue
		}
		last := parts[len(parts)-1]
		if last[1] < len(d.toks) && d.capWord(last[1]) && !d.toks[last[1]].brk {
			continue // the last name runs on into more capitals: not a list of code names
		}
		prefix := d.surface(ps, i-1)
		if prefix != "" {
			prefix += " "
		}
		for n, p := range parts {
			code := d.surface(p[0], p[1])
			ms := p[0]
			if n == 0 {
				ms = ps
			}
			m := &mention{s: ms, e: p[1], typ: schema.Agency, name: prefix + "Task Force " + code, prio: 3}
			m.aliases = append(m.aliases, code, "Task Force "+code)
			out = append(out, m)
		}
	}
	return out
}

// codeWord reports whether token k may be part of a task force's code
// name: a capitalised word in its sentence that is no title, no body head,
// no month or day, no known name.
func (d *doc) codeWord(k int) bool {
	if k >= len(d.toks) || !d.capWord(k) || d.toks[k].brk || d.toks[k].sent != d.toks[k-1].sent {
		return false
	}
	key := d.toks[k].key
	if titleHeads[key] || agencyHeads[key] || orgHeads[key] || calendarWords[key] || isMonth(key) {
		return false
	}
	_, n := d.g.lookup(d.toks, k)
	return n == 0
}
