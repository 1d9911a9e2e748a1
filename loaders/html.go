package loaders

import (
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"strings"

	goreadability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/schema"
)

// readHTML reads one article from an HTML page as saved from a news site.
// The main text is what go-readability finds (navigation, cookie banners,
// related-article lists, comments and scripts left out), one block a line;
// when it finds nothing, the paragraphs of the <article> element (else of
// the whole page, else its text). The title comes from og:title,
// twitter:title, the JSON-LD article's headline, the first <h1>, else
// <title>; the byline from the JSON-LD author, the author meta tag or
// readability, as a "By …" line after the title; the URL from og:url, the
// canonical link or the JSON-LD url; the publication time from
// article:published_time, the JSON-LD datePublished, the usual meta tags or
// the article's <time datetime>.
func readHTML(r io.Reader, source string) (schema.Article, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return schema.Article{}, &ParseError{Source: source, Err: fmt.Errorf("parse HTML: %w", err)}
	}
	p := pageOf(doc)
	ld := jsonLDOf(p.jsonLD)
	fallback := p.body()
	rd, rdErr := readable(doc, first(p.meta["og:url"], p.canonical, ld.url))
	body := fallback
	if rdErr == nil && strings.TrimSpace(rd.body) != "" {
		body = rd.body
	}
	if strings.TrimSpace(body) == "" {
		return schema.Article{}, &ParseError{Source: source, Err: ErrEmpty}
	}
	title := clean(first(p.meta["og:title"], p.meta["twitter:title"], ld.headline, p.h1, p.title))
	byline := clean(first(ld.author, p.meta["author"], p.meta["article:author"], p.meta["byl"], rd.byline))
	body = withByline(byline, body)
	a := schema.Article{
		Title:  title,
		URL:    clean(first(p.meta["og:url"], p.canonical, ld.url)),
		Source: source,
		Text:   withTitle(title, body),
	}
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	published := first(p.meta["article:published_time"], ld.published, p.meta["datepublished"], p.meta["date"],
		p.meta["pubdate"], p.meta["dc.date"], p.meta["dcterms.created"], p.timeAttr)
	if a.Published, err = parseTime(published); err != nil {
		return schema.Article{}, &ParseError{Source: source, Err: fmt.Errorf("published time: %w", err)}
	}
	a.ID = articleID(source, a.Text)
	return a, nil
}

// maxReadableElements bounds the pages go-readability reads (it takes
// about 1 s per 40,000 elements); a larger page's text comes from its
// paragraphs.
const maxReadableElements = 20000

// readability is what go-readability made of a page.
type readability struct {
	body   string // The main text, one block a line.
	byline string
}

// readable runs go-readability on doc (which it changes), with pageURL,
// when it parses, resolving relative links. A panic in the library is an
// error: one odd page must not stop a load.
func readable(doc *html.Node, pageURL string) (out readability, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability: panic: %v", r)
		}
	}()
	var u *url.URL
	if pu, perr := url.Parse(strings.TrimSpace(pageURL)); perr == nil && pu.IsAbs() {
		u = pu
	}
	parser := goreadability.NewParser()
	parser.MaxElemsToParse = maxReadableElements
	parser.Logger = slog.New(slog.DiscardHandler)
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil {
		return out, fmt.Errorf("readability: %w", err)
	}
	if art.Node != nil {
		out.body = blockTextOf(art.Node, true)
	}
	out.byline = art.Byline()
	return out, nil
}

// withByline puts "By NAME" before body unless body already names the
// byline in its first lines.
func withByline(byline, body string) string {
	byline = strings.TrimSpace(byline)
	if byline == "" {
		return body
	}
	head := body
	if len(head) > 400 {
		head = head[:400]
	}
	if strings.Contains(strings.ToLower(head), strings.ToLower(byline)) {
		return body
	}
	if !strings.HasPrefix(strings.ToLower(byline), "by ") {
		byline = "By " + byline
	}
	return byline + "\n" + body
}

// page is what readHTML collects in one walk of the document.
type page struct {
	title, h1, canonical, timeAttr string
	meta                           map[string]string // property/name/itemprop (lower case) → content
	article                        *html.Node        // First <article>, if any.
	jsonLD                         []string          // The <script type="application/ld+json"> blocks.
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
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					p.jsonLD = append(p.jsonLD, n.FirstChild.Data)
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
func blockText(n *html.Node) string { return blockTextOf(n, false) }

// blockTextOf is blockText; with flow, a line break in the source is white
// space, as a browser shows it, outside <pre>.
func blockTextOf(n *html.Node, flow bool) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if flow && !inPre(n) {
				b.WriteString(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(n.Data))
			} else {
				b.WriteString(n.Data)
			}
		case html.ElementNode:
			if skipped[tagOf(n)] {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlock(tagOf(n)) {
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

// inPre reports whether n is inside a <pre>.
func inPre(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && tagOf(p) == atom.Pre {
			return true
		}
	}
	return false
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

// feedHTML returns the main text of a feed item's HTML content, found as
// readHTML finds a page's: go-readability's text (share buttons, related
// lists, newsletter boxes and scripts left out), else the paragraphs, else
// the text, one block a line. pageURL, when absolute, resolves relative
// links. Text without markup is cleaned line by line.
func feedHTML(s, pageURL string) string {
	if !strings.ContainsAny(s, "<&") {
		return blockLines(s)
	}
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head></head><body><article>" + s + "</article></body></html>"))
	if err != nil {
		return htmlText(s)
	}
	fallback := pageOf(doc).body() // before readability changes doc
	if rd, err := readable(doc, pageURL); err == nil && strings.TrimSpace(rd.body) != "" {
		return rd.body
	}
	return fallback
}

// htmlText returns the text of an HTML fragment (a title), one paragraph
// a line.
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

// tagOf is n's element as an atom, also for elements built without one
// (go-readability renames elements by their Data alone).
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}
