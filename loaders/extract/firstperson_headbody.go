package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// headlineBodyGov is the government of the diplomatic post a release's
// headline names first ("Freedonian Embassy Statement on …", "Embassy of
// Freedonia Welcomes …", "Statement from the Freedonian Consulate"): the
// post is the text's author and speaks for its state abroad, so "we" and
// "our" in its unquoted prose are that government ("we will continue to
// work closely with the national police"). Nil when the headline names
// anything else first (a person, a government, a committee holding a
// hearing), or the post's government is not named in the text.
func (d *doc) headlineBodyGov() *entity {
	if len(d.toks) == 0 {
		return nil
	}
	p := d.toks[0].para
	for k := 0; k < len(d.toks) && d.toks[k].para == p; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if m.ent.typ != schema.Agency || m.ent.country == "" || !diplomaticPost(m.ent.name) {
			return nil
		}
		return d.govNamed(m.ent.country)
	}
	return nil
}

// diplomaticPost reports whether an agency's name is a state's post
// abroad: one of its words heads such a name ("U.S. Embassy", "Consulate
// General of Freedonia").
func diplomaticPost(name string) bool {
	for _, w := range strings.Fields(name) {
		if diplomaticPosts[fold(w)] {
			return true
		}
	}
	return false
}
