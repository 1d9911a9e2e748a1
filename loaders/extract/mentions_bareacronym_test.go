package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestBareAcronymBodies checks that a report section's bare acronym, the
// subject of a clause after "the", names a body, an organisation before a
// monitor's verb, and that acronyms spelled out, described or read
// elsewhere, and texts that are no report section, are left alone.
func TestBareAcronymBodies(t *testing.T) {
	ex := newExtractor(t)
	const head = "Ruritania 2031 Human Rights Report: c. Torture\n"
	for _, c := range []struct {
		text string
		name string
		typ  schema.EntityType
		want bool
	}{
		{head + "The RPK is authorized to investigate abuses by prison guards. Last year the RPK opened 40 cases.", "RPK", schema.Agency, true},
		{head + "On May 4, the TSQ ordered the release of two detained reporters.", "TSQ", schema.Agency, true},
		{head + "The CDHVR estimated there were 90 political prisoners in the country.", "CDHVR", schema.Organization, true},
		{head + "The National Prison Board (NPBR) runs the jails. In June the NPBR said it had hired 30 guards.", "NPBR", schema.Agency, false},
		{head + "Guards beat members of a smuggling ring known as the KLT. Members of the KLT are relatives.", "KLT", schema.Agency, false},
		{head + "Activists said the HIV epidemic spread in prisons; the HIV is untreated.", "HIV", schema.Agency, false},
		{"Officials Meet on Ports\nWASHINGTON (AP) — The RPK is authorized to inspect ships, officials said.", "RPK", schema.Agency, false},
		{head + "Officials said the RPK report was late.", "RPK", schema.Agency, false},
	} {
		x := ex.Extract(article(c.text))
		if got := hasEntity(x, c.name, c.typ); got != c.want {
			t.Errorf("Extract(%q): entity %q (%s) = %v, want %v; entities %+v", c.text, c.name, c.typ, got, c.want, x.Entities)
		}
	}
}
