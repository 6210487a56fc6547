package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	nethttp "net/http"
	"time"

	"dossier"
	"dossier/demo"
	dhttp "dossier/http"
	"dossier/ingest"
	"dossier/sqlite"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the dossier: a JSON API (/api/openapi.yaml) and a web UI with the analyst's judgements",
		usage:   "[--db FILE] [--addr HOST:PORT] [--read-token] [--allow-private] [--max-upload N] [--demo]",
		example: "dossier token create --db news.db --name laptop   # prints a token, once\n" +
			"dossier serve --db news.db                      # http://127.0.0.1:8080\n" +
			"dossier serve --demo                            # the built-in fictional corpus, in memory",
		run: runServe,
	})
}

func runServe(ctx context.Context, e *env, args []string) int {
	c := lookup("serve")
	fs := newFlags(c, e)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`; anything but loopback exposes the server to the network")
	readToken := fs.Bool("read-token", false, "require a token for reading too, not only for writes")
	allowPrivate := fs.Bool("allow-private", false, "let URL ingest fetch loopback, link-local and private addresses")
	maxUpload := fs.Int64("max-upload", ingest.DefaultMaxBytes, "refuse an ingest request body over `N` bytes")
	useDemo := fs.Bool("demo", false, "serve the built-in demo corpus from an in-memory store (prints a write token)")
	if _, code, ok := parse(fs, args); !ok {
		return code
	}
	var store *sqlite.Store
	var err error
	if *useDemo {
		store, err = demoStore(ctx)
	} else {
		store, err = openStore(*db)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier serve: %v\n", err)
		return exitFailed
	}
	defer store.Close()
	if *useDemo {
		secret, _, err := store.CreateToken(ctx, "demo")
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier serve: %v\n", err)
			return exitFailed
		}
		fmt.Fprintf(e.stdout, "demo write token (this run only): %s\n", secret)
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	start := time.Now()
	srv, err := dhttp.New(ctx, dhttp.Config{Store: store, ReadToken: *readToken, AllowPrivate: *allowPrivate, MaxUpload: *maxUpload, Log: log})
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier serve: %v\n", err)
		return exitFailed
	}
	if !dhttp.IsLoopback(*addr) {
		fmt.Fprintf(e.stderr, "dossier serve: warning: %s is reachable from the network; reads are %s\n", *addr,
			map[bool]string{true: "token-only", false: "open to anyone who can connect"}[*readToken])
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier serve: %v\n", err)
		return exitFailed
	}
	hs := dhttp.NewHTTPServer(*addr, srv.Handler())
	fmt.Fprintf(e.stdout, "serving %s on http://%s (ready in %s)\n", store.Path(), ln.Addr(), time.Since(start).Round(time.Millisecond))
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err = <-errc:
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err = hs.Shutdown(sctx)
		srv.Wait()
	}
	if err != nil && !errors.Is(err, nethttp.ErrServerClosed) {
		fmt.Fprintf(e.stderr, "dossier serve: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// demoStore is an in-memory store holding the demo corpus.
func demoStore(ctx context.Context) (*sqlite.Store, error) {
	store, err := sqlite.Open(sqlite.Memory)
	if err != nil {
		return nil, err
	}
	var articles []*dossier.Article
	for _, name := range demo.Files() {
		data, err := fs.ReadFile(demo.Corpus, name)
		if err != nil {
			store.Close()
			return nil, err
		}
		a, err := ingest.ReadText(data, name)
		if err != nil {
			store.Close()
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		articles = append(articles, a)
	}
	if _, err := store.AddArticles(ctx, articles); err != nil {
		store.Close()
		return nil, err
	}
	return store, nil
}
