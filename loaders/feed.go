package loaders

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	gfatom "github.com/mmcdole/gofeed/atom"
	gfjson "github.com/mmcdole/gofeed/json"

	"github.com/newsgraph/newsgraph/schema"
)

// ErrNoFeed is wrapped by the error for a document that is neither an RSS,
// an Atom nor a JSON Feed.
var ErrNoFeed = errors.New("not an RSS, Atom or JSON feed")

// maxFeedFactor bounds a whole feed, which gofeed holds in memory while
// it is read: at most this many times the article limit.
const maxFeedFactor = 32

// readFeed yields one article per item of an RSS (0.9x, 1.0, 2.0), Atom
// (0.3, 1.0) or JSON Feed (1.0, 1.1) document, parsed by gofeed. An item's
// HTML (content:encoded, Atom html or xhtml content, content_html, else
// the description or summary) is read as a page's is, by go-readability;
// the title, link, ID (guid, else link) and publication time (published,
// else updated) come from the item, the byline from its authors. An item
// without text, or with a time in no known layout, is a *ParseError naming
// the item, and the next item is read; an item whose text is over max
// bytes is too (wrapping ErrTooLarge). A feed over maxFeedFactor×max bytes
// is one error wrapping ErrTooLarge, and nothing of it is read.
func readFeed(br *bufio.Reader, source string, max int64, yield func(schema.Article, error) bool) {
	fail := func(err error) { yield(schema.Article{}, &ParseError{Source: source, Err: err}) }
	limit := maxFeedFactor * max
	in := &capReader{r: br, n: limit}
	kind := gofeed.DetectFeedType(bytes.NewReader(peek(br)))
	p := gofeed.NewParser()
	// Atom and JSON Feed say whether content is HTML or text: gofeed's
	// common items do not.
	p.KeepOriginalFeed = kind == gofeed.FeedTypeAtom || kind == gofeed.FeedTypeJSON
	feed, err := parseFeed(p, in)
	switch {
	case in.over:
		fail(fmt.Errorf("%w: feed over %d bytes (%d × --max-article-bytes)", ErrTooLarge, limit, maxFeedFactor))
		return
	case errors.Is(err, gofeed.ErrFeedTypeNotDetected):
		fail(ErrNoFeed)
		return
	case err != nil:
		fail(fmt.Errorf("bad %s feed: %w", feedKinds[kind], err))
		return
	}
	var atomEntries []*gfatom.Entry
	var jsonItems []*gfjson.Item
	switch orig := feed.OriginalFeed().(type) {
	case *gfatom.Feed:
		atomEntries = orig.Entries
	case *gfjson.Feed:
		jsonItems = orig.Items
	}
	for i, it := range feed.Items {
		n := i + 1
		body := feedHTML(first(it.Content, it.Description), it.Link)
		switch {
		case i < len(atomEntries) && atomEntries[i].Content != nil && atomEntries[i].Content.Value != "" && isTextType(atomEntries[i].Content.Type):
			body = blockLines(atomEntries[i].Content.Value)
		case i < len(jsonItems) && jsonItems[i].ContentHTML == "":
			body = blockLines(first(jsonItems[i].ContentText, jsonItems[i].Summary))
		}
		a, err := feedArticle(it, body, source, n)
		if err != nil {
			err = &ParseError{Source: source, Err: err}
		} else if int64(len(a.Text)) > max {
			a, err = schema.Article{}, &ParseError{Source: source, Err: fmt.Errorf("%s: %w: article over %d bytes (--max-article-bytes)", itemName(it, n), ErrTooLarge, max)}
		}
		if !yield(a, err) {
			return
		}
	}
}

// feedKinds names gofeed's feed types in errors.
var feedKinds = map[gofeed.FeedType]string{gofeed.FeedTypeRSS: "RSS", gofeed.FeedTypeAtom: "Atom", gofeed.FeedTypeJSON: "JSON"}

// parseFeed is p.Parse, with a panic in the library an error: one odd
// feed must not stop a load.
func parseFeed(p *gofeed.Parser, in *capReader) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("gofeed: panic: %v", r)
		}
	}()
	return p.Parse(in)
}

// isTextType reports whether an Atom text construct's type says plain text.
func isTextType(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return t == "text" || t == "text/plain"
}

// feedArticle makes an item's article with body as its text: the title
// line first, then the byline, then the body.
func feedArticle(it *gofeed.Item, body, source string, n int) (schema.Article, error) {
	published, err := itemTime(it)
	if err != nil {
		return schema.Article{}, fmt.Errorf("%s: published: %w", itemName(it, n), err)
	}
	if strings.TrimSpace(body) == "" {
		return schema.Article{}, fmt.Errorf("%s: %w", itemName(it, n), ErrEmpty)
	}
	var authors []string
	for _, p := range it.Authors {
		if p != nil && clean(p.Name) != "" {
			authors = append(authors, clean(p.Name))
		}
	}
	title := clean(strings.ReplaceAll(htmlText(it.Title), "\n", " "))
	a := schema.Article{
		ID:        strings.TrimSpace(first(it.GUID, it.Link)),
		URL:       strings.TrimSpace(it.Link),
		Title:     title,
		Published: published,
		Source:    source,
		Text:      withTitle(title, withByline(strings.Join(authors, " and "), body)),
	}
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

// itemName names the n-th item in errors: its number, and its guid, link
// or title when it has one.
func itemName(it *gofeed.Item, n int) string {
	if id := clean(first(it.GUID, it.Link, it.Title)); id != "" {
		return fmt.Sprintf("item %d (%s)", n, id)
	}
	return fmt.Sprintf("item %d", n)
}

// itemTime is when the item was published (else updated): gofeed's
// reading of the time, else one of timeLayouts; a time written in no
// layout either knows is an error wrapping ErrTime.
func itemTime(it *gofeed.Item) (time.Time, error) {
	for _, c := range []struct {
		parsed *time.Time
		raw    string
	}{{it.PublishedParsed, it.Published}, {it.UpdatedParsed, it.Updated}} {
		if c.parsed != nil {
			return c.parsed.UTC(), nil
		}
		if strings.TrimSpace(c.raw) != "" {
			return parseTime(c.raw)
		}
	}
	return time.Time{}, nil
}
