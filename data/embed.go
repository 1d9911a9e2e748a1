// Package data carries newsgraph's bundled data inside the binary: the
// gazetteer and the cue lexicons the extractor reads (data/gazetteer,
// data/lexicon) and the sample articles (data/articles).
package data

import (
	"embed"
	"io/fs"
)

//go:embed gazetteer/*.tsv
var gazetteer embed.FS

//go:embed lexicon/*.tsv
var lexicon embed.FS

//go:embed articles/*.txt
var articles embed.FS

// Gazetteer holds the gazetteer files (countries.tsv, organizations.tsv,
// agreements.tsv, people.tsv, given-names.tsv, ignore.tsv) at its root.
var Gazetteer fs.FS = mustSub(gazetteer, "gazetteer")

// Lexicon holds the extractor's cue lexicons (relations.tsv,
// irregular-verbs.tsv, words.tsv, agency-kinds.tsv) at its root.
var Lexicon fs.FS = mustSub(lexicon, "lexicon")

// Articles holds the bundled sample articles (*.txt, first line the title)
// at its root.
var Articles fs.FS = mustSub(articles, "articles")

func mustSub(f embed.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		// fs.Sub fails only on an invalid path, which is a constant here.
		return f
	}
	return sub
}
