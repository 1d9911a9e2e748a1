package extract

import (
	"strings"
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
		{"a date line in capitals", "RANCHERS FINED\n\nTUESDAY, JUNE 14, 2011\n\nLIMA - The ranchers were fined.", time.Time{}, "2011-06-14"},
		{"an ordinal day", "Briefing by Spokesperson Ana Vell, October 2nd, 2019\n\nBriefing Room", time.Time{}, "2019-10-02"},
		{"a proclamation's witness clause", "A Week of Harbour Safety\n\nA PROCLAMATION\n\nOur harbours matter. " + string(make([]byte, 900)) +
			"IN WITNESS WHEREOF, I have hereunto set my hand this twenty-first day of May, in the year of our Lord two thousand nineteen, and of the Independence.", time.Time{}, "2019-05-21"},
		{"a witness clause in figures", "Proclamation\n\nIN WITNESS WHEREOF, I have hereunto set my hand this 3rd day of July, in the year of our Lord 2014.", time.Time{}, "2014-07-03"},
		{"a witness clause before a date in the head", "Proclamation\n\nOn January 2, 1998, the Congress passed the act.\n\nIN WITNESS WHEREOF, I have hereunto set my hand this ninth day of February, in the year of our Lord nineteen hundred and ninety-nine.", time.Time{}, "1999-02-09"},
		{"a sign-off line with a place", "Communiqué on a Seizure\n\nThe ministry reports a seizure on Friday." + string(make([]byte, 900)) + "\n\nQuito, 4 February 2022. Ministry of the Interior.", time.Time{}, "2022-02-04"},
		{"a sign-off date under the issuer", "An Order\n\nBy the authority vested in me, I order." + string(make([]byte, 900)) + "\n\nTHE WHITE HOUSE,\nAugust 12, 2021.", time.Time{}, "2021-08-12"},
		{"a head date before a sign-off", "Talks\n\nJune 1, 2022\n\nTalks.\n\nLima, 3 June 2022.", time.Time{}, "2022-06-01"},
		{"a sign-off after a head date a sentence cites", "A Notice\n\nOn May 2, 2019, by Order 123, the President declared an emergency." + string(make([]byte, 900)) + "\n\nTHE WHITE HOUSE,\nMay 1, 2023.", time.Time{}, "2023-05-01"},
		{"a cited head date with no sign-off stays", "A Notice\n\nOn May 2, 2019, the President declared an emergency.", time.Time{}, "2019-05-02"},
		{"a dateline before a sign-off stays", "A Notice\n\nLIMA, May 2, 2019 - The ministry spoke." + string(make([]byte, 900)) + "\n\nLima, 3 May 2019.", time.Time{}, "2019-05-02"},
		{"a date in the last sentence is no sign-off", "Talks\n\nThe talks resume." + string(make([]byte, 900)) + "\n\nThe next round opens on June 9, 2022 in Lima.", time.Time{}, ""},
		{"a date line in figures before a dateline", "Admiral Tours Port\n\n07.12.2021\n\nCourtesy Story\n\nMIAMI (July 11, 2021) -- The admiral toured the port.", time.Time{}, "2021-07-12"},
		{"a date line in figures, day first", "Admiral Tours Port\n\n25/03/2020\n\nThe admiral toured the port.", time.Time{}, "2020-03-25"},
		{"a labelled date line in figures", "Admiral Tours Port\n\nRelease Date: 07/12/2021\n\nMIAMI (July 11, 2021) -- The admiral toured the port.", time.Time{}, "2021-07-12"},
		{"a date line in figures with a weekday and a time", "Admiral Tours Port\n\nMon, 07/12/2021 - 10:35\n\nThe admiral toured the port.", time.Time{}, "2021-07-12"},
		{"a day with an ordinal before the month", "Admiral Tours Port\n\n12th July 2021\n\nThe admiral toured the port.", time.Time{}, "2021-07-12"},
		{"year, month and day with slashes", "Admiral Tours Port\n\nPublished 2021/07/12\n\nThe admiral toured the port.", time.Time{}, "2021-07-12"},
		{"an ISO timestamp", "Admiral Tours Port\n\n2021-07-12T10:00:00Z\n\nThe admiral toured the port.", time.Time{}, "2021-07-12"},
		{"figures inside a sentence are no date line", "Admiral Tours Port\n\nThe score was 1.2.2020 in the ledger.", time.Time{}, ""},
		{"a date deep in the body is not the publication date", "Talks\n\n" + string(make([]byte, 900)) + " June 1, 2022", time.Time{}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got, _, _ := publishedDateWhy(schema.Article{Text: tt.text, Published: tt.published}); got != tt.want {
				t.Errorf("publishedDateWhy = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMonthForms checks that every month is read in each of its forms: the
// name, the abbreviation with and without a period, and both in capitals.
func TestMonthForms(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		forms := []string{name, name[:3], name[:3] + ".", strings.ToUpper(name), strings.ToUpper(name[:3])}
		if m == time.September {
			forms = append(forms, "Sept.", "Sept", "SEPT")
		}
		want := time.Date(2020, m, 5, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		for _, f := range forms {
			for _, s := range []string{f + " 5, 2020", "5 " + f + " 2020"} {
				if got := sentenceDate("Talks opened on "+s+" in Lima.", ""); got != want {
					t.Errorf("sentenceDate(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
