package extract

// modifierApposition reports whether mention pm, at token j after a
// comma and "the", only modifies the noun that follows it: "A, the Y
// regime-sponsored enterprise", "A, the Y family business". Such a phrase
// is an apposition describing A, not another item of a list, which would
// end at its name ("A, the Y, and B").
func (d *doc) modifierApposition(j int, pm *mention) bool {
	if j < 2 || d.toks[j-1].key != "the" || d.toks[j-2].key != "," || pm.s != j || pm.e >= len(d.toks) {
		return false
	}
	t := d.toks[pm.e]
	return t.sent == d.toks[j].sent && t.kind == tWord && !t.cap && !relConj[t.key] && d.mentionAt(pm.e) == nil
}
