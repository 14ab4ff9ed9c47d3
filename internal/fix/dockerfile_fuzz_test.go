package fix

import (
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

// FuzzDockerfileEdit runs every Dockerfile edit on every instruction of arbitrary input: none
// may panic, an edit never changes the number of lines, and the word offsets the shell
// splitter gives stay inside the text.
func FuzzDockerfileEdit(f *testing.F) {
	for _, s := range []string{
		"FROM a\nRUN apt-get update && apt-get install -y x # plumb-test:expect\n",
		"# escape=`\nFROM a\nRUN apk add `\n  # c\n  x\r\nMAINTAINER \"q\" $x\n",
		"FROM a\nRUN <<EOF\npip install x\nEOF\nCMD [\"a\", \\\n \"b\"]\nADD 'a b' \"c\\\"\" /d\n",
		"FROM a\nRUN x 'unclosed \\\n&& y \"also ( | ; &\nADD\n",
	} {
		f.Add(s)
	}
	ops := []*finding.DockerfileFix{
		{Op: finding.DockerfileUseCopy},
		{Op: finding.DockerfileAddFlag, Programs: []string{"apt-get", "apk", "pip[0-9.]*"}, Subcommand: "install", Flag: "--x"},
		{Op: finding.DockerfileAppend, Command: "rm -rf /x", Programs: []string{"apt"}, Subcommand: "update"},
		{Op: finding.DockerfileToLabel, Label: "a.b"},
		{Op: finding.DockerfileCommentOut},
	}
	r := &resource.Resource{Attributes: map[string]any{}}
	f.Fuzz(func(t *testing.T, src string) {
		for _, w := range splitShell(src, '\\') {
			for _, x := range w {
				if x.start < 0 || x.end > len(src) || x.start > x.end {
					t.Fatalf("word %+v outside the text", x)
				}
			}
		}
		res, err := parseDockerfile([]byte(src))
		if err != nil {
			return
		}
		for _, n := range res.AST.Children {
			d, err := readDockerfile([]byte(src), n.StartLine, n.EndLine)
			if err != nil {
				continue
			}
			inst := map[string]any{"instruction": strings.ToUpper(d.keyword), "value": n.Original}
			for _, fx := range ops {
				var out string
				var err error
				switch fx.Op {
				case finding.DockerfileUseCopy:
					out, err = d.useCopy(inst)
				case finding.DockerfileAddFlag:
					out, err = d.addFlag(inst, fx)
				case finding.DockerfileAppend:
					out, err = d.appendCommand(r, inst, fx)
				case finding.DockerfileToLabel:
					out, err = d.toLabel(inst, fx.Label)
				case finding.DockerfileCommentOut:
					out, err = d.commentOut()
				}
				if err == nil && strings.Count(out, "\n") != strings.Count(d.src, "\n") {
					t.Fatalf("%s changed the number of lines of %q: %q", fx.Op, d.src, out)
				}
			}
		}
	})
}
