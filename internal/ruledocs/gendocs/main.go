// Command gendocs writes the rule reference (docs/rules/) from the built-in library:
//
//	go run ./internal/ruledocs/gendocs [-dir docs/rules]
//
// `make docs` runs it. Pages of rules that no longer exist are removed.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/plumbsec/plumb/internal/ruledocs"
)

func main() {
	dir := flag.String("dir", filepath.Join("docs", "rules"), "directory to write the pages to")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	pages, err := ruledocs.Generate(context.Background())
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil {
		return err
	}
	for _, p := range old {
		if _, keep := pages[filepath.Base(p)]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	for name, page := range pages {
		if err := os.WriteFile(filepath.Join(dir, name), append(page, '\n'), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("gendocs: wrote %d rule pages and %s to %s\n", len(pages)-1, ruledocs.Index, strings.TrimSuffix(dir, "/"))
	return nil
}
