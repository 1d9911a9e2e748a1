package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/schema"
)

// DeleteOptions are the inputs of `newsgraph delete`.
type DeleteOptions struct {
	Factory  *Factory
	Articles []string // IDs (file names) or article IRIs.
}

// NewDeleteCmd returns `newsgraph delete`.
func NewDeleteCmd(f *Factory, runF func(*DeleteOptions) error) *cobra.Command {
	opts := &DeleteOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "delete ARTICLE...",
		Short: "Remove articles and what only they said from the store",
		Long: `Delete removes each article's own quads and its assertions; a fact goes
with the last article that asserted it, names with the last fact that used
them. ARTICLE is the ID the article was loaded under (its file name, as
'export' and the answers' "articles" show it) or its IRI (ng:article/…).
An article that is not in the store is an error; the others are deleted.`,
		Example: "  newsgraph delete 00-seed-mexico-us-cartels.txt\n  newsgraph delete ng:article/00-seed-mexico-us-cartels-txt",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Articles = args
			if runF != nil {
				return runF(opts)
			}
			return deleteRun(cmd.Context(), opts)
		},
	}
	return cmd
}

// articleLabel names the article an argument means: an IRI as given, else
// the IRI minted from the ID.
func articleLabel(arg string) quad.IRI {
	s := strings.TrimSuffix(strings.TrimPrefix(arg, "<"), ">")
	if strings.HasPrefix(s, schema.Prefix+"article/") || strings.HasPrefix(s, schema.Namespace+"article/") {
		return quad.IRI(s).Short()
	}
	return schema.ArticleIRI(arg)
}

func deleteRun(ctx context.Context, opts *DeleteOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	f := opts.Factory
	store, release, err := f.OpenStore()
	if err != nil {
		return err
	}
	defer release()
	failed := 0
	for _, a := range opts.Articles {
		label := articleLabel(a)
		n, err := store.DeleteArticle(ctx, label)
		switch {
		case err != nil:
			fmt.Fprintf(f.IO.ErrOut, "error: delete %s: %v\n", a, err)
			failed++
		case n == 0:
			fmt.Fprintf(f.IO.ErrOut, "error: delete %s: no article %s in the store\n", a, string(label))
			failed++
		default:
			fmt.Fprintf(f.IO.Out, "deleted %s (%d quads)\n", string(label), n)
		}
	}
	if failed > 0 {
		return ErrSilent
	}
	return nil
}
