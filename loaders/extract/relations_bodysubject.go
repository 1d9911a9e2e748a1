package extract

// A legal act whose subject is a bare generic body ("The Department is
// also designating X's spouse, A", "the Bureau charged B") names no actor
// of its own: the body is the one that acted before in the text. Its
// actor is the subject of the text's last act of the same kind ("The
// United States is designating X. … The Department is also designating
// Y": the United States), else the government the text speaks for.

// bareBodyNouns are the lower-case heads of a body named by its kind
// alone after "the" (a list of data/lexicon/words.tsv).
var bareBodyNouns = lexWords.set("bareBodyNouns")

// bareBodySubject is the actor of a legal act pred whose verb group
// starts at start after "the <body noun>", or nil.
func (d *doc) bareBodySubject(start int, pred string) *entity {
	if !custodyActs[pred] || start < 2 {
		return nil
	}
	n, det := d.toks[start-1], d.toks[start-2]
	if !bareBodyNouns[n.key] || det.key != "the" || n.sent != det.sent || d.mentionAt(start-1) != nil {
		return nil
	}
	if start-3 >= 0 && d.toks[start-3].sent == n.sent && d.toks[start-3].key == "of" {
		return nil // "a spokesperson of the Department said": not the subject
	}
	for i := len(d.rels) - 1; i >= 0; i-- {
		if r := d.rels[i]; r.Predicate == pred {
			if e := d.entityNamed(r.Subject); e != nil {
				return e // the same act's actor before
			}
		}
	}
	if g := d.authorGov(); g != nil && typeOK(pred, sideSubj, g.typ) {
		return g
	}
	return nil
}
