package extract

import "testing"

// TestServiceRankAsWritten checks that a rank after an armed service
// written otherwise than its known name ("Colombian Army Maj. Gen. X" for
// the National Army of Colombia) is no post in the service, while the
// office in apposition is.
func TestServiceRankAsWritten(t *testing.T) {
	const text = "Commander Visits Bogota\n\nOn May 2, Gen. Rita Moss met with Colombian Army Maj. Gen. Tito Vela Ramos, commanding general of the Colombian Military Forces, to discuss training."
	checkRoles(t, []roleCase{
		{name: "the rank is no post", text: text, person: "Tito Vela Ramos", title: "Maj. Gen.", org: "National Army of Colombia", neg: true},
		{name: "the office in apposition", text: text, person: "Tito Vela Ramos", title: "commanding general", org: "Colombian Military Forces"},
	})
}
