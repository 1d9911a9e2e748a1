package loaders

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/schema"
)

// readHTML reads one article from an HTML page: the title from og:title,
// else the first <h1>, else <title>; the body from the paragraphs of the
// <article> element (else of the whole page, else its text); the URL from
// og:url or the canonical link; the publication time from the usual meta
// tags or the article's <time datetime>.
func readHTML(r io.Reader, source string) (schema.Article, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return schema.Article{}, &ParseError{Source: source, Err: fmt.Errorf("parse HTML: %w", err)}
	}
	p := pageOf(doc)
	title := clean(first(p.meta["og:title"], p.meta["twitter:title"], p.h1, p.title))
	body := p.body()
	if strings.TrimSpace(body) == "" {
		return schema.Article{}, &ParseError{Source: source, Err: ErrEmpty}
	}
	a := schema.Article{
		Title:  title,
		URL:    clean(first(p.meta["og:url"], p.canonical)),
		Source: source,
		Text:   withTitle(title, body),
	}
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	published := first(p.meta["article:published_time"], p.meta["datepublished"], p.meta["date"],
		p.meta["pubdate"], p.meta["dc.date"], p.meta["dcterms.created"], p.timeAttr)
	if a.Published, err = parseTime(published); err != nil {
		return schema.Article{}, &ParseError{Source: source, Err: fmt.Errorf("published time: %w", err)}
	}
	a.ID = articleID(source, a.Text)
	return a, nil
}

// page is what readHTML collects in one walk of the document.
type page struct {
	title, h1, canonical, timeAttr string
	meta                           map[string]string // property/name/itemprop (lower case) → content
	article                        *html.Node        // First <article>, if any.
	root                           *html.Node
}

func pageOf(doc *html.Node) *page {
	p := &page{meta: map[string]string{}, root: doc}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if p.title == "" {
					p.title = textOf(n)
				}
			case atom.H1:
				if p.h1 == "" {
					p.h1 = textOf(n)
				}
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if content := attr(n, "content"); key != "" && content != "" {
					if _, seen := p.meta[key]; !seen {
						p.meta[key] = content
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
					p.canonical = attr(n, "href")
				}
			case atom.Time:
				if p.timeAttr == "" {
					p.timeAttr = attr(n, "datetime")
				}
			case atom.Article:
				if p.article == nil {
					p.article = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return p
}

// body returns the article's text, one paragraph a line.
func (p *page) body() string {
	scope := p.article
	if scope == nil {
		scope = p.root
	}
	if paras := paragraphs(scope); len(paras) > 0 {
		return strings.Join(paras, "\n")
	}
	return blockText(scope)
}

// skipped elements never hold article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true,
	atom.Head: true, atom.Iframe: true, atom.Figcaption: true,
}

// paragraphs returns the text of each <p> under n (and of <blockquote>
// and <li> outside paragraphs), skipping navigation and scripts.
func paragraphs(n *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.P {
				if t := textOf(n); t != "" {
					out = append(out, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// blockText returns the text under n with a line break after each block
// element, for pages without paragraphs.
func blockText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlock(n.DataAtom) {
			b.WriteByte('\n')
		}
	}
	walk(n)
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = clean(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Section, atom.Article, atom.Tr, atom.Pre, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// textOf returns the text under n on one line, white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return clean(b.String())
}

// htmlText returns the text of an HTML fragment (a feed item's content),
// one paragraph a line.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return blockLines(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return blockLines(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		root.AppendChild(n)
	}
	return blockText(root)
}

// blockLines cleans each line of plain text and drops empty ones.
func blockLines(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = clean(l); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// clean collapses white space (non-breaking spaces included) and replaces
// invalid UTF-8.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.Join(strings.Fields(s), " ")
}

func first(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
