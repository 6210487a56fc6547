package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"dossier"

	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS, Atom or JSON feed and yields one article per item
// that carries text. The feed's title is the outlet. An item with no text
// yields an InputError naming its link or GUID; a feed that does not parse
// yields one InputError for the file.
func readFeed(data []byte, path string, opts Options, yield func(*dossier.Article, error) bool) bool {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return yield(nil, &dossier.InputError{Path: path, Err: fmt.Errorf("malformed feed: %w", err)})
	}
	outlet := collapseSpaces(feed.Title)
	for i, item := range feed.Items {
		start := time.Now()
		a, err := feedArticle(item, outlet, path)
		opts.parsed(a, start)
		if err != nil {
			name := item.Link
			if name == "" {
				name = item.GUID
			}
			if name == "" {
				name = fmt.Sprintf("item %d", i+1)
			}
			if !yield(nil, &dossier.InputError{Path: path, Item: name, Err: err}) {
				return false
			}
			continue
		}
		if !yield(a, nil) {
			return false
		}
	}
	return true
}

func feedArticle(item *gofeed.Item, outlet, path string) (*dossier.Article, error) {
	a := &dossier.Article{
		ExternalID: strings.TrimSpace(item.GUID),
		URL:        strings.TrimSpace(item.Link),
		Source:     outlet,
		File:       path,
		Format:     "feed",
	}
	a.Title, _ = RepairMojibake(collapseSpaces(normaliseChars(fragmentText(item.Title))))
	for _, p := range item.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			a.Authors = append(a.Authors, collapseSpaces(p.Name))
		}
	}
	switch {
	case item.PublishedParsed != nil:
		a.Published = ValidDate(*item.PublishedParsed)
	case item.UpdatedParsed != nil:
		a.Published = ValidDate(*item.UpdatedParsed)
	}
	if a.Published == nil && (item.Published != "" || item.Updated != "") {
		a.Notes = append(a.Notes, fmt.Sprintf("date %q is not a valid publication date; left unknown", item.Published+item.Updated))
	}
	// Full content when the feed carries it, else the summary.
	body := item.Content
	if strings.TrimSpace(body) == "" {
		body = item.Description
	}
	body, n := RepairMojibake(fragmentText(body))
	if n > 0 {
		a.Notes = append(a.Notes, fmt.Sprintf("repaired %d mojibake sequence(s)", n))
	}
	text, _, notes := CleanText(a.Title, body)
	a.Text, a.Notes = text, append(a.Notes, notes...)
	if a.Text == "" {
		return nil, fmt.Errorf("no text in content or description: %w", dossier.ErrNoBody)
	}
	a.Seal()
	return a, nil
}
