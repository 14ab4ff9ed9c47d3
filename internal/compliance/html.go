package compliance

import (
	"html/template"
	"io"

	"github.com/plumbsec/plumb/internal/finding"
)

// writeHTML renders a self-contained page (no script, no external asset): a summary, then one
// table per section, each failing control followed by the findings behind it.
func writeHTML(w io.Writer, r *Report, opts Options) error {
	return htmlPage.Execute(w, htmlData{R: r, S: r.Summary(), Sections: sections(r), Summary: summaryLine(r), Version: opts.Version})
}

type htmlData struct {
	R        *Report
	S        Summary
	Sections []sectionResults
	Summary  string
	Version  string
}

func isOpen(f *finding.Finding) bool { return f.Status == finding.Open }

var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{
	"where": where, "exception": exception, "open": isOpen, "rules": ruleIDs,
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{{.R.Framework.Title}}: Plumb compliance report</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1f24; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
.status { font-weight: 600; white-space: nowrap; }
.fail { color: #b42318; } .pass { color: #1a7f37; } .untested { color: #9a6700; } .not-covered { color: #57606a; }
ul.findings { margin: .3rem 0 0 1rem; padding: 0; }
code { font-size: .9em; }
.summary td { text-align: right; }
</style>
</head>
<body>
<h1>{{.R.Framework.Title}}</h1>
{{if .R.Root}}<p>Scanned <code>{{.R.Root}}</code> ({{.R.Resources}} resources){{if .Version}} with Plumb {{.Version}}{{end}}.</p>{{end}}
<table class="summary">
<tr><th>fail</th><th>pass</th><th>untested</th><th>not covered</th><th>open findings</th><th>exceptions</th></tr>
<tr><td class="fail">{{.S.Fail}}</td><td class="pass">{{.S.Pass}}</td><td class="untested">{{.S.Untested}}</td><td class="not-covered">{{.S.NotCovered}}</td><td>{{.S.OpenFindings}}</td><td>{{.S.Exceptions}}</td></tr>
</table>
<p id="summary">{{.Summary}}</p>
{{range .Sections}}<h2>{{.Name}}</h2>
<table>
<tr><th>Status</th><th>Control</th><th>Title</th><th>Rules</th></tr>
{{range .Controls}}<tr id="control-{{.Control.ID}}">
<td class="status {{.Status}}">{{.Status}}</td>
<td>{{.Control.ID}}</td>
<td>{{.Control.Title}}{{with .Note}} <em>({{.}})</em>{{end}}{{if .Findings}}
<ul class="findings">{{range .Findings}}
<li>{{if open .}}<strong>{{.Severity}}</strong>{{else}}{{.Status}}{{end}} <code>{{.Rule.ID}}</code> on <code>{{.ResourceKey}}</code>{{with where .}} at <code>{{.}}</code>{{end}}{{if .Message}}: {{.Message}}{{end}}{{if not (open .)}} <em>({{exception .}})</em>{{end}}</li>{{end}}
</ul>{{end}}</td>
<td>{{rules .Rules}}</td>
</tr>
{{end}}</table>
{{end}}</body>
</html>
`))
