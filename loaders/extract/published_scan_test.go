package extract

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestHeadPatterns checks that each head pattern, searched only where a
// match can begin, finds what its regexp finds searched at every offset:
// on invented heads and on heads made of random date-like pieces.
func TestHeadPatterns(t *testing.T) {
	heads := []string{
		"Ministry Hails Accord\nRelease Date: 04/19/2024\nSAN ISIDRO, Peru, Aug. 13, 2003 – The minister said",
		"Talks in Quito\n19th April 2024\nBy Ana Ruiz\nMay 5, 2021, and 6 MAY 2021 and 2021-05-07T10:00:00Z",
		"THURSDAY, MARCH 10, 2005\nFri, 04.19.2024 - 10:35 PM\nSept. 31, 2020; 31 June 2020; 2020/13/45",
		"Mayor Ortiz met Junes in Marchton on Mayday 2020.\n_May 5, 2020 x5 May 2020 May 52020 Jan. 1, 20201",
		"12025-03-13 and é2025-03-13 and a2025-03-13 and 2025-03-13_ and 7/4/2026\n 12/25/2025 \t\nNoon: 1.2.2023",
	}
	pieces := []string{"May", "MAY", "Sept", "Sept.", "Dec.", "June", "Marchx", "5", "05", "31st", "2nd", "2024",
		"12024", "2025-03-13", "2025/03/13", "T10", "04/19/2024", "4.19.2024", " ", "  ", ",", ", ", "\n", "\t", ":",
		"Date:", "Fri", "-", "10:35", "PM", "é", "_", "x", ".", "May 5, 2020", "Dec. 31st 2019", "JUNE 3,2020",
		"5 May 2020", "31 Sept., 2021", "2nd Jan 2022", "Feb 29 2021", "(Nov. 24, 2014)", "on May 5", "On Dec. 31",
		"Lon May 5", "on\nJune 3rd", "in March 2020", "March 20201", "upon", "on"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		heads = append(heads, b.String())
	}
	for _, p := range []struct {
		name string
		head *headPattern
		re   *regexp.Regexp
	}{
		{"mdy", &mdyHead, mdyRE},
		{"dmy", &dmyHead, dmyRE},
		{"iso", &isoHead, isoRE},
		{"numLine", &numLineHead, numLineRE},
		{"md", &mdSent, mdRE},
		{"my", &mySent, myRE},
	} {
		found := 0
		for _, h := range heads {
			got, want := p.head.findAll(h), p.re.FindAllStringSubmatchIndex(h, -1)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %v, want %v", p.name, h, got, want)
			}
			found += len(want)
			if got, want := p.head.find(h), p.re.FindStringSubmatch(h); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: find(%q) = %q, want %q", p.name, h, got, want)
			}
		}
		if found < 10 {
			t.Errorf("%s: only %d matches in all; the test reads too few dates", p.name, found)
		}
	}
}

// TestContainsWordASCII checks the case-insensitive test witnessDate
// opens with against lowering the whole text.
func TestContainsWordASCII(t *testing.T) {
	for _, text := range []string{
		"in the year of our Lord two thousand", "OUR LORD", "LoRd", "lor d", "lor", "", "Landlords’ “rights”",
		"l\u00f6rd", "\u212alord", "the Ministry’s l0rd", "Ｌord", "lorD\xff",
	} {
		want := strings.Contains(strings.ToLower(text), "lord")
		if got := containsWordASCII(text, "lord"); got != want {
			t.Errorf("containsWordASCII(%q, lord) = %v, want %v", text, got, want)
		}
	}
}
