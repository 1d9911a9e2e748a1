package ask

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
)

//go:embed recipes/*.js
var recipeFS embed.FS

// Recipe is a saved Gizmo query whose results tag "source" and "target", so
// the Cayley UI's Visualize tab draws them. Its text has {{arg}} placeholders
// that Fill replaces.
type Recipe struct {
	Name        string      `json:"name"`    // File name without .js.
	Summary     string      `json:"summary"` // First sentence of the header comment.
	Description string      `json:"description"`
	Args        []RecipeArg `json:"args"`
	Text        string      `json:"text"` // The query, placeholders and all.
}

// RecipeArg is one placeholder of a recipe.
type RecipeArg struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`    // "entity" (an IRI in angle brackets) or "int".
	Default string `json:"default"` // Used when Fill is given no value.
	Help    string `json:"help"`
}

// Recipes returns the bundled recipes in name order.
func Recipes() ([]Recipe, error) {
	names, err := fs.Glob(recipeFS, "recipes/*.js")
	if err != nil {
		return nil, fmt.Errorf("list recipes: %w", err)
	}
	sort.Strings(names)
	var out []Recipe
	for _, n := range names {
		b, err := recipeFS.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read recipe %s: %w", n, err)
		}
		r, err := parseRecipe(strings.TrimSuffix(path.Base(n), ".js"), string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// FindRecipe returns the recipe called name.
func FindRecipe(name string) (Recipe, error) {
	rs, err := Recipes()
	if err != nil {
		return Recipe{}, err
	}
	var names []string
	for _, r := range rs {
		if r.Name == name {
			return r, nil
		}
		names = append(names, r.Name)
	}
	return Recipe{}, invalidf("no recipe %q (have %s)", name, strings.Join(names, ", "))
}

// parseRecipe reads the header comment: description lines, then
// "@arg NAME KIND DEFAULT help" lines.
func parseRecipe(name, text string) (Recipe, error) {
	r := Recipe{Name: name, Text: text}
	var desc []string
	for _, line := range strings.Split(text, "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		if rest, ok := strings.CutPrefix(line, "@arg "); ok {
			f := strings.SplitN(rest, " ", 4)
			if len(f) < 3 || (f[1] != "entity" && f[1] != "int") {
				return Recipe{}, fmt.Errorf("recipe %s: bad @arg line %q", name, line)
			}
			a := RecipeArg{Name: f[0], Kind: f[1], Default: f[2]}
			if len(f) == 4 {
				a.Help = f[3]
			}
			r.Args = append(r.Args, a)
			continue
		}
		desc = append(desc, line)
	}
	r.Description = strings.Join(desc, " ")
	r.Summary = r.Description
	if i := strings.Index(r.Summary, ": "); i > 0 {
		r.Summary = r.Summary[:i]
	} else if i := strings.Index(r.Summary, ". "); i > 0 {
		r.Summary = r.Summary[:i]
	}
	r.Summary = strings.TrimSuffix(r.Summary, ".")
	for _, a := range r.Args {
		if !strings.Contains(text, "{{"+a.Name+"}}") {
			return Recipe{}, fmt.Errorf("recipe %s: @arg %s is not used", name, a.Name)
		}
	}
	return r, nil
}

var (
	entityArg = regexp.MustCompile(`^<[^<>"\\\s]+>$`)
	intArg    = regexp.MustCompile(`^[0-9]{1,3}$`)
)

// Fill returns the recipe's query with each placeholder replaced by its
// value in values, or its default. Entity values must be IRIs in angle
// brackets (the CLI resolves names first); unknown names are an error.
func (r Recipe) Fill(values map[string]string) (string, error) {
	known := map[string]bool{}
	text := r.Text
	for _, a := range r.Args {
		known[a.Name] = true
		v, ok := values[a.Name]
		if !ok || v == "" {
			v = a.Default
		}
		switch a.Kind {
		case "entity":
			if !entityArg.MatchString(v) {
				return "", invalidf("recipe %s: %s must be an IRI in angle brackets, not %q", r.Name, a.Name, v)
			}
		case "int":
			if !intArg.MatchString(v) {
				return "", invalidf("recipe %s: %s must be a number, not %q", r.Name, a.Name, v)
			}
		}
		text = strings.ReplaceAll(text, "{{"+a.Name+"}}", v)
	}
	for k := range values {
		if !known[k] {
			return "", invalidf("recipe %s has no argument %q", r.Name, k)
		}
	}
	return text, nil
}
