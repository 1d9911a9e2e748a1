package extract

// A visit is told by what its time was spent on: "X opened the tour
// meeting with Y", "X passed the afternoon meeting with Y", "X ended the
// trip in the city meeting with Y". The participle after a noun of
// time, of a trip or of a place is X's act, not that noun's (as "troops
// supporting Y" is the troops').

// spentNouns name a stretch of time, a trip or a place, none of which
// meets anyone.
var spentNouns = set("visit", "trip", "tour", "stop", "stay", "travel", "travels", "day", "days", "morning",
	"afternoon", "evening", "week", "weekend", "time", "hours", "capital", "city")

// spentOn reports whether token p, just before a participle of meeting,
// is such a noun, after a determiner ("her tour", "the afternoon", "the
// Chilean capital").
func (d *doc) spentOn(p int) bool {
	if !spentNouns[d.toks[p].key] || p == 0 {
		return false
	}
	q := p - 1
	if d.mentionAt(q) != nil {
		q = d.mentionAt(q).s - 1 // "the Chilean capital"
	}
	return q >= 0 && d.toks[q].sent == d.toks[p].sent && trueDeterminers[d.toks[q].key]
}
