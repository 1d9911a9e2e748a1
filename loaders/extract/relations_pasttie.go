// A standing tie stated as over: "X, who previously headed the Y", "X
// formerly led the Z": no leads or memberOf, and the post a former one.

package extract

import "strings"

// pastTieAdverbs put a tie in the past: it no longer holds.
var pastTieAdverbs = set("previously", "formerly", "once", "earlier")

// pastTie reports whether an adverb that puts a tie in the past stands in
// the verb group [s, v) of the verb at v ("who previously headed", "had
// once led"): the subject no longer leads or belongs, so no leads or
// memberOf is read.
func (d *doc) pastTie(s, v int) bool {
	for k := s; k < v; k++ {
		if pastTieAdverbs[d.toks[k].key] {
			return true
		}
	}
	return v > 0 && pastTieAdverbs[d.toks[v-1].key]
}

// formerAdder wraps a role adder so that every title it records is a
// former one ("former commander"): the post was held before.
func formerAdder(add func(*entity, string, *entity, int)) func(*entity, string, *entity, int) {
	return func(p *entity, title string, org *entity, at int) {
		if ft := fold(title); !strings.Contains(ft, "former") {
			title = "former " + title
		}
		add(p, title, org, at)
	}
}
