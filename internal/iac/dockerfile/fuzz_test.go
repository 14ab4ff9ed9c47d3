package dockerfile

import (
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/resource"
)

// FuzzParse feeds arbitrary bytes to the loader as a Dockerfile. Whatever the input it must
// return (never panic or hang), locate every path within the file, and never let the
// placeholder it uses for unknown values escape into the model.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"FROM alpine:3.20\nRUN echo hi\n",
		"ARG BASE=debian\nARG TAG\nFROM ${BASE}:${TAG:-12} AS build\nUSER ${UID}:${GID}\nWORKDIR app\n",
		"FROM build\nCOPY --from=0 --chmod=777 <<EOF /x\nhello\nEOF\n",
		"FROM scratch\nRUN <<A <<B\na\nA\nb\nB\n",
		"# escape=`\nFROM windows`\n  servercore\nRUN dir `\n  c:\\\n",
		"FROM x\nRUN curl -fsSL https://x | sudo sh -c \"$(wget -O- y)\" && (cd /; ls) 2>&1 >/dev/null\n",
		"FROM x\nHEALTHCHECK --interval=5s --retries=x CMD [\"a\"]\nEXPOSE 1-2/udp 22 $P\nONBUILD ENV A=b\n",
		"FROM x\nENV A=\"b c\" D=${A} E=$(F)\nLABEL \"k\"=v\nSHELL [\"/bin/bash\", \"-c\"]\n",
		"RUN x\nFROM\nFROM a b c d\nUNKNOWN\n",
		"FROM x # plumb-test:expect\nUSER root # plumb:ignore PLB-DOCKER-003 reason\n",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		res, _ := Parse("Dockerfile", []byte(src))
		if res == nil {
			return
		}
		n := strings.Count(src, "\n") + 1
		for p, l := range res.Locations {
			if l.File != "Dockerfile" || l.StartLine < 1 || l.EndLine < l.StartLine || l.EndLine > n {
				t.Fatalf("%q located at %s in a file of %d lines", p, l, n)
			}
		}
		var walk func(p resource.Path, v any)
		walk = func(p resource.Path, v any) {
			switch x := v.(type) {
			case string:
				if strings.Contains(x, unknownSentinel) {
					t.Fatalf("%q holds the unknown placeholder: %q", p, x)
				}
			case map[string]any:
				for k, e := range x {
					walk(p.Append(k), e)
				}
			case []any:
				for i, e := range x {
					walk(p.Append(i), e)
				}
			}
		}
		walk(resource.Path{}, res.Attributes)
	})
}
