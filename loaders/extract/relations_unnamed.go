// Acts of a state whose actor the sentence does not name.

package extract

// federalBodies are the nouns after "federal" or "U.S." that name the
// United States' prosecutors and courts acting unnamed: "federal
// prosecutors charged X", "a federal grand jury indicted X" (a list of
// data/lexicon/words.tsv).
var federalBodies = lexWords.set("federalBodies")

// unnamedStateActor is the actor of a verb cue at [v, end) whose subject
// (before token start) names no actor: the United States for a
// designation under its law ("I … designated X and Y as Foreign Terrorist
// Organizations", "the Secretary of State designated X as a Foreign
// Terrorist Organization") and for a charge or conviction by its federal
// prosecutors or courts ("federal prosecutors charged X"); else nil.
func (d *doc) unnamedStateActor(start, end, sent int, pred string) []*entity {
	us := d.govNamed("United States")
	if us == nil {
		return nil
	}
	switch pred {
	case "designated":
		for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+14; k++ {
			if actorStop[d.toks[k].key] {
				return nil
			}
			if d.toks[k].key == "as" {
				if e, _ := d.usDesignation(k, sent); e != nil {
					return []*entity{e}
				}
				return nil
			}
		}
	case "charged", "convicted":
		for k := start - 2; k >= 0 && k >= start-4 && d.toks[k].sent == sent; k-- {
			if key := d.toks[k].key; (key == "federal" || key == "u.s.") && federalBodies[d.toks[k+1].key] {
				return []*entity{us}
			}
		}
	}
	return nil
}
