package extract

import "github.com/newsgraph/newsgraph/schema"

// heldTitleOrg is the body or government of a role that person p was
// already given under the same title (read at an earlier mention): a
// title repeated before a later mention names the same post, whatever
// state the later sentence names ("Deputy Attorney General X thanked the
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
		for _, typ := range []schema.EntityType{schema.Government, schema.Agency, schema.Organization} {
			if e := d.ents[string(typ)+"|"+fold(r.Org)]; e != nil {
				return e
			}
		}
	}
	return nil
}
