package main

import (
	"context"
	"fmt"
	"strconv"
	"time"
)

func init() {
	register(&command{
		name:    "token",
		summary: "create, list or revoke the API tokens that 'dossier serve' needs for writes",
		usage:   "create [--name NAME] | list | revoke ID  [--db FILE]",
		example: "dossier token create --db news.db --name laptop\n" +
			"curl -H \"Authorization: Bearer $TOKEN\" -X PUT -d '{\"grade\":\"B\"}' http://127.0.0.1:8080/api/outlets/Meridian%20Wire/reliability",
		run: runToken,
	})
}

func runToken(ctx context.Context, e *env, args []string) int {
	c := lookup("token")
	fs := newFlags(c, e)
	db := dbFlag(fs)
	name := fs.String("name", "", "a `NAME` to tell the token by (who or what uses it)")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return usageError(e, c, "say create, list or revoke")
	}
	store, err := openStore(*db)
	if err != nil {
		fmt.Fprintf(e.stderr, "dossier token: %v\n", err)
		return exitFailed
	}
	defer store.Close()
	switch pos[0] {
	case "create":
		if len(pos) != 1 {
			return usageError(e, c, "create takes no arguments (use --name)")
		}
		secret, tok, err := store.CreateToken(ctx, *name)
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier token: %v\n", err)
			return exitFailed
		}
		fmt.Fprintln(e.stdout, secret)
		fmt.Fprintf(e.stderr, "token %d (%s) created in %s; it is shown only this once, the store keeps its SHA-256\n", tok.ID, orNone(tok.Name), *db)
	case "list":
		toks, err := store.Tokens(ctx)
		if err != nil {
			fmt.Fprintf(e.stderr, "dossier token: %v\n", err)
			return exitFailed
		}
		for _, t := range toks {
			used := "never used"
			if t.LastUsed != nil {
				used = "last used " + t.LastUsed.UTC().Format(time.RFC3339)
			}
			fmt.Fprintf(e.stdout, "%d\t%s\tcreated %s\t%s\n", t.ID, orNone(t.Name), t.Created.UTC().Format(time.RFC3339), used)
		}
	case "revoke":
		if len(pos) != 2 {
			return usageError(e, c, "revoke takes one token ID (see 'dossier token list')")
		}
		id, err := strconv.ParseInt(pos[1], 10, 64)
		if err != nil {
			return usageError(e, c, "token ID %q is not a number", pos[1])
		}
		if err := store.RevokeToken(ctx, id); err != nil {
			fmt.Fprintf(e.stderr, "dossier token: %v\n", err)
			return exitFailed
		}
		fmt.Fprintf(e.stderr, "token %d revoked\n", id)
	default:
		return usageError(e, c, "unknown action %q: say create, list or revoke", pos[0])
	}
	return exitOK
}

func orNone(s string) string {
	if s == "" {
		return "no name"
	}
	return s
}
