package terraform

import (
	"strings"
	"testing"
)

// A template rendered once per for_each instance gets each instance's variables, and a
// template that does not parse leaves the value unknown with the error reported, however
// many instances use it.
func TestTemplateFilePerInstance(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"main.tf": `
resource "aws_instance" "web" {
  for_each  = toset(["blue", "green"])
  user_data = templatefile("${path.module}/boot.sh.tpl", { colour = each.key })
}
resource "aws_instance" "broken" {
  count     = 2
  user_data = templatefile("${path.module}/broken.tpl", {})
}
`,
		"boot.sh.tpl": "#!/bin/sh\necho ${colour}\n",
		"broken.tpl":  "echo ${\n",
	})
	rs, res := load(t, dir, Options{})
	for _, c := range []string{"blue", "green"} {
		got := attr(t, rs[`aws_instance.web["`+c+`"]`], "user_data")
		if want := "#!/bin/sh\necho " + c + "\n"; got != want {
			t.Errorf("web[%s].user_data = %q, want %q", c, got, want)
		}
	}
	for _, k := range []string{"aws_instance.broken[0]", "aws_instance.broken[1]"} {
		r := rs[k]
		if r == nil {
			t.Fatalf("%s missing", k)
		}
		if _, known := r.Attributes["user_data"].(string); known {
			t.Errorf("%s.user_data is known (%v), want unknown: its template does not parse", k, r.Attributes["user_data"])
		}
	}
	var mentions int
	for _, d := range res.Diagnostics {
		if strings.Contains(d.File+d.Summary+d.Detail, "broken.tpl") {
			mentions++
		}
	}
	if mentions == 0 {
		t.Errorf("no diagnostic names broken.tpl: %+v", res.Diagnostics)
	}
}
