package loaders

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadHTMLBoilerplate reads pages saved from news sites and checks
// that the article's text is kept and the page's furniture (cookie
// banners, navigation, related and most-read lists, comments, footers,
// scripts) is not.
func TestReadHTMLBoilerplate(t *testing.T) {
	tests := []struct {
		page   string
		byline string   // The "By …" line after the title.
		keep   []string // In the text.
		drop   []string // Not in the text.
	}{
		{
			page:   "newssite.html",
			byline: "By Helena Marsh and Tomas Reyes",
			keep: []string{
				"Thousands of dockworkers at the port of Castelmar walked off the job on Monday",
				"said Ines Calloway, the union’s general secretary.",
				"Its chief executive, Paul Okafor, said",
				"Grain futures rose 3 per cent",
			},
			drop: []string{"We use cookies", "Accept all", "Skip to main content", "Business", "Subscribe from",
				"Meridia bread prices climb", "Most viewed", "Election night live", "About time the dockers",
				"grainwatcher", "All rights reserved", "Photograph: Agency", "Share on Facebook", "dataLayer"},
		},
		{
			page:   "wordpress.html",
			byline: "By Dana Whitfield",
			keep: []string{
				"The Riverside city council voted 7 to 2 on Thursday night",
				"Mayor Lorraine Batista called the vote",
				"Council member Owen Pryce, who voted against",
				"the first trams running to Eastbrook by late 2028.",
			},
			drop: []string{"Obituaries", "Share this", "Bus fares to rise", "Finally! I have been waiting",
				"Leave a Reply", "Recent Posts", "High school football", "Advertise with", "Proudly powered", "_paq"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.page, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", tc.page))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := readHTML(f, tc.page)
			if err != nil {
				t.Fatalf("readHTML(%s) = %v", tc.page, err)
			}
			lines := strings.Split(a.Text, "\n")
			if len(lines) < 2 || lines[1] != tc.byline {
				t.Errorf("readHTML(%s): second line %q, want the byline %q", tc.page, lines[min(1, len(lines)-1)], tc.byline)
			}
			for _, k := range tc.keep {
				if !strings.Contains(a.Text, k) {
					t.Errorf("readHTML(%s): text lacks %q:\n%s", tc.page, k, a.Text)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(a.Text, d) {
					t.Errorf("readHTML(%s): text holds page furniture %q:\n%s", tc.page, d, a.Text)
				}
			}
		})
	}
}

func TestJSONLD(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   jsonLD
	}{
		{"news article", []string{`{"@type":"NewsArticle","headline":"H","datePublished":"2025-01-02","author":{"@type":"Person","name":"A B"},"url":"https://x.example/a"}`},
			jsonLD{headline: "H", published: "2025-01-02", author: "A B", url: "https://x.example/a"}},
		{"graph with a type list", []string{`{"@graph":[{"@type":"WebPage","name":"W"},{"@type":["Article","NewsArticle"],"headline":"G","author":[{"name":"X"},{"name":"Y"},"Z"],"mainEntityOfPage":{"@id":"https://x.example/g"}}]}`},
			jsonLD{headline: "G", author: "X, Y and Z", url: "https://x.example/g"}},
		{"broken block passed over", []string{`{"@type":"NewsArticle",`, `[{"@type":"BlogPosting","name":"N"}]`},
			jsonLD{headline: "N"}},
		{"no article", []string{`{"@type":"Organization","name":"O"}`}, jsonLD{}},
	}
	for _, tc := range tests {
		if got := jsonLDOf(tc.blocks); got != tc.want {
			t.Errorf("jsonLDOf(%s) = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}
