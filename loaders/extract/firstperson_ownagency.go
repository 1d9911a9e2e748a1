package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// speakerOwnAgency is the agency a quoted speaker holds a current role in,
// when the text never names the government above it: in an agency's own
// release ("'our partnership with Mexico', said a DEA spokesman") "we"
// and "our" are the agency, there being no government in the text to
// speak for. A role in an agency's office named by the agency and a place
// ("a DEA Tarrin Falls spokesman") speaks for the agency itself: the
// longest run of the office's first words that names an agency. Nil when
// the speaker holds no role in an agency.
func (d *doc) speakerOwnAgency(e *entity) *entity {
	for _, r := range d.roles {
		if r.Person != e.name || r.Former {
			continue
		}
		office := d.ents[string(schema.Agency)+"|"+fold(r.Org)]
		if office == nil || office.typ != schema.Agency {
			continue
		}
		words := strings.Fields(office.name)
		for n := len(words) - 1; n >= 1; n-- {
			if a := d.agencyCalled(strings.Join(words[:n], " ")); a != nil && a != office {
				return a
			}
		}
		return office
	}
	return nil
}
