package extract

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

func TestPublishedDate(t *testing.T) {
	for _, tt := range []struct {
		name      string
		text      string
		published time.Time
		want      string
	}{
		{"metadata wins", "Headline\n\nJanuary 2, 2020\n\nBody.", time.Date(2021, 5, 6, 10, 0, 0, 0, time.UTC), "2021-05-06"},
		{"date line under the headline", "Ministers Meet in Lima\n\nMarch 3, 2024\n\nThe ministers met.", time.Time{}, "2024-03-03"},
		{"AP dateline", "Navy Seizes Lab\n\nVERACRUZ, Mexico, Sept. 9, 2019 – The navy seized a laboratory.", time.Time{}, "2019-09-09"},
		{"parenthesised dateline", "Commander Visits Peru\n\nMIAMI (May 23, 2025) -- The commander visited Peru.", time.Time{}, "2025-05-23"},
		{"day month year", "Praise for an Extradition\n\n29 August 2001\n\nThe department praised it.", time.Time{}, "2001-08-29"},
		{"ISO date", "Report\n\nPublished 2023-11-17 by the desk.", time.Time{}, "2023-11-17"},
		{"the first date counts", "Talks\n\nJune 1, 2022\n\nThe talks of May 5, 2021 failed.", time.Time{}, "2022-06-01"},
		{"no year, no date", "Talks\n\nLIMA, June 1 (Reuters) - Talks failed.", time.Time{}, ""},
		{"impossible date", "Talks\n\nApril 31, 2022\n\nNothing.", time.Time{}, ""},
		{"a date deep in the body is not the publication date", "Talks\n\n" + string(make([]byte, 900)) + " June 1, 2022", time.Time{}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := publishedDate(schema.Article{Text: tt.text, Published: tt.published}); got != tt.want {
				t.Errorf("publishedDate = %q, want %q", got, tt.want)
			}
		})
	}
}
