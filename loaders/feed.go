package loaders

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/newsgraph/newsgraph/schema"
)

// ErrNoFeed is wrapped by the error for an XML document that is neither an
// RSS nor an Atom feed.
var ErrNoFeed = errors.New("not an RSS or Atom feed")

// rssItem is an RSS 2.0 (or RSS 1.0) <item>.
type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

// atomEntry is an Atom <entry>.
type atomEntry struct {
	Title     atomText   `xml:"title"`
	ID        string     `xml:"id"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Content   atomText   `xml:"content"`
	Summary   atomText   `xml:"summary"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
}

// atomText is an Atom text construct: type "text", "html" or "xhtml".
type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

// plain returns the construct's text with markup removed.
func (t atomText) plain() string {
	switch strings.ToLower(t.Type) {
	case "xhtml":
		return htmlText(t.Inner)
	case "html", "text/html":
		return htmlText(t.Text)
	}
	return blockLines(t.Text)
}

// readFeed yields one article per RSS <item> or Atom <entry>, with the
// item's HTML stripped. An item without text is a *ParseError naming its
// line, and the next item is read; malformed XML ends the feed with a
// *ParseError at the line where it was found. An item whose text is over
// max bytes is tooLarge(line); one whose XML is over 4×max bytes (or as
// much XML between items) is too, and ends the feed unread.
func readFeed(br *bufio.Reader, source string, max int64, tooLarge func(line int) error, yield func(schema.Article, error) bool) {
	budget := 4*max + 64<<10 // the decoder reads ahead of what it has parsed
	in := &budgetReader{r: br, limit: budget}
	dec := xml.NewDecoder(in)
	dec.CharsetReader = charset.NewReaderLabel
	dec.Entity = xml.HTMLEntity
	root, n := false, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if !root {
				yield(schema.Article{}, &ParseError{Source: source, Err: ErrNoFeed})
			}
			return
		}
		if err != nil {
			line, _ := dec.InputPos()
			if in.over {
				yield(schema.Article{}, tooLarge(line))
				return
			}
			yield(schema.Article{}, &ParseError{Source: source, Line: line, Err: fmt.Errorf("bad XML: %w", err)})
			return
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "rss", "feed", "RDF":
			root = true
		case "item", "entry":
			if !root {
				continue
			}
			n++
			line, _ := dec.InputPos()
			in.limit = in.read + budget
			var a schema.Article
			var published string
			if se.Name.Local == "item" {
				var it rssItem
				err = dec.DecodeElement(&it, &se)
				a, published = it.article()
			} else {
				var e atomEntry
				err = dec.DecodeElement(&e, &se)
				a, published = e.article()
			}
			in.limit = in.read + budget
			if err != nil && in.over {
				yield(schema.Article{}, tooLarge(line))
				return
			}
			if err != nil {
				bad, _ := dec.InputPos()
				yield(schema.Article{}, &ParseError{Source: source, Line: bad, Err: fmt.Errorf("bad XML in item %d: %w", n, err)})
				return
			}
			a, err = feedArticle(a, published, source, n)
			if err != nil {
				err = &ParseError{Source: source, Line: line, Err: err}
			} else if int64(len(a.Text)) > max {
				a, err = schema.Article{}, tooLarge(line)
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

// article returns the item's article and its publication time as written.
func (it rssItem) article() (schema.Article, string) {
	return schema.Article{
		ID:    first(it.GUID, it.Link),
		URL:   strings.TrimSpace(it.Link),
		Title: clean(htmlText(it.Title)),
		Text:  htmlText(first(it.Content, it.Description)),
	}, first(it.PubDate, it.DCDate)
}

// article returns the entry's article and its publication time as written.
func (e atomEntry) article() (schema.Article, string) {
	link := ""
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			link = l.Href
			break
		}
	}
	body := e.Content.plain()
	if body == "" {
		body = e.Summary.plain()
	}
	return schema.Article{
		ID:    first(e.ID, link),
		URL:   strings.TrimSpace(link),
		Title: clean(e.Title.plain()),
		Text:  body,
	}, first(e.Published, e.Updated)
}

// feedArticle completes an item's article: the publication time, the
// source, the ID and the title line of the text.
func feedArticle(a schema.Article, published, source string, n int) (schema.Article, error) {
	t, err := parseTime(published)
	if err != nil {
		return schema.Article{}, fmt.Errorf("item %d: published: %w", n, err)
	}
	if strings.TrimSpace(a.Text) == "" {
		return schema.Article{}, fmt.Errorf("item %d: %w", n, ErrEmpty)
	}
	a.Published = t
	a.Source = source
	a.ID = strings.TrimSpace(a.ID)
	a.Text = withTitle(a.Title, a.Text)
	if a.ID == "" {
		a.ID = articleID(source, "") + "#" + strconv.Itoa(n)
		if source == Stdin {
			a.ID = articleID(source, a.Text)
		}
	}
	if a.Title == "" {
		a.Title = firstLine(a.Text)
	}
	return a, nil
}

// budgetReader reads r up to the offset limit, then fails and sets over.
type budgetReader struct {
	r     io.Reader
	read  int64
	limit int64
	over  bool
}

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.read >= b.limit {
		b.over = true
		return 0, errCapped
	}
	if int64(len(p)) > b.limit-b.read {
		p = p[:b.limit-b.read]
	}
	k, err := b.r.Read(p)
	b.read += int64(k)
	return k, err
}
