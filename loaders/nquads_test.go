package loaders

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quadRecord is one item ReadRecords yields, flattened for comparison.
type quadRecord struct {
	Label string
	Quads []string // N-Quads lines.
	Error string
}

func readQuadRecords(t *testing.T, r Reader, paths ...string) []quadRecord {
	t.Helper()
	var out []quadRecord
	for rec, err := range r.ReadRecords(paths) {
		if err != nil {
			out = append(out, quadRecord{Error: filepath.ToSlash(err.Error())})
			continue
		}
		if rec.Quads == nil {
			out = append(out, quadRecord{Label: "article " + rec.Article.ID})
			continue
		}
		qr := quadRecord{Label: string(rec.Quads.Label)}
		for _, q := range rec.Quads.Quads {
			qr.Quads = append(qr.Quads, q.NQuad())
		}
		out = append(out, qr)
	}
	return out
}

func TestReadNQuads(t *testing.T) {
	tests := []struct {
		name   string // file name, in a temporary directory
		in     string
		format Format // Reader.Format
		want   []quadRecord
	}{
		{
			name: "graph.nq",
			in: "# made elsewhere\n" +
				"<ex:a> <ex:knows> <ex:b> <ng:article/x> .\n" +
				"<ex:a> <ex:name> \"A\" .\n" +
				"\n" +
				"<ex:b> <ex:knows> <ex:c> <ng:article/y> .\n" +
				"<ex:b> <ex:name> \"B\"@en <ng:article/x> .\n",
			want: []quadRecord{
				{Label: "ng:article/x", Quads: []string{
					`<ex:a> <ex:knows> <ex:b> <ng:article/x> .`,
					`<ex:b> <ex:name> "B"@en <ng:article/x> .`}},
				{Label: "ng:article/y", Quads: []string{`<ex:b> <ex:knows> <ex:c> <ng:article/y> .`}},
				{Label: "ng:article/graph-nq", Quads: []string{`<ex:a> <ex:name> "A" <ng:article/graph-nq> .`}},
			},
		},
		{
			name: "bad.nquads",
			in: "<ex:a> <ex:p> <ex:b> .\n" +
				"<ex:a> <ex:p> .\n" +
				"<ex:a> <ex:p> <ex:c> _:g .\n" +
				"<ex:a> <ex:q> <ex:d> .", // no final newline
			want: []quadRecord{
				{Error: "DIR/bad.nquads:2: n-quads: "},
				{Error: "DIR/bad.nquads:3: label is not an IRI: _:g"},
				{Label: "ng:article/bad-nquads", Quads: []string{
					`<ex:a> <ex:p> <ex:b> <ng:article/bad-nquads> .`,
					`<ex:a> <ex:q> <ex:d> <ng:article/bad-nquads> .`}},
			},
		},
		{
			name:   "graph.txt",
			in:     "<ex:a> <ex:p> <ex:b> <ng:article/z> .\n",
			format: FormatNQuads,
			want:   []quadRecord{{Label: "ng:article/z", Quads: []string{`<ex:a> <ex:p> <ex:b> <ng:article/z> .`}}},
		},
		{
			name: "empty.nq",
			in:   "# nothing\n\n",
			want: []quadRecord{{Error: "DIR/empty.nq: empty article"}},
		},
		{
			name:   "story.nq",
			in:     "Title\nBody of the story.\n",
			format: FormatText,
			want:   []quadRecord{{Label: "article story.nq"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, tc.name)
			if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
				t.Fatal(err)
			}
			got := readQuadRecords(t, Reader{Format: tc.format}, path)
			for i := range got {
				got[i].Error = strings.ReplaceAll(got[i].Error, filepath.ToSlash(dir), "DIR")
				// the parser's own words may change; keep what is ours
				if strings.Contains(got[i].Error, "n-quads: ") {
					got[i].Error = got[i].Error[:strings.Index(got[i].Error, "n-quads: ")+len("n-quads: ")]
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadRecords(%s) (-want +got):\n%s", tc.name, diff)
			}
		})
	}
}

func TestReadAllRefusesNQuads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.nq")
	if err := os.WriteFile(path, []byte("<ex:a> <ex:p> <ex:b> <ng:article/z> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, err := range ReadAll([]string{path}) {
		if err == nil || !strings.Contains(err.Error(), ErrNQuadsNotArticles.Error()) {
			t.Errorf("ReadAll(%s) = %v, want an error wrapping ErrNQuadsNotArticles", path, err)
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in      string
		want    Format
		wantErr bool
	}{
		{"text", FormatText, false},
		{"JSONL", FormatJSONL, false},
		{"html", FormatHTML, false},
		{"feed", FormatRSS, false},
		{"nquads", FormatNQuads, false},
		{"pdf", "", true},
	}
	for _, tc := range tests {
		got, err := ParseFormat(tc.in)
		if got != tc.want || (err != nil) != tc.wantErr {
			t.Errorf("ParseFormat(%q) = %q, %v, want %q, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}
