package helm

import (
	"archive/tar"
	"compress/gzip"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
)

// node is one chart of the tree being rendered: the chart itself or a subchart.
type node struct {
	c *chart.Chart
	// dir is where the chart's files are named in locations, relative to the scan root:
	// "web", "web/charts/redis", or for a packaged subchart the path inside its archive
	// ("web/charts/redis-17.3.0.tgz/redis").
	dir string
	// disk is the chart's directory on disk, "" inside an archive.
	disk    string
	origins origins
}

// templateFile is one template of the tree.
type templateFile struct {
	id   int
	key  string // the engine's name for it: "web/templates/deployment.yaml"
	file string // its location name
	node *node
	tmpl *template
	refs map[int]resource.Path
	// mapped is false when the template could not be instrumented.
	mapped bool
}

// release is one chart rendered.
type release struct {
	root  string
	top   *node
	files map[string]*templateFile // by engine key
	nodes map[string]*node         // by the engine's chart path ("web/charts/redis")
	res   *iac.Result
}

// loadChart renders the chart in dir and reads its objects.
func loadChart(root, dir string, user *userValues) *iac.Result {
	res := &iac.Result{}
	rel := relName(root, dir)
	chartYAML := joinRel(rel, "Chart.yaml")
	c, err := loader.Load(dir)
	if err != nil {
		file := chartYAML
		if strings.Contains(err.Error(), "values.yaml") {
			file = joinRel(rel, "values.yaml")
		}
		res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: file,
			Line: yamlErrorLine(err), Summary: "Helm chart cannot be loaded", Detail: err.Error()})
		return res
	}
	if c.Metadata != nil && c.Metadata.Type == "library" {
		res.Files = append(res.Files, chartYAML)
		return res // a library chart renders nothing of its own
	}
	r := &release{root: root, files: map[string]*templateFile{}, nodes: map[string]*node{}, res: res}
	res.Diagnostics = append(res.Diagnostics, missingDependencies(c, chartYAML)...)
	vals := copyValues(user.vals).(map[string]any)
	if err := chartutil.ProcessDependenciesWithMerge(c, vals); err != nil {
		res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: chartYAML,
			Summary: "Helm chart dependencies cannot be processed", Detail: err.Error()})
		return res
	}
	r.top = &node{c: c, dir: rel, disk: dir}
	r.top.origins = valuesOrigins(c, rel)
	r.top.origins.overlay(user.origins)
	r.addNode(r.top)
	res.Files = append(res.Files, user.files...)
	renderVals, err := chartutil.ToRenderValuesWithSchemaValidation(c, vals, chartutil.ReleaseOptions{
		Name: ReleaseName, Namespace: ReleaseNamespace, Revision: 1, IsInstall: true,
	}, chartutil.DefaultCapabilities, true)
	if err != nil {
		res.Diagnostics = append(res.Diagnostics, resource.Diagnostic{Error: true, File: chartYAML,
			Summary: "Helm values cannot be applied", Detail: err.Error()})
		return res
	}
	rendered := r.render(renderVals)
	keys := make([]string, 0, len(rendered))
	for k := range rendered {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r.read(k, rendered[k])
	}
	r.readCRDs()
	sort.Strings(res.Files)
	return res
}

// addNode instruments n's templates and adds its subcharts, recursively.
func (r *release) addNode(n *node) {
	r.res.Files = append(r.res.Files, joinRel(n.dir, "Chart.yaml"))
	if hasRaw(n.c, "values.yaml") {
		r.res.Files = append(r.res.Files, joinRel(n.dir, "values.yaml"))
	}
	prefix := n.c.ChartFullPath()
	r.nodes[prefix] = n
	for _, t := range n.c.Templates {
		tf := &templateFile{id: len(r.files) + 1, key: path.Join(prefix, t.Name), file: joinRel(n.dir, t.Name), node: n}
		src := string(t.Data)
		tf.tmpl = lexTemplate(src)
		tf.refs = tf.tmpl.valueRefs()
		if data, ok := instrument(src, tf.id); ok {
			t.Data = []byte(data)
			tf.mapped = true
		}
		r.files[tf.key] = tf
		if n.disk != "" {
			r.res.Files = append(r.res.Files, tf.file)
		}
	}
	places := subchartPlaces(n)
	for _, sc := range n.c.Dependencies() {
		name := sc.Name()
		orig := name
		if n.c.Metadata != nil {
			for _, d := range n.c.Metadata.Dependencies {
				if d != nil && d.Alias == name && d.Name != "" {
					orig = d.Name
				}
			}
		}
		child := &node{c: sc, dir: joinRel(n.dir, "charts/"+orig)}
		if p, ok := places[orig]; ok {
			child.dir, child.disk = p.dir, p.disk
			if p.archive != "" && n.disk != "" {
				r.res.Files = append(r.res.Files, p.archive)
			}
		}
		child.origins = valuesOrigins(sc, child.dir)
		child.origins.overlay(n.origins.sub(name))
		r.addNode(child)
	}
}

func hasRaw(c *chart.Chart, name string) bool {
	for _, f := range c.Raw {
		if f.Name == name {
			return true
		}
	}
	return false
}

