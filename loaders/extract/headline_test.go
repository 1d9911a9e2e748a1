package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestHeadlineNames checks that the capitals of a title-case line are not
// names unless a given name, the body or the gazetteer makes them one, and
// that laws and documents name no one. All copy is invented.
func TestHeadlineNames(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text string
		want, not  []string // people expected, and names that must not be people
	}{
		{"verb after a titled name",
			"Director Ana Ruiz Heads U.S. Delegation to Lima\nDirector Ana Ruiz arrived in Lima on Monday for two days of talks.",
			[]string{"Ana Ruiz"}, []string{"Ana Ruiz Heads", "Heads"}},
		{"a gerund after a titled name",
			"Statement from NSC Spokesperson Ana Ruiz Welcoming the Border Accord\nThe accord was signed on Monday.",
			[]string{"Ana Ruiz"}, []string{"Ana Ruiz Welcoming", "Welcoming"}},
		{"verb after a surname the body uses",
			"Trump Signs Border Bill\nPresident Donald Trump signed the bill on Friday, aides said.",
			[]string{"Donald Trump"}, []string{"Trump Signs"}},
		{"surname the body uses, then headline words",
			"Chairman Vidal Announces Full Committee Hearing\nCommittee Chairman Rodrigo Vidal said the hearing would open on Tuesday.",
			[]string{"Rodrigo Vidal"}, []string{"Vidal Announces Full", "Vidal Announces"}},
		{"a title over a verb alone",
			"Navy Commander Visits Border Posts\nThe commander toured three posts along the river.",
			nil, []string{"Visits"}},
		{"a name written only in a titled headline",
			"Statement from Spokesperson Ora Vik Lund on the Port Strike\nThe strike has closed the port for a week.",
			[]string{"Ora Vik Lund"}, nil},
		{"a titled surname with a possessive",
			"Under Secretary Quintrell's Remarks at the Port Forum\nThank you all for coming to Lima today.",
			[]string{"Quintrell"}, []string{"Remarks"}},
		{"a possessive of a title alone",
			"The Secretary's Remarks at the Port Forum\nThank you all for coming to Lima today.",
			nil, []string{"Remarks", "Secretary"}},
		{"words the body writes in lower case",
			"Agents Deliver Major Blow to Smuggling Ring\nThe raids were a major blow to the ring, officials said.",
			nil, []string{"Blow", "Major Blow"}},
		{"a title ending the line above",
			"Police Arrest Top Gang Leader\nEarly this morning, the police arrested a key leader of the gang in the port.",
			nil, []string{"Early"}},
		{"a document is no one",
			"H\nThe Order directs the Attorney General to pursue charges. Congress passed the Port Safety Designation Act.",
			nil, []string{"Order", "Designation Act", "Port Safety Designation Act"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			for _, p := range c.want {
				if !hasEntity(x, p, schema.Person) {
					t.Errorf("Extract(%q): no person %q in %+v", c.text, p, x.Entities)
				}
			}
			for _, p := range c.not {
				for _, e := range x.Entities {
					if e.Type == schema.Person && e.Name == p {
						t.Errorf("Extract(%q): person %q, want none", c.text, p)
					}
				}
			}
		})
	}
}

// TestHeadlineKnownSurname checks a surname alone after a title in a
// title-case headline: a person when the gazetteer knows its holder with
// that office.
func TestHeadlineKnownSurname(t *testing.T) {
	ex := newExtractor(t)
	x := ex.Extract(article("Remarks by Vice President Quayle Before Talks With Andean Leaders\n\nLIMA, Peru\n\nThe talks opened on Monday."))
	if !hasEntity(x, "Quayle", schema.Person) {
		t.Errorf("entities = %+v, want person Quayle", x.Entities)
	}
}
