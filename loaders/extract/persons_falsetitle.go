package extract

// falseTitleBefore reports whether a lower-case noun for what someone is
// or does stands right before the name at s, in the same sentence, as
// news copy writes a "false title" in place of an office: "drug
// trafficker X", "alleged smuggler X", "businessman X", "the suspect X".
// The noun names a person (personKinds) or a trade in crime
// (crimeTradeWords); a body's name takes neither.
func (d *doc) falseTitleBefore(s int) bool {
	if s == 0 || d.toks[s].brk {
		return false
	}
	p := d.toks[s-1]
	if p.kind != tWord || p.cap || p.sent != d.toks[s].sent || d.at[s-1] != 0 {
		return false
	}
	if !personKinds[p.key] && !crimeTradeWords[p.key] {
		return false
	}
	// a plural noun is a list's head ("traffickers Ana Ruiz and …" is rare;
	// "smugglers Los Zetas hired" names a group): only singular nouns
	return p.key[len(p.key)-1] != 's' || p.key == "boss"
}
