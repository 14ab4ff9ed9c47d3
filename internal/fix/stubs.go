package fix

import (
	"fmt"

	"github.com/plumbsec/plumb/internal/finding"
	"github.com/plumbsec/plumb/internal/resource"
)

func (p *planner) fixYAML(f *finding.Finding, r *resource.Resource) error {
	return fmt.Errorf("no fix writer for %s sources yet", r.Origin)
}

func (p *planner) fixDockerfile(f *finding.Finding, r *resource.Resource) error {
	return fmt.Errorf("no fix writer for %s sources yet", r.Origin)
}
