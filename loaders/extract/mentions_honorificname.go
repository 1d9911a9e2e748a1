package extract

import "strings"

// A person's name may end in a word that heads an agreement's name:
// "Rep. Nathan Deal", "Sen. Mara Pact". Capitalised words opened by a
// personal honorific name a person, never an agreement.

// personHonorifics are the honorifics that open a person's name.
var personHonorifics = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "senator", "representative",
	"congressman", "congresswoman")

// honorificOpens reports whether the capitalised words from token s to
// the head at token i are opened, or preceded, by a personal honorific:
// a person's name, not an agreement's.
func (d *doc) honorificOpens(s, i int) bool {
	if s >= i {
		return false
	}
	if personHonorifics[strings.TrimSuffix(d.toks[s].key, ".")] {
		return true
	}
	p := s - 1 // "Rep. Nathan Deal": the honorific before the name, its full stop kept in the token
	return p >= 0 && d.toks[p].sent == d.toks[i].sent && personHonorifics[strings.TrimSuffix(d.toks[p].key, ".")]
}
