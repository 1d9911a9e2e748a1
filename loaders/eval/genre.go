package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Genres reads the genre of each article of a set from DIR/SOURCES.md: the
// Markdown table whose header has a "file" and a "genre" column. A set
// without one (the project's own written sets) has no genres: an empty map.
// Real published sets list their genres, so Genres also tells real sets
// from written ones.
func Genres(dir string) (map[string]string, error) {
	out := map[string]string{}
	f, err := os.Open(filepath.Join(dir, "SOURCES.md"))
	if os.IsNotExist(err) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("genres: %w", err)
	}
	defer f.Close()
	fileCol, genreCol := -1, -1
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		row := sc.Text()
		if !strings.HasPrefix(strings.TrimSpace(row), "|") {
			fileCol, genreCol = -1, -1 // A table ends.
			continue
		}
		cells := splitRow(row)
		if fileCol < 0 {
			for i, c := range cells {
				switch strings.ToLower(c) {
				case "file":
					fileCol = i
				case "genre":
					genreCol = i
				}
			}
			if genreCol < 0 {
				fileCol = -1
			}
			continue
		}
		if fileCol >= len(cells) || genreCol >= len(cells) || strings.Trim(cells[fileCol], "-: ") == "" {
			continue // The header's rule, or a short row.
		}
		name := strings.Trim(cells[fileCol], "` ")
		if g := strings.TrimSpace(cells[genreCol]); g != "" {
			out[name] = g
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("genres: %s: %w", f.Name(), err)
	}
	return out, nil
}

// splitRow splits a Markdown table row into its trimmed cells; "\|" is a
// pipe inside a cell.
func splitRow(row string) []string {
	const pipe = "\x00"
	row = strings.ReplaceAll(strings.TrimSpace(row), `\|`, pipe)
	row = strings.TrimSuffix(strings.TrimPrefix(row, "|"), "|")
	cells := strings.Split(row, "|")
	for i := range cells {
		cells[i] = strings.ReplaceAll(strings.TrimSpace(cells[i]), pipe, "|")
	}
	return cells
}

// ByGenre splits an aggregate report by the genre of its articles; articles
// with no genre go under "".
func (r Report) ByGenre(genres map[string]string) map[string]Report {
	out := map[string]Report{}
	for _, a := range r.Articles {
		g := genres[a.Article]
		agg := out[g]
		agg.Add(a)
		out[g] = agg
	}
	return out
}

// GenreTable writes one line per genre: its article count and each field's
// F1 ("-" where the genre's gold has none of the field).
func GenreTable(byGenre map[string]Report) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %4s", "genre", "n")
	for _, f := range Fields {
		fmt.Fprintf(&b, " %10s", f)
	}
	b.WriteString("\n")
	var genres []string
	for g := range byGenre {
		genres = append(genres, g)
	}
	sort.Strings(genres)
	for _, g := range genres {
		r := byGenre[g]
		name := g
		if name == "" {
			name = "(none)"
		}
		fmt.Fprintf(&b, "%-16s %4d", name, len(r.Articles))
		for _, f := range Fields {
			c := r.Counts[f]
			if c.Gold == 0 && c.Got == 0 {
				fmt.Fprintf(&b, " %10s", "-")
				continue
			}
			fmt.Fprintf(&b, " %10.3f", c.F1())
		}
		b.WriteString("\n")
	}
	return b.String()
}
