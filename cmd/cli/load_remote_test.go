package cli

import (
	"strings"
	"testing"
)

// TestDecodeArticles: /api/load's body is read line by line; a bad line or
// an article over the size limit is one error, and the rest goes on.
func TestDecodeArticles(t *testing.T) {
	body := `{"ID": "a", "Source": "a.txt", "Text": "Short text."}
{not json
{"ID": "b", "Source": "b.txt", "Text": "` + strings.Repeat("x", 100) + `"}
{"ID": "c", "Source": "c.txt", "Text": "Also short."}
`
	var ids, errs []string
	for a, err := range decodeArticles(strings.NewReader(body), 50) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, ",") != "a,c" {
		t.Errorf("articles = %v, want a and c", ids)
	}
	if len(errs) != 2 || !strings.Contains(errs[0], "line 2") || !strings.Contains(errs[1], "b.txt") || !strings.Contains(errs[1], "--max-article-bytes") {
		t.Errorf("errors = %q, want line 2 and b.txt over --max-article-bytes", errs)
	}
}
