package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dossier"
)

// DefaultMaxBytes is the default size limit of one input: a file of a
// whole-document format (text, HTML, feed), or one record of a JSON Lines
// stream, whose files may hold any number of records.
const DefaultMaxBytes = 20 << 20

// Options configure reading.
type Options struct {
	// MaxBytes refuses larger inputs; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// OnRead, when set, is called with the number of bytes read from each
	// input file as reading goes, for progress reports.
	OnRead func(n int64)
	// OnParsed, when set, is called with each article and the time it took
	// to decode, extract and clean, from whichever goroutine did the work.
	OnParsed func(a *dossier.Article, took time.Duration)
}

// parsed reports an article's parse time to OnParsed, if set.
func (o Options) parsed(a *dossier.Article, start time.Time) {
	if o.OnParsed != nil && a != nil {
		o.OnParsed(a, time.Since(start))
	}
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Format names an input format.
type Format string

// Input formats.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatFeed  Format = "feed"
)

// formatByExtension maps file extensions, after any ".gz", to formats.
var formatByExtension = map[string]Format{
	".txt": FormatText, ".text": FormatText, ".md": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
	".rss": FormatFeed, ".atom": FormatFeed, ".xml": FormatFeed, ".feed": FormatFeed,
}

// Read reads the inputs at paths — files, directories (recursively, the
// files whose extension names a known format), or "-" for standard input —
// and yields each article, or an *dossier.InputError for an input or record
// that could not be read. Errors never stop the iteration; ctx does.
func Read(ctx context.Context, paths []string, opts Options) iter.Seq2[*dossier.Article, error] {
	return func(yield func(*dossier.Article, error) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				yield(nil, ctx.Err())
				return
			}
			if !readPath(ctx, p, opts, yield) {
				return
			}
		}
	}
}

func readPath(ctx context.Context, path string, opts Options, yield func(*dossier.Article, error) bool) bool {
	if path == "-" {
		stdin := opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		return readStream(stdin, "-", "", opts, yield)
	}
	info, err := os.Stat(path)
	if err != nil {
		return yield(nil, &dossier.InputError{Path: path, Err: unwrapPathError(err)})
	}
	if !info.IsDir() {
		return readFile(path, opts, yield)
	}
	cont := true
	walkErr := filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			if !yield(nil, &dossier.InputError{Path: p, Err: unwrapPathError(err)}) {
				cont = false
				return fs.SkipAll
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && p != path {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || formatOf(p) == "" {
			return nil
		}
		if !readFile(p, opts, yield) {
			cont = false
			return fs.SkipAll
		}
		return nil
	})
	if walkErr != nil && cont {
		return yield(nil, walkErr)
	}
	return cont
}

// formatOf returns the format a file name's extension names, or "".
func formatOf(name string) Format {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	return formatByExtension[filepath.Ext(name)]
}

func readFile(path string, opts Options, yield func(*dossier.Article, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(nil, &dossier.InputError{Path: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	var r io.Reader = f
	if opts.OnRead != nil {
		r = &countingReader{r: f, onRead: opts.OnRead}
	}
	return readStream(r, path, formatOf(path), opts, yield)
}

// readStream reads one input of the given format, or of the format its
// content shows when format is "".
func readStream(r io.Reader, path string, format Format, opts Options, yield func(*dossier.Article, error) bool) bool {
	fail := func(err error) bool { return yield(nil, &dossier.InputError{Path: path, Err: err}) }
	max := opts.maxBytes()

	// Gzip: by magic number, whatever the name says.
	br := newPeekReader(r)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fail(fmt.Errorf("gzip: %w", err))
		}
		defer zr.Close()
		br = newPeekReader(zr)
	}
	if format == "" {
		head, _ := br.Peek(1024)
		format = sniff(head)
	}
	if format == FormatJSONL {
		ok := readJSONL(br, path, opts, yield)
		return ok
	}

	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		return fail(fmt.Errorf("reading: %w", err))
	}
	if int64(len(data)) > max {
		return fail(fmt.Errorf("file over --max-bytes (%d bytes); raise --max-bytes to read it: %w", max, dossier.ErrTooLarge))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(fmt.Errorf("file is empty: %w", dossier.ErrEmpty))
	}
	if looksBinary(data) {
		return fail(fmt.Errorf("file is binary, not text: %w", dossier.ErrBinary))
	}
	switch format {
	case FormatFeed:
		return readFeed(data, path, opts, yield)
	case FormatHTML:
		start := time.Now()
		a, err := ReadHTML(data, path, "")
		opts.parsed(a, start)
		if err != nil {
			return fail(err)
		}
		return yield(a, nil)
	default:
		start := time.Now()
		a, err := ReadText(data, path)
		opts.parsed(a, start)
		if err != nil {
			return fail(err)
		}
		return yield(a, nil)
	}
}

// sniff guesses the format of an input with no telling name from its
// first bytes.
func sniff(head []byte) Format {
	h := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n"))
	switch {
	case bytes.HasPrefix(h, []byte("{")):
		return FormatJSONL
	case bytes.HasPrefix(h, []byte("<!doctype html")), bytes.HasPrefix(h, []byte("<html")):
		return FormatHTML
	case bytes.HasPrefix(h, []byte("<?xml")), bytes.HasPrefix(h, []byte("<rss")), bytes.HasPrefix(h, []byte("<feed")):
		if bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed")) || bytes.Contains(h, []byte("<rdf")) {
			return FormatFeed
		}
		if bytes.Contains(h, []byte("<html")) {
			return FormatHTML
		}
		return FormatFeed
	case bytes.HasPrefix(h, []byte("<")):
		return FormatHTML
	}
	return FormatText
}

// unwrapPathError drops the path that *fs.PathError repeats, since
// InputError already names it.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// countingReader reports the bytes read through it.
type countingReader struct {
	r      io.Reader
	onRead func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.onRead(int64(n))
	}
	return n, err
}
