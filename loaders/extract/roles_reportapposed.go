// A report names an officer by a bare post apposed before the name: "the
// PGR detained a police officer, X, and …", "two police officers, X and Y,
// were sentenced". The post is the report's state's, as when the title
// stands right before the name (roles_reportpost.go); a plural post is
// each listed name's.

package extract

// apposedReportPost returns the first token of a bare post title that ends
// at a comma right before the name at s, and its head's key, or -1: the
// title opens with an article or a count ("a", "the", "two").
func (d *doc) apposedReportPost(s int) (int, string) {
	if s < 3 || d.toks[s-1].key != "," {
		return -1, ""
	}
	ts, head := d.reportPostTitle(s - 1)
	if ts < 1 || d.toks[ts-1].sent != d.toks[s].sent {
		return -1, ""
	}
	switch det := d.toks[ts-1].key; {
	case det == "a" || det == "an" || det == "the":
	case numberWords(det) >= 2 && numberWords(det) < 100:
	default:
		return -1, ""
	}
	return ts, head
}
