package cli

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph/ask"
)

// RecipesOptions are the inputs of `newsgraph recipes`.
type RecipesOptions struct {
	Factory *Factory
	Name    string   // Recipe to print; "" lists them.
	Args    []string // NAME=VALUE; entity values may be names, resolved against the store.
}

// NewRecipesCmd returns `newsgraph recipes`.
func NewRecipesCmd(f *Factory, runF func(*RecipesOptions) error) *cobra.Command {
	opts := &RecipesOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "recipes [NAME [--arg NAME=VALUE]...]",
		Short: "List saved Gizmo queries for the Cayley UI's Visualize tab",
		Long: `Recipes lists saved Gizmo queries whose results tag "source" and "target",
so the Cayley UI's Visualize tab (newsgraph serve, http://127.0.0.1:64210)
draws them. With a NAME it prints that query with its arguments filled in,
ready to paste into the UI or to run with 'newsgraph query -'.

An entity argument takes an IRI in angle brackets or any name, alias or
surname (resolved against the store).`,
		Example: `  newsgraph recipes
  newsgraph recipes neighbourhood --arg entity=Sheinbaum
  newsgraph recipes path --arg from="Marco Rubio" --arg to=Mexico | newsgraph query -`,
		Args: cobra.MaximumNArgs(1),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
			rs, err := ask.Recipes()
			if err != nil || len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []string
			for _, r := range rs {
				names = append(names, r.Name+"\t"+r.Summary)
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Name = args[0]
			}
			if opts.Name == "" && len(opts.Args) > 0 {
				return flagErrorf("--arg needs a recipe name")
			}
			for _, a := range opts.Args {
				if k, _, ok := strings.Cut(a, "="); !ok || k == "" {
					return flagErrorf("--arg %q is not NAME=VALUE", a)
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return recipesRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Args, "arg", nil, "fill the recipe's argument: `NAME=VALUE` (repeatable)")
	return cmd
}

func recipesRun(ctx context.Context, opts *RecipesOptions) error {
	out := opts.Factory.IO.Out
	if opts.Name == "" {
		rs, err := ask.Recipes()
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "NAME\tARGUMENTS\tDRAWS")
		for _, r := range rs {
			var args []string
			for _, a := range r.Args {
				args = append(args, a.Name+"="+a.Default)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Name, strings.Join(args, " "), r.Summary)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintln(out, "\nnewsgraph recipes NAME [--arg NAME=VALUE]... prints a recipe ready to paste into the Visualize tab.")
		return nil
	}
	r, err := ask.FindRecipe(opts.Name)
	if err != nil {
		return err
	}
	values := map[string]string{}
	var asker *ask.Asker
	for _, kv := range opts.Args {
		k, v, _ := strings.Cut(kv, "=")
		if isEntityArg(r, k) && !strings.HasPrefix(v, "<") {
			if asker == nil {
				a, release, err := openAsker(opts.Factory)
				if err != nil {
					return err
				}
				defer release()
				asker = a
			}
			n, err := asker.Resolve(orBackground(ctx), v)
			if err != nil {
				return fmt.Errorf("--arg %s: %w", k, err)
			}
			v = "<" + n.IRI + ">"
		}
		values[k] = v
	}
	text, err := r.Fill(values)
	if err != nil {
		return err
	}
	_, err = fmt.Fprint(out, text)
	return err
}

func isEntityArg(r ask.Recipe, name string) bool {
	for _, a := range r.Args {
		if a.Name == name {
			return a.Kind == "entity"
		}
	}
	return false
}
