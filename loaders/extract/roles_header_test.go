package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHeaderBlockRoles checks a page's header block: a name alone on a
// line with a title line under it is a person holding that title, at the
// body the title implies or the government of the capital under it; a
// line in the body of the text gives nothing. All copy is invented.
func TestHeaderBlockRoles(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "secretary of state", text: "Progress in Lima\n\nPress Statement\nMarta Quiroga\nSecretary of State\nWashington, DC\nMay 9, 2019\n\nThe United States welcomes the talks in Peru.",
			person: "Marta Quiroga", title: "Secretary of State", org: "United States"},
		{name: "spokesperson under a capital", text: "Return of Tomás Vidal\n\nPress Statement\nJen Ruiz\nDepartment Spokesperson\nWashington, DC\nMay 9, 2019\n\nPeru returned Tomás Vidal to the United States yesterday.",
			person: "Jen Ruiz", title: "Department Spokesperson", org: "United States"},
	})
	ex := newExtractor(t)
	x := ex.Extract(article("Return of Tomás Vidal\n\nPress Statement\nJen Ruiz\nDepartment Spokesperson\nWashington, DC\n\nPeru returned Tomás Vidal yesterday."))
	if !hasEntity(x, "Jen Ruiz", schema.Person) {
		t.Errorf("entities = %+v, want person Jen Ruiz", x.Entities)
	}
}

// TestHeaderNameCommaTitle: "NAME, Department Spokesperson" on a line of
// its own under a headline is a spokesperson of the US Department of
// State, a post of the United States. All copy is invented.
func TestHeaderNameCommaTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "spokesperson after a comma", text: "Statement on Floods in Ruritania\n\nMaria Ruiz, Department Spokesperson\n\nThe United States condemns the attacks in Ruritania.",
			person: "Maria Ruiz", title: "Department Spokesperson", org: "United States"},
	})
}
