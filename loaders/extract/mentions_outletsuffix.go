// A news outlet named before what it is: "the Andes Hoy news outlet",
// "the Canal Sur television station".

package extract

import "github.com/newsgraph/newsgraph/schema"

// outletSuffixes are the lower-case words that say a capitalised name
// before them is a news outlet; a two-word suffix is keyed by its first
// word and its second.
var outletSuffixes = map[string]string{
	"newspaper": "", "news": "outlet", "media": "outlet", "television": "station", "radio": "station",
	"tv": "station",
}

// outletSuffixCands finds news outlets whose name stands before a
// lower-case "newspaper", "news outlet", "television station" or "radio
// station": up to three capitalised words of one sentence, none a place,
// a demonym or a given name.
func (d *doc) outletSuffixCands(out []*mention) []*mention {
	for i := 1; i < len(d.toks); i++ {
		t := d.toks[i]
		second, ok := outletSuffixes[t.key]
		if !ok || t.cap || t.kind != tWord || t.brk {
			continue
		}
		if second != "" && (i+1 >= len(d.toks) || d.toks[i+1].key != second || d.toks[i+1].cap) {
			continue
		}
		s := i
		for s > 0 && s > i-3 && d.capWord(s-1) && !d.toks[s].brk && d.toks[s-1].sent == t.sent {
			s--
		}
		if s == i || d.gazCover[s] || d.g.given[d.toks[s].key] != 0 || d.titlecase[t.para] {
			continue
		}
		if d.at[s] == 0 && (s == 0 || d.toks[s-1].sent != t.sent) {
			continue // a sentence's first word: capitalised for its place
		}
		if _, n := d.g.lookup(d.toks, s); n > 0 {
			continue // "the Quito newspaper": a place's paper, or a known name
		}
		out = append(out, &mention{s: s, e: i, typ: schema.Organization, name: d.surface(s, i), prio: 1})
	}
	return out
}
