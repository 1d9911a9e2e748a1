package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

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

// headlineLegislatorRoles reads a release's headline that names a member
// of Congress by abbreviated title and surname ("SEN. X ISSUES STATEMENT
// ON Y", "Rep. X Welcomes Vote") while the text below names the person in
// full ("Senate Majority Leader A X", "I"): the one person of the article
// with that surname holds the legislator's post for the United States.
func (d *doc) headlineLegislatorRoles(add func(*entity, string, *entity, int)) {
	if len(d.toks) == 0 {
		return
	}
	head := d.toks[0].para
	for k := 0; k+1 < len(d.toks) && d.toks[k].para == head; k++ {
		var title string
		switch d.toks[k].key {
		case "sen.":
			title = "Senator"
		case "rep.":
			title = "Representative"
		default:
			continue
		}
		n := d.toks[k+1]
		if n.kind != tWord || !n.cap || n.para != head {
			continue
		}
		if m := d.mentionAt(k + 1); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			continue // "Sen. A X" named in full: the title-before-name rule reads it
		}
		if p := d.uniqueSurname(n.key); p != nil {
			add(p, title, d.entity(schema.Government, "United States", k), k)
		}
	}
}

// uniqueSurname is the one person of the article whose name ends with the
// word key, or nil when none or several do.
func (d *doc) uniqueSurname(key string) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.typ != schema.Person || len(e.toks) < 2 || e.toks[len(e.toks)-1] != key {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}
