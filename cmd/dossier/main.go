// Command dossier reads news reports about contested incidents and builds a
// sourced, confidence-graded dossier for each story. This package only wires
// the packages of the module together: each subcommand parses its flags,
// opens what it needs and calls into them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
)

// Exit codes.
const (
	exitOK     = 0 // everything worked
	exitFailed = 1 // some inputs failed, or the command could not finish
	exitUsage  = 2 // the command line was wrong
)

// command is one subcommand.
type command struct {
	name    string
	summary string
	usage   string // argument synopsis
	example string
	run     func(ctx context.Context, env *env, args []string) int
}

// env is what a command reads and writes, so that tests can run commands
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// stderrIsTerminal enables the progress bar.
	stderrIsTerminal bool
}

var commands []*command

func register(c *command) { commands = append(commands, c) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrIsTerminal: isTerminal(os.Stderr)}
	os.Exit(runMain(ctx, e, os.Args[1:]))
}

func runMain(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			if c := lookup(args[1]); c != nil {
				return c.run(ctx, e, []string{"--help"})
			}
		}
		mainUsage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c := lookup(args[0])
	if c == nil {
		fmt.Fprintf(e.stderr, "dossier: unknown command %q\n\n", args[0])
		mainUsage(e.stderr)
		return exitUsage
	}
	return c.run(ctx, e, args[1:])
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func mainUsage(w io.Writer) {
	fmt.Fprintf(w, "dossier builds sourced, confidence-graded dossiers of contested incidents from news reports.\n\n")
	fmt.Fprintf(w, "Usage: dossier COMMAND [flags] [args]\n\nCommands:\n")
	sorted := append([]*command(nil), commands...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })
	for _, c := range sorted {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun 'dossier COMMAND --help' for a command's flags and an example.\n")
	fmt.Fprintf(w, "Exit codes: 0 ok, 1 some inputs failed, 2 usage.\n")
}

// newFlags returns a flag set whose usage shows the command's synopsis,
// flags and example.
func newFlags(c *command, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: dossier %s %s\n\n%s\n", c.name, c.usage, c.summary)
		var hasFlags bool
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintf(w, "\nFlags:\n")
			fs.PrintDefaults()
		}
		if c.example != "" {
			fmt.Fprintf(w, "\nExample:\n  %s\n", strings.ReplaceAll(c.example, "\n", "\n  "))
		}
	}
	return fs
}

// parse parses flags that may come before, between or after the positional
// arguments ("dossier ingest a.txt --db x.db"), as users type them. It
// returns the positional arguments, or a usage exit code.
func parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var flags, positional []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // flag.Parse reports it
		}
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitOK, false
		}
		return nil, exitUsage, false
	}
	return positional, 0, true
}

// usageError prints a usage problem and returns the usage exit code.
func usageError(e *env, c *command, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "dossier %s: %s\n", c.name, fmt.Sprintf(format, args...))
	fmt.Fprintf(e.stderr, "Usage: dossier %s %s  (see 'dossier %s --help')\n", c.name, c.usage, c.name)
	return exitUsage
}

func isTerminal(f *os.File) bool {
	return termIsTerminal(int(f.Fd()))
}
