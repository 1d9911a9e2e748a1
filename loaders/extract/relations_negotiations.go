// Parties in talks or negotiations with each other negotiate.

package extract

// negotiationNouns name a negotiation whose partner follows "with".
var negotiationNouns = set("talks", "negotiations")

// negotiationOpeners hold, open or carry on a negotiation: "resumed talks
// with X", "opened negotiations with Y".
var negotiationOpeners = set("held", "holds", "holding", "opened", "opens", "resumed", "resumes", "began", "begins",
	"started", "starts", "launched", "launches", "concluded", "continued", "continues", "entered", "enters")

// inTalksAdverbs may stand between a copula and "in talks".
var inTalksAdverbs = set("itself", "themselves", "still", "already", "now", "also")

// stateNegotiations reads a negotiation its subject is in or carries on
// with a partner: "the government is in peace talks with the ELN", "X
// remains in negotiations with Y", "X resumed negotiations with Y": X
// negotiates with Y. A negated, planned or hypothetical one is none;
// "held talks with" (a meeting) is read by its cue.
func (d *doc) stateNegotiations(add func(*entity, string, *entity, int)) {
	for n, t := range d.toks {
		if !negotiationNouns[t.key] || d.inQuote[n] || n+2 >= len(d.toks) || d.toks[n+1].key != "with" {
			continue
		}
		k := n - 1
		for k > 0 && k >= n-3 && d.toks[k].sent == t.sent && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentionAt(k) == nil &&
			d.toks[k].key != "in" && !negotiationOpeners[d.toks[k].key] {
			k-- // "peace", "a new round of", "formal"
		}
		if k < 1 || d.toks[k].sent != t.sent {
			continue
		}
		trigger := d.toks[k].key
		b := k - 1
		if trigger == "in" && b > 0 && inTalksAdverbs[d.toks[b].key] {
			b-- // "is itself in talks with", "are still in negotiations with"
		}
		if trigger == "in" && !beForms[d.toks[b].key] && d.toks[b].key != "remain" && d.toks[b].key != "remains" ||
			trigger != "in" && (!negotiationOpeners[trigger] || t.key == "talks" && (trigger == "held" || trigger == "holds" || trigger == "holding")) {
			continue
		}
		start := k
		if trigger == "in" {
			start = b
		}
		g := d.verbGroup(start)
		if g.passive || d.unstated(start, g) {
			continue
		}
		objs := d.actorsRight(n+2, t.sent, "negotiatesWith", sideObj)
		for _, s := range d.actorsLeft(g.start, t.sent, "negotiatesWith", sideSubj) {
			for _, o := range objs {
				add(s, "negotiatesWith", o, n)
			}
		}
	}
}
