// Package corpus generates a deterministic corpus of synthetic news
// articles, with their gold annotations, for benchmarks and tests at
// newsroom scale (10,000 to 100,000 articles and more).
//
// The articles are wire-style reports on the beat newsgraph was built for,
// security between the United States and Latin America: seizures,
// captures, extraditions, sanctions, attacks, trials, hearings, summits and
// agreements. Their cast is drawn from the bundled gazetteer (countries,
// agencies, cartels, organisations, agreements, office holders of
// people.tsv), from invented holders of the offices people.tsv does not
// list (ministers, directors, spokespeople, analysts, cartel leaders, who
// change every few years of corpus time), and from a long tail of invented
// suspects, lawyers, residents and senators, so the number of distinct
// entities keeps growing with the corpus. Countries, groups and think tanks
// are drawn with Zipf-like popularity: the United States and Mexico appear
// in a large share of the articles. Events, figures and every quotation are
// invented, including quotations attributed to real office holders.
//
// Each article comes with a Gold annotation in the extraction format
// (extraction-format.md), recorded while the text was written: every
// entity with the surface forms it took, the roles stated, each quotation
// and its speaker, agreements with their parties, relations with the day
// they happened. Gold JSON is read by eval.ReadGold and scored by
// eval.Score like hand-written gold.
//
// The same Config gives the same corpus, byte for byte: every article is
// drawn from its own PCG stream seeded by the seed and its index, never
// from global state or map order, so article i does not depend on how many
// articles are generated and can be made on its own.
//
//	g, err := corpus.New(corpus.Config{Seed: 1, Articles: 10000})
//	if err != nil { ... }
//	for a, gold := range g.All() {
//		// a is a schema.Article, gold its annotation
//	}
//
// `newsgraph corpus` writes the articles as JSON Lines, the shape
// `newsgraph load` reads, and optionally one gold file per article.
package corpus
