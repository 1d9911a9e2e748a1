// The federal judicial district a person is charged in: "X was charged
// on March 9, 2011, in the Western District of Texas with …", "Y was
// indicted in the District of Columbia". The district's U.S. Attorney's
// Office brings the case: the district charged the person.

package extract

import "github.com/newsgraph/newsgraph/schema"

// chargingDistrict is the federal judicial district that "in [the]"
// introduces after the passive charge verb ending at end, within its
// clause (twelve tokens; a date before it allowed), when the text names
// that district as an agency of its own; nil otherwise (a district the
// text names nowhere else is the United States' court, courtCountry).
func (d *doc) chargingDistrict(end, sent int) []*entity {
	for k := end; k+2 < len(d.toks) && d.toks[k].sent == sent && k < end+12; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == "with" || key == "by" {
			return nil
		}
		if key != "in" {
			continue
		}
		j := k + 1
		if d.toks[j].key == "the" {
			j++
		}
		if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil && federalDistrict(m.ent) {
			return []*entity{m.ent}
		}
		if e := d.districtEnd(j); e > 0 {
			if dist := d.ents[string(schema.Agency)+"|"+fold(d.surface(j, e))]; dist != nil && federalDistrict(dist) {
				return []*entity{dist}
			}
		}
		return nil
	}
	return nil
}
