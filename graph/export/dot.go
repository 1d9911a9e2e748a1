package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
)

// DOTOptions shape a DOT drawing.
type DOTOptions struct {
	Title     string // Graph label; empty for none.
	Highlight string // IRI of a node to draw bold (the entity a neighbourhood is centred on).
}

// Node styles by type.
var dotStyle = map[string]string{
	"Person":       `shape=ellipse, style=filled, fillcolor="#cfe2ff"`,
	"Government":   `shape=box, style="filled,rounded", fillcolor="#d1e7dd"`,
	"Agency":       `shape=box, style="filled,rounded", fillcolor="#e2f0d9"`,
	"Cartel":       `shape=octagon, style=filled, fillcolor="#f8d7da"`,
	"Organization": `shape=box, style="filled,rounded", fillcolor="#fff3cd"`,
	"Agreement":    `shape=note, style=filled, fillcolor="#e2d9f3"`,
	"Role":         `shape=plain, fontcolor="#555555"`,
	"Statement":    `shape=box, style=dashed, fontsize=10`,
	"Article":      `shape=folder, fontsize=10`,
}

// WriteDOT writes quads as a Graphviz digraph: nodes labelled with their
// name and type, edges with their predicate and (as tooltip) their articles.
func WriteDOT(w io.Writer, quads []quad.Quad, opt DOTOptions) error {
	m := NewModel(quads)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph newsgraph {")
	fmt.Fprintln(bw, "  rankdir=LR;")
	fmt.Fprintln(bw, `  node [fontname="Helvetica"]; edge [fontname="Helvetica", fontsize=9];`)
	if opt.Title != "" {
		fmt.Fprintf(bw, "  label=%s; labelloc=t;\n", dotQuote(opt.Title))
	}
	for _, n := range m.Nodes {
		name := n.Name
		if name == "" {
			name = n.IRI
		}
		if n.Type == "Statement" || len(name) > 60 {
			name = wrap(name, 40)
		}
		label := name
		if n.Type != "" && n.Type != "Role" && n.Type != "Statement" {
			label += "\n(" + n.Type + ")"
		}
		attrs := []string{"label=" + dotQuote(label), "tooltip=" + dotQuote(n.IRI)}
		if s, ok := dotStyle[n.Type]; ok {
			attrs = append(attrs, s)
		}
		if n.IRI == opt.Highlight {
			attrs = append(attrs, "penwidth=3")
		}
		fmt.Fprintf(bw, "  %s [%s];\n", dotQuote(n.IRI), strings.Join(attrs, ", "))
	}
	for _, e := range m.Edges {
		fmt.Fprintf(bw, "  %s -> %s [label=%s, tooltip=%s];\n", dotQuote(e.From), dotQuote(e.To),
			dotQuote(shortPredicate(e.Predicate)), dotQuote(strings.Join(e.Articles, "\n")))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}

// dotQuote returns s as a DOT double-quoted string.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// shortPredicate drops the namespace prefix of a predicate for display.
func shortPredicate(p string) string {
	if i := strings.LastIndexByte(p, ':'); i >= 0 && !strings.Contains(p, "//") {
		return p[i+1:]
	}
	return p
}

// wrap breaks s into lines of about width runes at spaces.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len([]rune(w)) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String()
}
