package cli

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

const graphNQ = `# a graph made elsewhere
<ex:alice> <ex:knows> <ex:bob> <ex:g1> .
<ex:alice> <ex:name> "Alice" .
<ex:bob> <ex:name> "Bob" <ex:g2> .
<ex:bob> <ex:knows> .
<ex:carol> <ex:name> "Carol" <ex:g1> .
`

// assertions lists what the store holds for the labels, as "label: fact":
// the store keeps each fact once and, labelled with each article (label)
// that wrote it, an ng:asserts quad naming the fact (see graph/layout.go).
func assertions(t *testing.T, f *Factory) []string {
	t.Helper()
	var out []string
	err := f.Store.View(func(qs cgraph.QuadStore) error {
		return graph.EachQuad(context.Background(), qs, func(q quad.Quad) error {
			if q.Predicate == quad.Value(schema.PredAsserts) {
				out = append(out, plain(q.Label)+": "+plain(q.Object))
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// plain is v without its N-Quads quoting.
func plain(v quad.Value) string {
	s := v.String()
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
}

func TestLoadNQuads(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		args       [][]string // Loads in order, relative to the temp dir.
		wantOut    []string   // Stdout of each load.
		wantErrOut string     // Substring of the first load's stderr.
		want       []string   // labelledQuads afterwards.
	}{
		{
			name:       "labels kept, unlabelled under the file, bad line named",
			files:      map[string]string{"graph.nq": graphNQ},
			args:       [][]string{{"graph.nq"}},
			wantOut:    []string{"loaded 3 articles, 4 quads (+4 -0), 1 errors\n"},
			wantErrOut: "error: graph.nq:5: n-quads: ",
			want: []string{
				`ex:g1: <ex:alice> <ex:knows> <ex:bob> .`,
				`ex:g1: <ex:carol> <ex:name> "Carol" .`,
				`ex:g2: <ex:bob> <ex:name> "Bob" .`,
				`ng:article/graph-nq: <ex:alice> <ex:name> "Alice" .`,
			},
		},
		{
			name:    "reloading changes nothing",
			files:   map[string]string{"g.nquads": "<ex:a> <ex:p> <ex:b> <ex:g> .\n"},
			args:    [][]string{{"g.nquads"}, {"g.nquads"}},
			wantOut: []string{"loaded 1 articles, 1 quads (+1 -0), 0 errors\n", "loaded 1 articles, 1 quads (+0 -0), 0 errors\n"},
			want:    []string{`ex:g: <ex:a> <ex:p> <ex:b> .`},
		},
		{
			name:    "--format nquads on any name, then delete by file name",
			files:   map[string]string{"dump.txt": "<ex:a> <ex:p> \"x\" .\n"},
			args:    [][]string{{"--format", "nquads", "dump.txt"}, {"delete", "dump.txt"}},
			wantOut: []string{"loaded 1 articles, 1 quads (+1 -0), 0 errors\n", ""},
			want:    nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, output := nameFactory(t)
			t.Chdir(writeFiles(t, tt.files))
			for i, args := range tt.args {
				argv := append([]string{"load"}, args...)
				if args[0] == "delete" {
					argv = args
				}
				Main(argv, f)
				out, errOut := output()
				if i == 0 && !strings.Contains(errOut, tt.wantErrOut) {
					t.Errorf("%v: stderr lacks %q:\n%s", argv, tt.wantErrOut, errOut)
				}
				if args[0] != "delete" && out != tt.wantOut[i] {
					t.Errorf("%v: stdout = %q, want %q", argv, out, tt.wantOut[i])
				}
			}
			if diff := cmp.Diff(tt.want, assertions(t, f)); diff != "" {
				t.Errorf("quads in the store (-want +got):\n%s", diff)
			}
		})
	}
}
