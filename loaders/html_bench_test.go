package loaders

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadHTML reads the saved news pages under testdata.
func BenchmarkReadHTML(b *testing.B) {
	for _, name := range []string{"newssite.html", "wordpress.html"} {
		page, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := readHTML(bytes.NewReader(page), name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
