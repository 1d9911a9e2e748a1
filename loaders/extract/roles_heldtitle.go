package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// heldTitleOrg is the body or government of a role that person p was
// already given under the same title (read at an earlier mention): a
// title repeated before a later mention names the same post, whatever
// state the later sentence names ("Deputy Minister X praised the
// Government of Peru" is still the post read before). nil when p holds
// no role with that title.
func (d *doc) heldTitleOrg(p *entity, title []int) *entity {
	if p == nil || len(title) == 0 {
		return nil
	}
	tt := fold(trimRank(d.titleText(title)))
	for _, r := range d.roles {
		if r.Former || fold(r.Person) != fold(p.name) || fold(r.Title) != tt {
			continue
		}
		if e := d.orgNamed(r.Org); e != nil && e.typ != schema.Cartel {
			return e
		}
	}
	return d.heldFullerTitleOrg(p, tt)
}

// heldFullerTitleOrg is the body of the one post p already holds under a
// fuller form of the title tt ("Deputy Secretary of State X … Deputy
// Secretary X expressed …"): a later mention shortens the title it
// first gave in full. nil when p holds no such post, or two at different
// bodies.
func (d *doc) heldFullerTitleOrg(p *entity, tt string) *entity {
	var found *entity
	for _, r := range d.roles {
		if r.Former || fold(r.Person) != fold(p.name) || !strings.HasPrefix(fold(r.Title), tt+" ") {
			continue
		}
		e := d.orgNamed(r.Org)
		if e == nil && d.g.countries[r.Org] != nil {
			e = &entity{name: r.Org, typ: schema.Government} // a government the article never names
		}
		if e == nil || e.typ == schema.Cartel || found != nil && found.name != e.name {
			return nil
		}
		found = e
	}
	return found
}

// dropGuessedShortTitles drops a role whose body was guessed for a barer
// form of a title the same person is stated to hold elsewhere at another
// body: "Secretary X's Trip to Peru" (guessed Peru) yields to "U.S.
// Secretary of Labor X" read later in the article.
func (d *doc) dropGuessedShortTitles() {
	d.roles = slices.DeleteFunc(d.roles, func(r schema.Role) bool {
		return d.guessed[fold(r.Person)+"|"+fold(r.Org)] && d.statedFuller(r)
	})
}

// statedFuller reports whether the person of role r holds, at another
// body and not by guess, a title that holds r's title as its first words.
func (d *doc) statedFuller(r schema.Role) bool {
	t := fold(r.Title)
	for _, o := range d.roles {
		if fold(o.Person) != fold(r.Person) || fold(o.Org) == fold(r.Org) || d.guessed[fold(o.Person)+"|"+fold(o.Org)] || o.Former != r.Former {
			continue
		}
		if ot := fold(o.Title); len(ot) > len(t) && strings.HasPrefix(ot, t+" ") {
			return true
		}
	}
	return false
}
