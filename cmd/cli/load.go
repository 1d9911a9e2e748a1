package cli

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// LoadOptions are the inputs of `newsgraph load`.
type LoadOptions struct {
	Factory *Factory
	Paths   []string // Files and directories to load.
}

// NewLoadCmd returns `newsgraph load`. runF replaces the run function in tests.
func NewLoadCmd(f *Factory, runF func(*LoadOptions) error) *cobra.Command {
	opts := &LoadOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract articles and write them into the store",
		Long: `Load reads articles from files and directories (plain text, first line the
title), extracts entities, roles, statements, agreements and relations, and
writes each article into the store in one transaction, replacing what it wrote
before: loading the same article twice changes nothing.

A bad input is named with its reason, the rest still loads, and the exit
status is 1.`,
		Example: `  newsgraph load data/articles
  newsgraph --db /tmp/g.db load story.txt other.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return loadRun(cmd.Context(), opts)
		},
	}
	return cmd
}

// LoadSummary is what one load did.
type LoadSummary struct {
	Articles int // Articles written.
	Quads    int // Quads those articles now have.
	Added    int // Quads added.
	Removed  int // Quads removed.
	Errors   int // Inputs that failed.
}

func loadRun(ctx context.Context, opts *LoadOptions) error {
	f := opts.Factory
	if ctx == nil {
		ctx = context.Background()
	}
	store, release, err := f.OpenStore()
	if err != nil {
		return err
	}
	defer release()
	ex, err := f.NewExtractor()
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	sum := LoadArticles(ctx, store, ex, opts.Paths, f.IO)
	fmt.Fprintf(f.IO.Out, "loaded %d articles, %d quads (+%d -%d), %d errors\n",
		sum.Articles, sum.Quads, sum.Added, sum.Removed, sum.Errors)
	if sum.Errors > 0 {
		return ErrSilent
	}
	return nil
}

// LoadArticles extracts and writes every article under paths, reporting
// each failure on io.ErrOut and going on with the rest.
func LoadArticles(ctx context.Context, store *graph.Store, ex Extractor, paths []string, io *IOStreams) LoadSummary {
	var sum LoadSummary
	files, errs := articleFiles(paths)
	for _, err := range errs {
		fmt.Fprintf(io.ErrOut, "error: %v\n", err)
		sum.Errors++
	}
	for _, path := range files {
		a, err := loaders.ReadFile(path)
		if err != nil {
			fmt.Fprintf(io.ErrOut, "error: %v\n", err)
			sum.Errors++
			continue
		}
		x := ex.Extract(a)
		ch, err := store.ReplaceArticle(ctx, schema.ArticleIRI(a.ID), schema.Quads(a, x))
		if err != nil {
			fmt.Fprintf(io.ErrOut, "error: %s: %v\n", path, err)
			sum.Errors++
			continue
		}
		sum.Articles++
		sum.Quads += ch.Total
		sum.Added += ch.Added
		sum.Removed += ch.Removed
	}
	return sum
}

// articleFiles expands paths into article files: directories are walked for
// *.txt files, in name order.
func articleFiles(paths []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".txt") {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("walk %s: %w", p, err))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}
