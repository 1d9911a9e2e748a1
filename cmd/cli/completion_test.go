package cli

import (
	"strings"
	"testing"
)

func TestCompletionRun(t *testing.T) {
	store := bundledStore(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"completion", "bash"}, "__start_newsgraph"},
		{[]string{"completion", "zsh"}, "#compdef newsgraph"},
		{[]string{"completion", "fish"}, "complete -c newsgraph"},
		// Entity names complete from the store; recipe names from the bundle.
		{[]string{"__complete", "entity", "Shein"}, "Claudia Sheinbaum\tPerson"},
		{[]string{"__complete", "path", "Rubio", "Mex"}, "Mexico\tGovernment"},
		{[]string{"__complete", "recipes", ""}, "agreement-network"},
		{[]string{"__complete", "export", "--format", ""}, "graphml"},
	} {
		if out := runAsk(t, store, tt.args...); !strings.Contains(out, tt.want) {
			t.Errorf("newsgraph %v output lacks %q:\n%.500s", tt.args, tt.want, out)
		}
	}
}

// TestHelpHasExamples checks that every command documents itself with
// examples.
func TestHelpHasExamples(t *testing.T) {
	f, _, _, _ := NewTestFactory("memory")
	for _, c := range NewRootCmd(f).Commands() {
		if c.Hidden || c.Name() == "help" {
			continue
		}
		if c.Example == "" {
			t.Errorf("newsgraph %s --help has no examples", c.Name())
		}
	}
}
