// The evidence, other than a title, a known given name or a kin noun
// before it, that a capitalised run names a person: one ordered table
// read both by persons and by explain, so the rule explain prints is the
// one that fired.

package extract

// personEvidence lists, in the order persons tests them, the context
// tests that make the capitalised run [s, e) a person, each with the rule
// explain prints for it.
var personEvidence = []struct {
	rule string
	test func(d *doc, s, e int) bool
}{
	{"entity/person:named", func(d *doc, s, e int) bool { return d.namedPerson(s) }},
	{"entity/person:speech-verb", (*doc).speechNear},
	{"entity/person:title-apposition", func(d *doc, s, e int) bool { return d.appositionAfter(e) }},
	{"entity/person:gazetteer", func(d *doc, s, e int) bool { return d.gazPerson(d.surface(s, e)) != nil }},
	{"entity/person:between-titles", (*doc).titledApposition},
	{"entity/person:person-apposition", func(d *doc, s, e int) bool { return d.personApposition(e) }},
	{"entity/person:serves-as", func(d *doc, s, e int) bool { return d.servesAsTitle(e) }},
	{"entity/person:nationality-apposition", func(d *doc, s, e int) bool { return d.nationalApposition(e) }},
	{"entity/person:victim-of", func(d *doc, s, e int) bool { return d.victimOf(s) }},
	{"entity/person:header-line", (*doc).headerName},
	{"entity/person:label-line", (*doc).labelLineName},
	{"entity/person:title-body", (*doc).titleBodyNamed},
	{"entity/person:age", (*doc).ageNear},
	{"entity/person:one-of", func(d *doc, s, e int) bool { return d.oneOfApposition(e) }},
	{"entity/person:byline", (*doc).bylineName},
	{"entity/person:contact-line", (*doc).contactName},
	{"entity/person:party-tag", func(d *doc, s, e int) bool { return d.partyTag(e) }},
	{"entity/person:short-form", (*doc).shortFormAfter},
	{"entity/person:surname-of-named", (*doc).surnameOfNamed},
	{"entity/person:sentenced", (*doc).sentencedAfter},
	{"entity/person:verb-object", func(d *doc, s, e int) bool { return d.personVerbObject(s) }}, // persons_victimobject.go
}

// personEvidenceRule returns the rule of the first of personEvidence's
// tests that the run [s, e) passes, or "": "entity/person:age" for X in
// "the 44-year-old X" when no earlier test holds.
func (d *doc) personEvidenceRule(s, e int) string {
	for _, ev := range personEvidence {
		if ev.test(d, s, e) {
			return ev.rule
		}
	}
	return ""
}
