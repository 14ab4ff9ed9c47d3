package finding

import "github.com/plumbsec/plumb/internal/resource"

// Fix is a rule's machine-applicable remediation, from its METADATA custom.fix. Exactly one
// of Set, Companion, Dockerfile and None is given.
type Fix struct {
	// Set writes Value at Path. An empty Path means the path the finding reports.
	Set *SetFix `json:"set,omitempty"`
	// Companion creates a new resource beside the one the finding is on.
	Companion *Companion `json:"companion,omitempty"`
	// Dockerfile edits the Dockerfile instruction the finding is at.
	Dockerfile *DockerfileFix `json:"dockerfile,omitempty"`
	// None says why the rule has no safe automatic fix.
	None string `json:"none,omitempty"`
}

// SetFix sets one attribute to a safe value.
type SetFix struct {
	// Path is relative to the finding's resource, in the canonical model; nil means the
	// finding's own path.
	Path  resource.Path `json:"path,omitempty"`
	Value any           `json:"value"`
}

// Companion is a resource that, created beside the finding's resource and referring to it,
// removes the finding.
type Companion struct {
	Terraform *TerraformCompanion `json:"terraform,omitempty"`
}

// TerraformCompanion is a Terraform resource block: Type is its resource type, Body the text
// between its braces, a text/template with {{.Name}} (the fixed resource's name label) and
// {{.Ref}} (its address, such as aws_s3_bucket.logs).
type TerraformCompanion struct {
	Type string `json:"type"`
	Body string `json:"body"`
}

// Dockerfile fix operations.
const (
	// DockerfileUseCopy turns ADD into COPY.
	DockerfileUseCopy = "use-copy"
	// DockerfileAddFlag adds Flag after Subcommand in each command of a RUN whose program
	// matches Programs and lacks the flag (apt-get install --no-install-recommends).
	DockerfileAddFlag = "add-flag"
	// DockerfileAppend ends a RUN with "&& Command". With Programs and Subcommand it is
	// skipped when a later RUN runs one of Programs without first running its Subcommand
	// (what Command removes is needed later).
	DockerfileAppend = "append"
	// DockerfileToLabel turns the instruction into LABEL Label="<its value>".
	DockerfileToLabel = "to-label"
	// DockerfileCommentOut turns the instruction's lines into comments.
	DockerfileCommentOut = "comment-out"
)

// DockerfileFix is a line edit of one Dockerfile instruction; which fields are used depends
// on Op.
type DockerfileFix struct {
	Op string `json:"op"`
	// Programs are regular expressions a command's program (its base name) must match
	// whole.
	Programs   []string `json:"programs,omitempty"`
	Subcommand string   `json:"subcommand,omitempty"`
	Flag       string   `json:"flag,omitempty"`
	Command    string   `json:"command,omitempty"`
	Label      string   `json:"label,omitempty"`
}
