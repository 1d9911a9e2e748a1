package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// headBytes is how much of an article's beginning may hold its date: the
// headline, a byline, a date line or a dateline.
const headBytes = 800

// monthNames maps month names and their usual abbreviations (AP style and
// three letters) to months.
var monthNames = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		monthNames[name] = m
		monthNames[name[:3]] = m
	}
	monthNames["sept"] = time.September
}

// monthRE matches a month's name or abbreviation, also in capitals
// ("THURSDAY, MARCH 10, 2005"). Each name is followed by its
// abbreviations, so that the regexp package tries their shared letters
// once; the order changes no match, since every pattern requires a period,
// comma or space after the month.
const monthRE = `(January|Jan|February|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul|August|Aug|` +
	`September|Sept|Sep|October|Oct|November|Nov|December|Dec|` +
	`JANUARY|JAN|FEBRUARY|FEB|MARCH|MAR|APRIL|APR|MAY|JUNE|JUN|JULY|JUL|AUGUST|AUG|` +
	`SEPTEMBER|SEPT|SEP|OCTOBER|OCT|NOVEMBER|NOV|DECEMBER|DEC)\.?`

var (
	// "January 7, 2016", "Nov. 24, 2014", "(May 23, 2025)", "March 7th, 2022"
	mdyRE = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	// "29 August 2001", "19th April 2024"
	dmyRE = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `,?\s+(\d{4})\b`)
	// "2025-03-13", "2025/03/13", "2025-03-13T10:00:00Z"
	isoRE = regexp.MustCompile(`\b(\d{4})[-/](\d{2})[-/](\d{2})(?:\b|T\d)`)
	// "04.19.2024" or "4/19/2024" on a short line under the headline, alone
	// or with a label or a time ("Release Date: 04/19/2024", "Fri,
	// 04/19/2024 - 10:35"): a page's date line in figures, month first as
	// US pages write it (day first when the first number cannot be a month)
	numLineRE = regexp.MustCompile(`(?m)^[ \t]*(?:[^\n\d:,]{1,20}[:,][ \t]*)?(\d{1,2})[./](\d{1,2})[./](\d{4})` +
		`(?:[ \t]*[-–—|,]?[ \t]*\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$`)
)

// publishedDateWhy returns an article's publication date as YYYY-MM-DD:
// from its metadata (a feed's or a page's date, a JSON Lines "published"),
// else the first full date in its head, where a date line under the
// headline or a dateline ("BOGOTA, Colombia, Aug. 13, 2003 –") puts it;
// "" when neither gives one. It also returns the rule that found the date
// ("published/metadata", "published/witness-clause", "published/head-date"
// or, with no date in the head, "published/signoff") and the words it
// read.
func publishedDateWhy(a schema.Article) (date, rule, words string) {
	if !a.Published.IsZero() {
		return a.Published.Format(time.DateOnly), "published/metadata", ""
	}
	if date, words := witnessDate(a.Text); date != "" {
		return date, "published/witness-clause", words // a proclamation's signing
	}
	head := a.Text
	if len(head) > headBytes {
		head = head[:headBytes]
	}
	best, bestAt, bestEnd := "", len(head)+1, 0
	try := func(at, end int, y, m, d string) {
		if at >= bestAt {
			return
		}
		if date, ok := validDate(y, m, d); ok {
			best, bestAt, bestEnd = date, at, end
		}
	}
	for _, m := range mdyHead.findAll(head) {
		try(m[0], m[1], head[m[6]:m[7]], head[m[2]:m[3]], head[m[4]:m[5]])
	}
	for _, m := range dmyHead.findAll(head) {
		try(m[0], m[1], head[m[6]:m[7]], head[m[4]:m[5]], head[m[2]:m[3]])
	}
	for _, m := range isoHead.findAll(head) {
		try(m[0], m[1], head[m[2]:m[3]], head[m[4]:m[5]], head[m[6]:m[7]])
	}
	for _, m := range numLineHead.findAll(head) {
		first, second := head[m[2]:m[3]], head[m[4]:m[5]]
		if n, _ := strconv.Atoi(first); n > 12 {
			first, second = second, first
		}
		try(m[2], m[7], head[m[6]:m[7]], first, second)
	}
	if best == "" || citedInSentence(head, bestAt) {
		if date, words := signoffDate(a.Text); date != "" {
			return date, "published/signoff", words
		}
		if best == "" {
			return "", "", ""
		}
	}
	return best, "published/head-date", head[bestAt:bestEnd]
}

// citedRE ends a line's words before a date that a sentence cites: a
// preposition ("On October 21, 1995, the President declared …", "the order
// of May 2, 2019"), where a date line or a dateline has none.
var citedRE = regexp.MustCompile(`(?i)(?:^|[\s(,—–-])(?:on|of|since|until|before|after|from|in)\s+$`)

// citedInSentence reports whether the date at at in head is cited by a
// running sentence rather than stated as the document's own date; a
// notice opening on an earlier order's date states its own at its
// sign-off ("THE WHITE HOUSE,\nOctober 12, 2021.").
func citedInSentence(head string, at int) bool {
	line := head[strings.LastIndexByte(head[:at], '\n')+1 : at]
	return citedRE.MatchString(line)
}

// validDate checks a year, a month (name, abbreviation or number) and a day
// and formats them as YYYY-MM-DD.
func validDate(year, month, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || y < 1900 || y > 2100 || d < 1 || d > 31 {
		return "", false
	}
	m, ok := monthNames[strings.ToLower(strings.TrimSuffix(month, "."))]
	if !ok {
		n, err := strconv.Atoi(month)
		if err != nil || n < 1 || n > 12 {
			return "", false
		}
		m = time.Month(n)
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 April and the like.
		return "", false
	}
	return t.Format(time.DateOnly), true
}
