package loaders

import (
	"encoding/json"
	"strings"
)

// jsonLD is what readHTML takes from a page's JSON-LD: the first object
// whose @type is an article kind (NewsArticle, Article, BlogPosting, …),
// found at the top, in an array or in an @graph.
type jsonLD struct {
	headline, published, url, author string
}

// articleTypes are the schema.org types read as the page's article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "socialmediaposting": true, "webpage": false,
}

// jsonLDOf reads the first article in blocks; blocks that do not parse
// are passed over (pages ship broken JSON-LD).
func jsonLDOf(blocks []string) jsonLD {
	for _, b := range blocks {
		var v any
		if err := json.Unmarshal([]byte(strings.TrimSpace(b)), &v); err != nil {
			continue
		}
		if obj := findArticle(v, 0); obj != nil {
			return jsonLD{
				headline:  first(str(obj["headline"]), str(obj["name"])),
				published: first(str(obj["datePublished"]), str(obj["dateCreated"])),
				url:       first(str(obj["url"]), str(obj["mainEntityOfPage"])),
				author:    names(obj["author"]),
			}
		}
	}
	return jsonLD{}
}

// findArticle returns the first object in v of an article type, looking at
// most a few levels down.
func findArticle(v any, depth int) map[string]any {
	if depth > 4 {
		return nil
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			if o := findArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		for _, t := range types(v["@type"]) {
			if articleTypes[strings.ToLower(t)] {
				return v
			}
		}
		if g, ok := v["@graph"]; ok {
			return findArticle(g, depth+1)
		}
	}
	return nil
}

func types(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// str is v as a string: a string, or an object's @id or url.
func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case map[string]any:
		return first(str(v["@id"]), str(v["url"]))
	}
	return ""
}

// names joins the names of an author value: a string, a Person or
// Organization, or a list of them.
func names(v any) string {
	var out []string
	var add func(v any)
	add = func(v any) {
		switch v := v.(type) {
		case string:
			if s := clean(v); s != "" && !strings.Contains(s, "://") {
				out = append(out, s)
			}
		case map[string]any:
			if n, ok := v["name"].(string); ok && clean(n) != "" {
				out = append(out, clean(n))
			}
		case []any:
			for _, e := range v {
				add(e)
			}
		}
	}
	add(v)
	switch len(out) {
	case 0:
		return ""
	case 1:
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}
