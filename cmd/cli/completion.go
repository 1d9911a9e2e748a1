package cli

import (
	"github.com/spf13/cobra"
)

// CompletionOptions are the inputs of `newsgraph completion`.
type CompletionOptions struct {
	Factory *Factory
	Shell   string // bash, zsh, fish or powershell.
	Root    *cobra.Command
}

// NewCompletionCmd returns `newsgraph completion`: cobra's shell completion
// scripts, which also complete entity names from the store for path,
// entity and render.
func NewCompletionCmd(f *Factory, runF func(*CompletionOptions) error) *cobra.Command {
	opts := &CompletionOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print a shell completion script",
		Long: `Completion prints the script that makes your shell complete newsgraph's
commands, flags, recipe names and (for path, entity and render) the names of
entities in the store.`,
		Example: `  source <(newsgraph completion bash)
  newsgraph completion zsh > "${fpath[1]}/_newsgraph"
  newsgraph completion fish > ~/.config/fish/completions/newsgraph.fish`,
		ValidArgs:             []string{"bash", "zsh", "fish", "powershell"},
		Args:                  cobra.MatchAll(cobra.ExactArgs(1), cobra.OnlyValidArgs),
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Shell, opts.Root = args[0], cmd.Root()
			if runF != nil {
				return runF(opts)
			}
			return completionRun(opts)
		},
	}
	return cmd
}

func completionRun(opts *CompletionOptions) error {
	out := opts.Factory.IO.Out
	switch opts.Shell {
	case "bash":
		return opts.Root.GenBashCompletionV2(out, true)
	case "zsh":
		return opts.Root.GenZshCompletion(out)
	case "fish":
		return opts.Root.GenFishCompletion(out, true)
	}
	return opts.Root.GenPowerShellCompletionWithDesc(out)
}
