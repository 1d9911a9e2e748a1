// An unnamed cabinet secretary acting for the department they head.

package extract

import "github.com/newsgraph/newsgraph/schema"

// secretaryDepartments maps the unnamed title of a U.S. department's head,
// as its last words, to the gazetteer name of that department.
var secretaryDepartments = []struct {
	title []string
	dept  string
}{
	{[]string{"secretary", "of", "state"}, "Department of State"},
	{[]string{"secretary", "of", "the", "treasury"}, "Department of the Treasury"},
}

// secretaryDepartment is the department, named in the article, whose
// head is the unnamed subject ending right before token start: "the
// Secretary of State designated X as a Foreign Terrorist Organization" is
// the Department of State's act when the article names that department;
// else nil (and the act stays the United States').
func (d *doc) secretaryDepartment(start, sent int) *entity {
	for _, sd := range secretaryDepartments {
		n := len(sd.title)
		b := start - n
		if b < 1 || d.toks[b].sent != sent || d.toks[b-1].key != "the" {
			continue
		}
		match := true
		for k, w := range sd.title {
			if d.toks[b+k].key != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		if e := d.entityNamed(sd.dept); e != nil && e.typ == schema.Agency {
			return e
		}
	}
	return nil
}
