package extract

import "testing"

// TestReportSentences: in a text about one state (reportState), a person
// who serves or receives a prison sentence was convicted by that state;
// "found guilty" after a relative clause is not read so, nor a sentence
// that is only possible.
func TestReportSentences(t *testing.T) {
	const head = "Ecuador 2021 Human Rights Report: Arbitrary Killings\n\n"
	checkRelCases(t, []relCase{
		{name: "serving a sentence",
			text: head + "Former police captain Mauricio Tello Quishpe is serving a 12-year sentence for the killing.",
			want: []string{"Ecuador|convicted|Mauricio Tello Quishpe"}},
		{name: "received sentences",
			text: head + "Fellow officers Dario Almeida Cueva and Rene Pozo Tamayo also received 12-year sentences in March.",
			want: []string{"Ecuador|convicted|Dario Almeida Cueva", "Ecuador|convicted|Rene Pozo Tamayo"}},
		{name: "a possible sentence",
			text: head + "Former police captain Mauricio Tello Quishpe could receive a 12-year sentence.",
			not:  []string{"Ecuador|convicted|Mauricio Tello Quishpe"}},
		{name: "found guilty after a relative clause",
			text: head + "Aides of Mauricio Tello Quishpe who said they acted on his orders were found guilty.",
			not:  []string{"Ecuador|convicted|Mauricio Tello Quishpe"}},
	})
}
