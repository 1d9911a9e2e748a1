package cli

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Version is the newsgraph version, set at build time with
// -ldflags "-X github.com/newsgraph/newsgraph/cmd/cli.Version=…"; when it
// is not set, the version shows the commit the binary was built from.
var Version = "dev"

// version returns Version, with the VCS revision of a "dev" build.
func version() string {
	if Version != "dev" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return Version
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+modified"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" {
		return Version
	}
	return Version + " (" + rev + modified + ")"
}

// ErrSilent is returned by a command that has already reported its failure
// (for example load, after naming each bad input): Main exits 1 and prints
// nothing more.
var ErrSilent = errors.New("silent error")

// FlagError is a usage mistake; Main prints the usage hint with it.
type FlagError struct{ Err error }

func (e *FlagError) Error() string { return e.Err.Error() }
func (e *FlagError) Unwrap() error { return e.Err }

func flagErrorf(format string, args ...any) error {
	return &FlagError{Err: fmt.Errorf(format, args...)}
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// NewRootCmd builds the whole command tree around f.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph <command>",
		Short: "Turn news articles into a knowledge graph you can question",
		Long: `newsgraph reads news articles, extracts who said what, who holds which
office, which governments, agencies and cartels act on each other and which
agreements bind whom, stores it in a Cayley graph and answers path questions
from the command line, over HTTP and in the Cayley web UI.`,
		Example: `  newsgraph serve --load data/articles     # load the bundled articles, UI on http://127.0.0.1:64210
  newsgraph load data/articles
  newsgraph query 'g.V("<ng:person/claudia-sheinbaum>").In("<ng:saidBy>").Out("<ng:text>").All()'`,
		Version:       version(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetIn(f.IO.In)
	root.PersistentFlags().StringVar(&f.DB, "db", f.DB,
		`store: a bolt file path, "memory", or a postgres:// URL (env NEWSGRAPH_DB)`)

	root.AddCommand(
		NewLoadCmd(f, nil),
		NewDeleteCmd(f, nil),
		NewExtractCmd(f, nil),
		NewEvalCmd(f, nil),
		NewCorpusCmd(f, nil),
		NewQueryCmd(f, nil),
		NewStatsCmd(f, nil),
		NewPathCmd(f, nil),
		NewEntityCmd(f, nil),
		NewStatementsCmd(f, nil),
		NewAgreementsCmd(f, nil),
		NewTimelineCmd(f, nil),
		NewSearchCmd(f, nil),
		NewExportCmd(f, nil),
		NewRenderCmd(f, nil),
		NewRecipesCmd(f, nil),
		NewCompletionCmd(f, nil),
		NewServeCmd(f, nil),
	)
	return root
}

// Main runs the command line args against f and returns the exit code.
func Main(args []string, f *Factory) int {
	root := NewRootCmd(f)
	root.SetArgs(args)
	err := root.Execute()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, ErrSilent):
		return exitError
	}
	fmt.Fprintf(f.IO.ErrOut, "newsgraph: %v\n", err)
	var fe *FlagError
	if errors.As(err, &fe) || isCobraUsageError(err) {
		fmt.Fprintln(f.IO.ErrOut, "Run 'newsgraph --help' for usage.")
		return exitUsage
	}
	return exitError
}

// isCobraUsageError recognises cobra's own argument and flag errors.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "flag needs an argument", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
