package extract

// personOnlyVerbs take as their direct object only a person: "gunmen
// killed X", "police arrested X", "the court freed X".
var personOnlyVerbs = set("killed", "murdered", "assassinated", "freed", "arrested", "abducted", "kidnapped", "shot")

// personVerbObject reports whether the run starting at token s is the
// direct object of a verb only a person undergoes: "police arrested X",
// "gunmen killed X".
func (d *doc) personVerbObject(s int) bool {
	if s < 1 || d.toks[s].sent != d.toks[s-1].sent {
		return false
	}
	if spanishArticles[d.toks[s].key] {
		return false // "arrested El Tigre", "arrested Los Pinos": a nickname or a gang, read elsewhere
	}
	v := d.toks[s-1]
	return !v.cap && personOnlyVerbs[v.key]
}
