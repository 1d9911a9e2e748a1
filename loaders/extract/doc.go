// Package extract reads an article's text into a schema.Extraction: the
// entities it names (people, governments, agencies, cartels, organisations,
// agreements) with their aliases, the roles people hold, the direct
// quotations and who said them, the agreements and their parties, and the
// relations between actors that the text states plainly.
//
// Extraction is rule-based: a hand-written tokeniser and sentence splitter,
// a gazetteer of general knowledge (sovereign states with their demonyms and
// metonyms, government agencies, criminal groups, international bodies,
// newspapers, agreements, given names), and patterns for titles,
// appositions, attributions and agreements. It is a pure function of the
// text and the gazetteer, fast (several MB/s per core), and never panics.
//
//	ex, err := extract.New()
//	if err != nil { ... }
//	x := ex.Extract(article)
package extract
