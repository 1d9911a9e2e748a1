package extract

import "testing"

// TestEventModifierSubject checks that a body named as a modifier of a
// gathering hosted by someone ("an X gang enforcement meeting, hosted by
// Y") is no party to a meeting, while a body hosted by someone is.
func TestEventModifierSubject(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct {
		name, text, subj, obj string
		want                  bool
	}{
		{"body modifying the meeting", "Agents Travel\n\nFBI agents travelled to Lima to attend a Tren de Aragua gang enforcement meeting, hosted by the FBI.",
			"Federal Bureau of Investigation", "Tren de Aragua", false},
		{"body hosted", "Agents Travel\n\nThe Peruvian delegation was hosted by the FBI in Washington.",
			"Federal Bureau of Investigation", "Peru", true},
	} {
		x := ex.Extract(article(c.text))
		got := false
		for _, r := range x.Relations {
			if (r.Subject == c.subj && r.Object == c.obj || r.Subject == c.obj && r.Object == c.subj) && (r.Predicate == "metWith" || r.Predicate == "negotiatesWith") {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: Extract(%q) relations = %+v, want %s meets %s: %v", c.name, c.text, x.Relations, c.subj, c.obj, c.want)
		}
	}
}
