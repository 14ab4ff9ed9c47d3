// Command gen writes a synthetic Terraform repository for benchmarks:
//
//	go run ./bench/gen -n 10000 -out /tmp/corpus-10k [-seed 1]
//
// It prints the number of resources a scan of the corpus reports, which is exactly -n
// (unless -n is smaller than one minimal stack), and what it wrote.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/plumbsec/plumb/bench/corpus"
)

func main() {
	n := flag.Int("n", 1000, "resources to generate (the count a scan reports)")
	out := flag.String("out", "", "directory to write into; must not exist or be empty")
	seed := flag.Uint64("seed", 1, "random seed; the same seed gives the same files")
	quiet := flag.Bool("q", false, "print only the resource count")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -n N -out DIR [-seed S] [-q]")
		os.Exit(2)
	}
	st, err := corpus.Generate(*out, corpus.Options{Resources: *n, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if *quiet {
		fmt.Println(st.Resources)
		return
	}
	fmt.Printf("resources %d\nstacks %d\nfiles %d\nbytes %d\ndir %s\n", st.Resources, st.Stacks, st.Files, st.Bytes, *out)
}
