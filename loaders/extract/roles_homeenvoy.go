// A bare "Ambassador X" in copy written from the United States.

package extract

// homeEnvoyGov is the government of an ambassador or envoy whose title
// (the tokens title, before the name at token at) names no country, in an
// article about the United States above all other states (neither
// datelined abroad nor mostly about another state): copy written from a
// state's side names that state's own envoys bare ("Ambassador X, in
// Bogotá, gave a speech", "join you, Ambassador X") and marks a foreign
// one with its nationality ("the Mexican Ambassador Y"). An "Ambassador"
// beside another office in apposition ("the Minister of Foreign Affairs,
// Ambassador X"; "Ambassador X, Under Secretary for Y,") is a career
// diplomat's style, whose state the office tells: nil then, as otherwise,
// and the envoy is the foreign one of the host's story.
func (d *doc) homeEnvoyGov(title []int, at int) *entity {
	host := d.dateline
	if host == "" {
		host = d.dominant(false)
	}
	if host != "United States" || len(title) == 0 {
		return nil
	}
	if s := title[0]; s > 1 && d.toks[s-1].key == "," && d.toks[s-2].cap && d.toks[s-2].kind == tWord {
		return nil // "the Minister of X, Ambassador Y", not "join you, Ambassador Y"
	}
	if m := d.mentionAt(at); m != nil && m.s == at && m.e+1 < len(d.toks) && d.toks[m.e].key == "," && d.isTitleTok(m.e+1) {
		return nil // "Ambassador Y, Under Secretary for X,"
	}
	return d.govNamed(host)
}
