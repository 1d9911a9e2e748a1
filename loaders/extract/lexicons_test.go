package extract

import (
	"strings"
	"testing"
)

// A list the code names and words.tsv lacks stops the program when the
// package starts: the accessor panics, naming the file and the list.
func TestWordListMissingFailsAtStartUp(t *testing.T) {
	defer func() {
		r := recover()
		msg, _ := r.(string)
		if !strings.Contains(msg, "data/lexicon/words.tsv") || !strings.Contains(msg, `"noSuchList"`) {
			t.Errorf("panic = %v, want one naming data/lexicon/words.tsv and \"noSuchList\"", r)
		}
	}()
	lexWords.set("noSuchList")
	t.Error("a missing list did not stop the program")
}
