package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/export"
)

// ErrNoGraphviz is returned by render when Graphviz's dot is not installed.
var ErrNoGraphviz = errors.New("render needs Graphviz's dot program on PATH (Debian: apt-get install graphviz); 'newsgraph export --format dot' writes the DOT source without it")

// RenderOptions are the inputs of `newsgraph render`.
type RenderOptions struct {
	Factory *Factory
	Name    string
	Out     string // .svg, .png or .pdf
	Hops    int
	Dot     string // The dot program; "" looks up "dot" on PATH.
}

// renderFormats maps output extensions to dot's -T formats.
var renderFormats = map[string]string{".svg": "svg", ".png": "png", ".pdf": "pdf"}

// NewRenderCmd returns `newsgraph render`.
func NewRenderCmd(f *Factory, runF func(*RenderOptions) error) *cobra.Command {
	opts := &RenderOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "render NAME --out FILE.svg|png|pdf",
		Short: "Draw an entity's neighbourhood with Graphviz",
		Long: `Render draws the nodes within --hops links of an entity (roles and
statements count as nodes, so a person's organisations are 2 hops away) with
Graphviz's dot, into an SVG, PNG or PDF chosen by --out's extension. Edges are
labelled with their predicate; hovering one in the SVG shows the articles it
was read in. Needs the dot program (Debian package graphviz).`,
		Example: `  newsgraph render Sheinbaum --out sheinbaum.svg
  newsgraph render "United States" --hops 3 --out us.png`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeEntities(f, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if opts.Out == "" {
				return flagErrorf("--out is required")
			}
			if _, ok := renderFormats[strings.ToLower(filepath.Ext(opts.Out))]; !ok {
				return flagErrorf("--out must end in .svg, .png or .pdf, not %q", filepath.Ext(opts.Out))
			}
			if runF != nil {
				return runF(opts)
			}
			return renderRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write the drawing to `FILE` (.svg, .png or .pdf)")
	cmd.Flags().IntVar(&opts.Hops, "hops", 2, "how many links out from the entity to draw")
	cmd.Flags().StringVar(&opts.Dot, "dot", "", "path of Graphviz's dot `PROGRAM` (default: dot on PATH)")
	return cmd
}

func renderRun(ctx context.Context, opts *RenderOptions) error {
	ctx = orBackground(ctx)
	dot := opts.Dot
	if dot == "" {
		dot = "dot"
	}
	dotPath, err := exec.LookPath(dot)
	if err != nil {
		return ErrNoGraphviz
	}
	a, release, err := openAsker(opts.Factory)
	if err != nil {
		return err
	}
	defer release()
	center, quads, err := a.Neighbourhood(ctx, opts.Name, opts.Hops)
	if err != nil {
		return err
	}
	var src bytes.Buffer
	title := fmt.Sprintf("%s: %d hops", center.Name, opts.Hops)
	if err := export.WriteDOT(&src, quads, export.DOTOptions{Title: title, Highlight: center.IRI}); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	format := renderFormats[strings.ToLower(filepath.Ext(opts.Out))]
	cmd := exec.CommandContext(ctx, dotPath, "-T"+format, "-o", opts.Out)
	cmd.Stdin = &src
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("render: %s: %w: %s", dotPath, err, strings.TrimSpace(stderr.String()))
	}
	fmt.Fprintf(opts.Factory.IO.ErrOut, "drew %s's neighbourhood (%d quads) to %s\n", center.Name, len(quads), opts.Out)
	return nil
}
