// Package eval scores extractions against hand-written gold annotations
// with the matching rules of the extraction format
// (../shared/extraction-format.md):
//
//   - names compare after schema.Fold (case, diacritics, white space);
//   - an entity matches a gold entity of the same type when its name or an
//     alias equals the gold name or a gold alias;
//   - a statement matches when its speaker matches (as an entity would)
//     and the quotes' word sets have a Jaccard index of at least 0.8; a
//     quotation split by its attribution may be one statement or two;
//   - a role matches on person and organisation, the title is not scored;
//   - an agreement matches on name; its parties are scored as a set.
//
// Precision is the share of extracted items that match, recall the share
// of gold items matched; both are micro-averaged over articles by ScoreDir.
package eval
