// Package loaders reads news articles from files, directories and streams
// into schema.Article values. Extraction of entities, roles and statements
// from an article's text lives in the sub-package extract; loaders never
// touch the store.
package loaders
