// Package loaders reads news articles from files, directories and streams
// into schema.Article values. Extraction of entities, roles and statements
// from an article's text lives in the sub-package extract; loaders never
// touch the store.
//
// Read and ReadAll yield every article under their paths, with one error
// per record that could not be read, so a bad record never stops the rest:
//
//	for a, err := range loaders.ReadAll([]string{"data/articles", "feed.rss", "-"}) {
//		if err != nil {
//			// a *ParseError naming the file and line or record
//			continue
//		}
//		...
//	}
//
// The formats are plain text (first line the title), HTML pages as saved
// from news sites (main text found by go-readability, without navigation,
// cookie banners, related lists or comments; title, byline, date and URL
// from OpenGraph and meta tags, JSON-LD, <h1> or <title>), N-Quads (a
// graph made elsewhere, read as Records by ReadRecords), JSON
// Lines ({"id","url","title","published","text"} per line), RSS 0.9x, 1.0
// and 2.0, Atom and JSON Feed feeds (read by gofeed; one article per item,
// its HTML read by go-readability as a page's is), and "-" for standard
// input, whose format is detected from its first bytes; any of them may be
// gzipped ("x.jsonl.gz"). Directories are walked in name order for the
// extensions Known accepts; with Reader.ReportSkipped every other file is
// yielded as a *SkipError with the reason. Sizes are bounded: an article
// over Reader.MaxArticleBytes (2 MB by default) or a .gz file that
// decompresses to more than MaxDecompressedBytes is a *ParseError wrapping
// ErrTooLarge, found without reading it whole, and the next record is
// read; a path whose extension is never an article (".pdf", ".md") is
// refused with ErrNotArticle.
package loaders