// valuesOrigins records where each path of a chart's own values.yaml is set.
func valuesOrigins(c *chart.Chart, dir string) origins {
	for _, f := range c.Raw {
		if f.Name == "values.yaml" {
			o, _ := readOrigins(joinRel(dir, "values.yaml"), f.Data)
			return o
		}
	}
	return origins{}
}

// place is where a subchart lives.
type place struct{ dir, disk, archive string }

// subchartPlaces finds the subcharts of n on disk by their chart names: directories of
// charts/ with a Chart.yaml, and packaged charts (.tgz), named by their top directory.
func subchartPlaces(n *node) map[string]place {
	out := map[string]place{}
	if n.disk == "" {
		return out
	}
	entries, _ := os.ReadDir(filepath.Join(n.disk, "charts"))
	for _, e := range entries {
		p := filepath.Join(n.disk, "charts", e.Name())
		rel := joinRel(n.dir, "charts/"+e.Name())
		switch {
		case e.IsDir():
			if name := chartName(filepath.Join(p, "Chart.yaml")); name != "" {
				out[name] = place{dir: rel, disk: p}
			}
		case strings.HasSuffix(e.Name(), ".tgz") || strings.HasSuffix(e.Name(), ".tar.gz"):
			if top := archiveTop(p); top != "" {
				out[top] = place{dir: rel + "/" + top, archive: rel}
			}
		}
	}
	return out
}

func chartName(p string) string {
	data, err := os.ReadFile(p)
	if err != nil {
		return ""
	}
	var md struct {
		Name string `yaml:"name"`
	}
	if yaml.Unmarshal(data, &md) != nil {
		return ""
	}
	return md.Name
}

// archiveTop returns the top directory of a packaged chart: its chart name.
func archiveTop(p string) string {
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return ""
	}
	h, err := tar.NewReader(gz).Next()
	if err != nil {
		return ""
	}
	top, _, _ := strings.Cut(strings.TrimPrefix(h.Name, "./"), "/")
	return top
}

// missingDependencies warns about dependencies Chart.yaml declares that charts/ does not
// hold: Plumb never downloads them (helm dependency build does), so they are not scanned.
func missingDependencies(c *chart.Chart, chartYAML string) resource.Diagnostics {
	if c.Metadata == nil {
		return nil
	}
	have := map[string]bool{}
	for _, d := range c.Dependencies() {
		have[d.Name()] = true
	}
	var diags resource.Diagnostics
	for _, d := range c.Metadata.Dependencies {
		if d != nil && !have[d.Name] {
			diags = append(diags, resource.Diagnostic{File: chartYAML,
				Summary: fmt.Sprintf("dependency %s is not in charts/ and is not scanned", d.Name),
				Detail:  "Plumb never downloads dependencies; run `helm dependency build` first to scan it"})
		}
	}
	return diags
}

// maxRetries bounds how many failing templates are left out before a chart is given up.
const maxRetries = 20

// render renders the chart. A template that fails is reported at the file and line Helm
// names, and left out so that the rest of the chart is still rendered; an error in a helper
// (_helpers.tpl) or in values ends the chart.
func (r *release) render(vals chartutil.Values) map[string]string {
	for try := 0; ; try++ {
		out, err := engine.Engine{}.Render(r.top.c, vals)
		if err == nil {
			return out
		}
		d, key := r.renderError(err)
		r.res.Diagnostics = append(r.res.Diagnostics, d)
		tf := r.files[key]
		if tf == nil || strings.HasPrefix(path.Base(key), "_") || try >= maxRetries || !tf.drop() {
			return nil
		}
	}
}

// drop removes the template from its chart.
func (tf *templateFile) drop() bool {
	c := tf.node.c
	for i, t := range c.Templates {
		if path.Join(c.ChartFullPath(), t.Name) == tf.key {
			c.Templates = append(c.Templates[:i:i], c.Templates[i+1:]...)
			return true
		}
	}
	return false
}

var renderErrorAt = regexp.MustCompile(`([^\s():"]+):(\d+)(?::(\d+))?`)

// renderError turns the engine's error into a diagnostic at the template file and line it
// names ("execution error at (web/templates/deployment.yaml:12:20): …") and returns that
// template's engine key.
func (r *release) renderError(err error) (resource.Diagnostic, string) {
	msg := stripMarkers(err.Error())
	d := resource.Diagnostic{Error: true, File: joinRel(r.top.dir, "Chart.yaml"),
		Summary: "Helm chart does not render", Detail: msg}
	// The first template named is the one being rendered; the last, where the problem is
	// (a helper it includes, the line an unclosed action started on).
	key := ""
	for _, m := range renderErrorAt.FindAllStringSubmatch(msg, -1) {
		tf := r.files[m[1]]
		if tf == nil {
			continue
		}
		if key == "" {
			key = m[1]
		}
		d.File = tf.file
		d.Line, _ = strconv.Atoi(m[2])
		d.Column, _ = strconv.Atoi(m[3])
	}
	if key != "" {
		if i := strings.LastIndex(msg, "): "); i >= 0 {
			d.Detail = msg[i+3:]
		}
		d.Detail += "; " + path.Base(key) + " is not scanned"
	}
	return d, key
}

// stripMarkers removes line markers from a text, such as an error message quoting a
// template.
func stripMarkers(s string) string {
	plain, _ := strip(s, -1, 0)
	return plain
}
