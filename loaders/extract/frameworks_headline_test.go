package extract

import "testing"

// The sentences below are invented for these tests; none is taken from an
// evaluation article.

// TestHeadlineFrameworks checks that a title-case headline names a
// framework from the pair of states that opens it to its head, written
// as the body writes it, and names no document or purpose so.
func TestHeadlineFrameworks(t *testing.T) {
	ex := newExtractor(t)
	for _, c := range []struct{ name, text, want string }{
		{"a dialogue inside a longer headline",
			"Minister Ruiz’s Remarks to the Chile-Peru High-Level Fisheries Dialogue Follow-On Meeting\n\nThe minister spoke in Lima on Monday.",
			"Chile-Peru High-Level Fisheries Dialogue"},
		{"a pair written apart is closed up and meets the body's name",
			"Chile- Peru High-Level Fisheries Dialogue\n\nOfficials opened the first Chile-Peru High-Level Fisheries Dialogue in Lima.",
			"Chile-Peru High-Level Fisheries Dialogue"},
		{"a session's ordinal repeats the headline's framework",
			"Chile-Peru Port Safety Working Group Meets\n\nOfficials opened the 18th Chile-Peru Port Safety Working Group in Lima.",
			"Chile-Peru Port Safety Working Group"},
		{"a region of several states opens the pair after a session's ordinal",
			"Joint Statement: Fourth Caribbean-United States Fisheries Cooperation Dialogue\n\nOfficials recalled the Joint Statement of the Third Caribbean-US Fisheries Cooperation Dialogue held in Lima.",
			"Caribbean-United States Fisheries Cooperation Dialogue"},
		{"a headline's communiqué is the document",
			"Chile-Peru Joint Communique\n\nThe two governments issued the following text.", ""},
		{"a partnership to do something is no name",
			"Statement on Chile-Peru Partnership to Combat Smuggling\n\nThe two governments issued the following text.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := ex.Extract(article(c.text))
			if got := agreementNames(x); got != c.want {
				t.Errorf("Extract(%q) agreements = %v, want %q", c.text, got, c.want)
			}
		})
	}
}
