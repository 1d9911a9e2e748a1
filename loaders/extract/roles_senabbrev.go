package extract

import "strings"

// A US legislator's abbreviated title before a name ("Sen. X", "Rep. Y",
// "SEN. X" in a release's headline) states the office itself: the person
// is a member of Congress, which the gold records as a post held for the
// United States. Such a post is not a guess, so a body an apposition names
// after the name ("Sen. X, a member of the Y Council") adds a second post
// and does not replace it; and the chamber named earlier in the paragraph
// ("with the Senate debating the bill, Sen. X said") is not the post's
// body, as a committee would be ("a hearing of the Senate Y Subcommittee.
// Presiding: Sen. X").

// legislatorAbbrev reports whether the title tokens hold the abbreviation
// "Sen." or "Rep.".
func legislatorAbbrev(d *doc, title []int) bool {
	for _, k := range title {
		if key := d.toks[k].key; key == "sen." || key == "rep." {
			return true
		}
	}
	return false
}

// isChamber reports whether e is a chamber of a legislature as a whole
// ("the U.S. Senate", "the House of Representatives"), not one of its
// committees.
func isChamber(e *entity) bool {
	n := fold(e.name)
	return !strings.Contains(n, "committee") && !strings.Contains(n, "caucus") &&
		(strings.HasSuffix(n, "senate") || strings.HasSuffix(n, "house of representatives"))
}
