package cloudformation

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/plumbsec/plumb/internal/iac"
	"github.com/plumbsec/plumb/internal/resource"
)

// writeTree writes files (path → content) under a new temporary directory.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// load reads the named templates under dir.
func load(t *testing.T, dir string, opts Options, names ...string) (map[string]*resource.Resource, *iac.Result) {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, n := range names {
		files = append(files, filepath.Join(abs, filepath.FromSlash(n)))
	}
	res := Load(abs, files, opts)
	m := map[string]*resource.Resource{}
	for _, r := range res.Resources {
		if m[r.Key] != nil {
			t.Errorf("two resources with key %s", r.Key)
		}
		m[r.Key] = r
	}
	return m, res
}

func attr(t *testing.T, r *resource.Resource, path string) any {
	t.Helper()
	if r == nil {
		t.Fatalf("resource missing")
	}
	v, ok := resource.Get(r.Attributes, resource.ParsePath(path))
	if !ok {
		t.Fatalf("%s: %s not set; attributes %v", r.Key, path, r.Attributes)
	}
	return v
}

func noErrors(t *testing.T, res *iac.Result) {
	t.Helper()
	for _, d := range res.Diagnostics {
		t.Errorf("unexpected diagnostic: %s", d)
	}
}

func hasPath(ps []resource.Path, s string) bool {
	for _, p := range ps {
		if p.String() == s {
			return true
		}
	}
	return false
}

func hasRef(refs []resource.Reference, want resource.Reference) bool {
	for _, r := range refs {
		if r == want {
			return true
		}
	}
	return false
}

// TestIntrinsicsEvaluated: every function that can be known is, and each value is located
// where it was chosen — a parameter default or a mapping entry, with the property that used
// it in Via.
func TestIntrinsicsEvaluated(t *testing.T) {
	rs, res := load(t, "testdata", Options{}, "intrinsics.yaml")
	noErrors(t, res)
	data, sg, db := rs["AWS::S3::Bucket Data"], rs["AWS::EC2::SecurityGroup Sg"], rs["AWS::RDS::DBInstance Db"]
	tests := []struct {
		r         *resource.Resource
		path      string
		want      any
		line, end int
		via       int
	}{
		{data, "BucketName", "acme-dev-data", 34, 34, 0},
		{data, "AccessControl", "PublicRead", 18, 18, 35},                // the Mappings entry, used at line 35
		{data, "VersioningConfiguration.Status", "Suspended", 37, 37, 0}, // Fn::If, IsProd is false
		{data, "LoggingConfiguration.LogFilePrefix", "data/", 40, 40, 0},
		{data, "Tags.0.Key", "owner", 42, 42, 0},
		{db, "BackupRetentionPeriod", int64(3), 9, 9, 51}, // a Number parameter is a number
		{db, "StorageEncrypted", false, 52, 52, 0},
		{sg, "SecurityGroupIngress.0.CidrIp", "0.0.0.0/0", 14, 14, 63}, // Fn::Select of a list parameter
		{sg, "SecurityGroupIngress.0.FromPort", int64(22), 61, 61, 0},
		{sg, "Subnets.1", "10.0.1.0/24", 64, 64, 0},
		{sg, "UserData", "aGVsbG8=", 65, 66, 0},
	}
	for _, tt := range tests {
		if got := attr(t, tt.r, tt.path); got != tt.want {
			t.Errorf("%s %s = %#v, want %#v", tt.r.Key, tt.path, got, tt.want)
		}
		loc := tt.r.LocationOf(resource.ParsePath(tt.path))
		if loc.File != "intrinsics.yaml" || loc.StartLine != tt.line || loc.EndLine != tt.end {
			t.Errorf("%s %s at %s, want intrinsics.yaml:%d-%d", tt.r.Key, tt.path, loc, tt.line, tt.end)
		}
		switch {
		case tt.via == 0 && len(loc.Via) > 0:
			t.Errorf("%s %s via %v, want none", tt.r.Key, tt.path, loc.Via)
		case tt.via != 0 && (len(loc.Via) != 1 || loc.Via[0].StartLine != tt.via):
			t.Errorf("%s %s via %v, want line %d", tt.r.Key, tt.path, loc.Via, tt.via)
		}
	}
	// The optional tag under a false condition is removed, not left as a hole.
	if tags := attr(t, data, "Tags").([]any); len(tags) != 1 {
		t.Errorf("Tags = %v, want only the owner tag (the prod tag is AWS::NoValue)", tags)
	}
	if loc := data.LocationOf(resource.Path{}); loc.StartLine != 30 || loc.EndLine != 44 {
		t.Errorf("Data declared at %s, want intrinsics.yaml:30-44", loc)
	}
	if rs["AWS::S3::Bucket ProdOnly"] != nil {
		t.Error("ProdOnly is created although its condition IsProd is false")
	}
}

// TestUnknownsAndReferences: Ref and GetAtt to resources are unknown values with an edge
// from the property to the resource; values that depend on the account, or on a parameter
// without a value, are unknown; nothing is guessed.
func TestUnknownsAndReferences(t *testing.T) {
	rs, _ := load(t, "testdata", Options{}, "intrinsics.yaml")
	data, logs, db := rs["AWS::S3::Bucket Data"], rs["AWS::S3::Bucket Logs"], rs["AWS::RDS::DBInstance Db"]
	for _, c := range []struct {
		r    *resource.Resource
		path string
	}{
		{logs, "BucketName"}, // ${AWS::AccountId}
		{data, "LoggingConfiguration.DestinationBucketName"},
		{data, "Tags.0.Value"}, // Fn::If on HasOwner, whose parameter has no value
		{db, "VPCSecurityGroups.0"},
	} {
		if v := attr(t, c.r, c.path); !resource.IsUnknown(v) {
			t.Errorf("%s %s = %v, want unknown", c.r.Key, c.path, v)
		}
		if !hasPath(c.r.Unknowns, c.path) {
			t.Errorf("%s: %s missing from Unknowns %v", c.r.Key, c.path, c.r.Unknowns)
		}
	}
	wantRefs := map[*resource.Resource][]resource.Reference{
		data: {{Attribute: "LoggingConfiguration.DestinationBucketName", Target: "AWS::S3::Bucket Logs"},
			{Attribute: "", Target: "AWS::S3::Bucket Logs"}}, // DependsOn
		db: {{Attribute: "VPCSecurityGroups.0", Target: "AWS::EC2::SecurityGroup Sg"}},
	}
	for r, want := range wantRefs {
		for _, w := range want {
			if !hasRef(r.References, w) {
				t.Errorf("%s: reference %v missing from %v", r.Key, w, r.References)
			}
		}
	}
	if len(logs.References) != 0 {
		t.Errorf("Logs refers to %v; a pseudo parameter is not a resource", logs.References)
	}
}

// TestParamFiles: each form of parameters file sets parameters, the value is located at its
// line in the file, a condition that reads it changes which resources exist, and a key no
// template declares is reported.
func TestParamFiles(t *testing.T) {
	forms := map[string]string{
		"cli.json":      "[\n  {\"ParameterKey\": \"Env\", \"ParameterValue\": \"prod\"},\n  {\"ParameterKey\": \"Typo\", \"ParameterValue\": \"x\"}\n]\n",
		"pipeline.json": "{\n  \"Parameters\": {\n    \"Env\": \"prod\",\n    \"Typo\": \"x\"\n  }\n}\n",
		"plain.yaml":    "Typo: x\nEnv: prod\n",
	}
	wantLine := map[string]int{"cli.json": 2, "pipeline.json": 3, "plain.yaml": 2}
	src, err := os.ReadFile("testdata/intrinsics.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range forms {
		t.Run(name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"stack.yaml": string(src), "params/" + name: content})
			rs, res := load(t, dir, Options{ParamFiles: []string{filepath.Join(dir, "params", name)}}, "stack.yaml")
			data := rs["AWS::S3::Bucket Data"]
			if got := attr(t, data, "BucketName"); got != "acme-prod-data" {
				t.Errorf("BucketName = %v, want acme-prod-data", got)
			}
			if got := attr(t, data, "VersioningConfiguration.Status"); got != "Enabled" {
				t.Errorf("Status = %v, want Enabled (IsProd is true)", got)
			}
			if rs["AWS::S3::Bucket ProdOnly"] == nil {
				t.Error("ProdOnly is not created although IsProd is true")
			}
			// Through FindInMap, the mapping entry for prod chose the ACL.
			if got, loc := attr(t, data, "AccessControl"), data.LocationOf(resource.Path{"AccessControl"}); got != "Private" || loc.StartLine != 20 {
				t.Errorf("AccessControl = %v at %s, want Private at line 20", got, loc)
			}
			var warned bool
			for _, d := range res.Diagnostics {
				if strings.Contains(d.Summary, "Typo") && d.File == "params/"+name && !d.Error {
					warned = true
				} else {
					t.Errorf("unexpected diagnostic: %s", d)
				}
			}
			if !warned {
				t.Error("no warning for the undeclared parameter Typo")
			}
			// A Ref straight to the parameter is located in the params file.
			tmpl := "Parameters:\n  Env: {Type: String}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Env\n"
			dir2 := writeTree(t, map[string]string{"t.yaml": tmpl, name: content})
			rs2, _ := load(t, dir2, Options{ParamFiles: []string{filepath.Join(dir2, name)}}, "t.yaml")
			b := rs2["AWS::S3::Bucket B"]
			loc := b.LocationOf(resource.Path{"BucketName"})
			if attr(t, b, "BucketName") != "prod" || loc.File != name || loc.StartLine != wantLine[name] ||
				len(loc.Via) != 1 || loc.Via[0].File != "t.yaml" || loc.Via[0].StartLine != 7 {
				t.Errorf("BucketName = %v at %s via %v, want prod at %s:%d via t.yaml:7",
					attr(t, b, "BucketName"), loc, loc.Via, name, wantLine[name])
			}
		})
	}
}

// TestParamFileProblems: an unreadable or malformed params file is an error diagnostic; the
// templates are still read with their defaults.
func TestParamFileProblems(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"t.yaml":     "Parameters:\n  Env: {Type: String, Default: dev}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Env\n",
		"bad.json":   "[{\"ParameterKey\": \"Env\"}]",
		"worse.json": "{\n  \"Env\": \"prod\",\n}\n",
	})
	rs, res := load(t, dir, Options{ParamFiles: []string{filepath.Join(dir, "bad.json"), filepath.Join(dir, "worse.json"),
		filepath.Join(dir, "missing.json")}}, "t.yaml")
	if got := attr(t, rs["AWS::S3::Bucket B"], "BucketName"); got != "dev" {
		t.Errorf("BucketName = %v, want the default dev", got)
	}
	want := map[string]int{"bad.json": 1, "worse.json": 3, "missing.json": 0}
	for _, d := range res.Diagnostics {
		line, ok := want[d.File]
		if !ok || !d.Error || d.Line != line {
			t.Errorf("diagnostic %s; want errors for %v at those lines", d, want)
		}
		delete(want, d.File)
	}
	if len(want) > 0 {
		t.Errorf("no diagnostic for %v", want)
	}
}

// TestPseudoParameters: the account, region and stack name are unknown unless a params file
// gives them; the partition follows the region; AWS::NoValue removes a property.
func TestPseudoParameters(t *testing.T) {
	tmpl := `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${AWS::StackName}-${AWS::Region}"
      Arn: !Sub "arn:${AWS::Partition}:s3:::x.${AWS::URLSuffix}"
      Owner: !Ref AWS::AccountId
      Gone: !Ref AWS::NoValue
`
	dir := writeTree(t, map[string]string{"t.yaml": tmpl, "p.json": `{"AWS::Region": "cn-north-1", "AWS::StackName": "app"}`})
	rs, res := load(t, dir, Options{}, "t.yaml")
	noErrors(t, res)
	b := rs["AWS::S3::Bucket B"]
	for _, p := range []string{"BucketName", "Owner"} {
		if !resource.IsUnknown(attr(t, b, p)) {
			t.Errorf("%s = %v, want unknown", p, attr(t, b, p))
		}
	}
	if got := attr(t, b, "Arn"); got != "arn:aws:s3:::x.amazonaws.com" {
		t.Errorf("Arn = %v", got)
	}
	if _, ok := b.Attributes["Gone"]; ok {
		t.Error("a property set to AWS::NoValue is present")
	}
	rs, _ = load(t, dir, Options{ParamFiles: []string{filepath.Join(dir, "p.json")}}, "t.yaml")
	b = rs["AWS::S3::Bucket B"]
	if got := attr(t, b, "BucketName"); got != "app-cn-north-1" {
		t.Errorf("BucketName = %v, want app-cn-north-1", got)
	}
	if got := attr(t, b, "Arn"); got != "arn:aws-cn:s3:::x.amazonaws.com.cn" {
		t.Errorf("Arn = %v, want the China partition", got)
	}
}

// TestConditions: a false condition removes the resource; an unknown one keeps it, with its
// values; Fn::And, Fn::Or, Fn::Not and Condition combine as three-valued logic.
func TestConditions(t *testing.T) {
	tmpl := `Parameters:
  Env: {Type: String, Default: dev}
  Unset: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [dev, !Ref Env]
  Maybe: !Equals [!Ref Unset, "yes"]
  ProdAndMaybe: !And [!Condition IsProd, !Condition Maybe]
  DevOrMaybe: {"Fn::Or": [{"Condition": "IsDev"}, {"Condition": "Maybe"}]}
  NotMaybe: !Not [!Condition Maybe]
Resources:
  Prod: {Type: AWS::S3::Bucket, Condition: IsProd}
  Dev: {Type: AWS::S3::Bucket, Condition: IsDev}
  Maybe: {Type: AWS::S3::Bucket, Condition: Maybe, Properties: {BucketName: maybe}}
  ProdAndMaybe: {Type: AWS::S3::Bucket, Condition: ProdAndMaybe}
  DevOrMaybe: {Type: AWS::S3::Bucket, Condition: DevOrMaybe}
  NotMaybe: {Type: AWS::S3::Bucket, Condition: NotMaybe}
  Picked:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !If [Maybe, a, b]
      Same: !If [Maybe, same, same]
      Ref: !Ref Maybe
      Gone: !Ref Prod
`
	dir := writeTree(t, map[string]string{"t.yaml": tmpl})
	rs, res := load(t, dir, Options{}, "t.yaml")
	noErrors(t, res)
	for id, want := range map[string]bool{"Prod": false, "Dev": true, "Maybe": true, "ProdAndMaybe": false,
		"DevOrMaybe": true, "NotMaybe": true, "Picked": true} {
		if got := rs["AWS::S3::Bucket "+id] != nil; got != want {
			t.Errorf("%s created = %v, want %v", id, got, want)
		}
	}
	if got := attr(t, rs["AWS::S3::Bucket Maybe"], "BucketName"); got != "maybe" {
		t.Errorf("a resource kept under an unknown condition lost its values: BucketName = %v", got)
	}
	p := rs["AWS::S3::Bucket Picked"]
	if !resource.IsUnknown(attr(t, p, "BucketName")) || attr(t, p, "Same") != "same" {
		t.Errorf("Fn::If on an unknown condition: BucketName = %v (want unknown), Same = %v (want same)",
			attr(t, p, "BucketName"), attr(t, p, "Same"))
	}
	if !hasRef(p.References, resource.Reference{Attribute: "Ref", Target: "AWS::S3::Bucket Maybe"}) {
		t.Errorf("references %v lack the edge to Maybe", p.References)
	}
	for _, ref := range p.References {
		if ref.Target == "AWS::S3::Bucket Prod" {
			t.Errorf("edge %v to a resource that is not created", ref)
		}
	}
}

// TestFunctions covers the functions not exercised above, in both their forms.
func TestFunctions(t *testing.T) {
	tmpl := `Parameters:
  Name: {Type: String, Default: web}
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      A: !GetAtt [Role, Arn]
      B: !Sub ["${Greeting}, ${Name}! ${!Literal}", {Greeting: Hello}]
      C: !Select [1, !Split [",", "a,b,c"]]
      D: !Join [":", [x, !Ref AWS::NoValue, y]]
      E: !GetAZs ""
      F: !ImportValue shared-role
      G: {"Fn::Base64": {"Fn::Sub": "#!/bin/sh\necho ${Name}"}}
      H: !Select ["0", !Cidr [!Select [0, ["10.1.0.0/16"]], "1", "4"]]
      I: !Sub "${Role.Arn}"
      J: {"Fn::ToJsonString": {"k": [1, true]}}
      K: !Length [a, b, c]
  Role:
    Type: AWS::IAM::Role
`
	exporter := `Resources:
  SharedRole: {Type: AWS::IAM::Role}
Outputs:
  Arn:
    Value: !GetAtt SharedRole.Arn
    Export: {Name: !Sub "shared-role"}
`
	dir := writeTree(t, map[string]string{"t.yaml": tmpl, "exporter.yaml": exporter})
	rs, res := load(t, dir, Options{}, "t.yaml", "exporter.yaml")
	noErrors(t, res)
	fn := rs["AWS::Lambda::Function Fn"]
	want := map[string]any{
		"B": "Hello, web! ${Literal}",
		"C": "b",
		"D": "x:y",
		"G": "IyEvYmluL3NoCmVjaG8gd2Vi",
		"H": "10.1.0.0/28",
		"J": `{"k":[1,true]}`,
		"K": int64(3),
	}
	for p, w := range want {
		if got := attr(t, fn, p); got != w {
			t.Errorf("%s = %#v, want %#v", p, got, w)
		}
	}
	for _, p := range []string{"A", "E", "F", "I"} {
		if !resource.IsUnknown(attr(t, fn, p)) {
			t.Errorf("%s = %v, want unknown", p, attr(t, fn, p))
		}
	}
	for _, ref := range []resource.Reference{
		{Attribute: "A", Target: "AWS::IAM::Role Role"},
		{Attribute: "I", Target: "AWS::IAM::Role Role"},
		{Attribute: "F", Target: "AWS::IAM::Role SharedRole"}, // through the other template's export
	} {
		if !hasRef(fn.References, ref) {
			t.Errorf("reference %v missing from %v", ref, fn.References)
		}
	}
}

// TestJSONTemplate: JSON is read with its own tokenizer (YAML refuses \/ and some tabs), with
// a line for every value, and the long forms of the functions.
func TestJSONTemplate(t *testing.T) {
	src := "{\n" +
		"\t\"Parameters\": {\"Port\": {\"Type\": \"Number\", \"Default\": 22}},\n" +
		"\t\"Resources\": {\n" +
		"\t\t\"Sg\": {\n" +
		"\t\t\t\"Type\": \"AWS::EC2::SecurityGroup\",\n" +
		"\t\t\t\"Properties\": {\n" +
		"\t\t\t\t\"GroupDescription\": \"a\\/b \\u00e9\",\n" +
		"\t\t\t\t\"SecurityGroupIngress\": [{\"FromPort\": {\"Ref\": \"Port\"}, \"CidrIp\": {\"Fn::Select\": [0, [\"0.0.0.0/0\"]]}}],\n" +
		"\t\t\t\t\"Big\": 1.5e3\n" +
		"\t\t\t}\n" +
		"\t\t}\n" +
		"\t}\n" +
		"}\n"
	dir := writeTree(t, map[string]string{"t.json": src})
	rs, res := load(t, dir, Options{}, "t.json")
	noErrors(t, res)
	sg := rs["AWS::EC2::SecurityGroup Sg"]
	if got := attr(t, sg, "GroupDescription"); got != "a/b é" {
		t.Errorf("GroupDescription = %q", got)
	}
	if got := attr(t, sg, "SecurityGroupIngress.0.FromPort"); got != int64(22) {
		t.Errorf("FromPort = %#v, want 22", got)
	}
	if loc := sg.LocationOf(resource.ParsePath("SecurityGroupIngress.0.FromPort")); loc.StartLine != 2 || len(loc.Via) != 1 || loc.Via[0].StartLine != 8 {
		t.Errorf("FromPort at %s via %v, want line 2 via line 8", loc, loc.Via)
	}
	if got := attr(t, sg, "Big"); got != 1500.0 {
		t.Errorf("Big = %#v, want 1500.0", got)
	}
	if loc := sg.LocationOf(resource.Path{}); loc.StartLine != 4 || loc.EndLine != 9 {
		t.Errorf("Sg declared at %s, want lines 4-9", loc)
	}
}

// TestBadInput: a template that does not parse is an error at its line; problems inside a
// template that parses are warnings; the other templates are still read.
func TestBadInput(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"good.yaml":  "Resources:\n  B: {Type: AWS::S3::Bucket}\n",
		"bad.yaml":   "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  B:\n    Type: AWS::S3::Bucket\n\tProperties: {}\n",
		"bad.json":   "{\n  \"Resources\": {\n    \"B\": {\"Type\": \"AWS::S3::Bucket\",}\n  }\n}\n",
		"list.yaml":  "- Resources\n",
		"empty.yaml": "",
		"notype.yaml": "Resources:\n  B:\n    Properties: {}\n  C:\n    Type: AWS::S3::Bucket\n" +
			"    Properties:\n      X: !Ref Nowhere\n      Y: !Bogus x\n",
	})
	rs, res := load(t, dir, Options{}, "good.yaml", "bad.yaml", "bad.json", "list.yaml", "empty.yaml", "notype.yaml")
	if rs["AWS::S3::Bucket B"] == nil || rs["AWS::S3::Bucket C"] == nil {
		t.Errorf("the readable templates were not loaded: %v", res.Resources)
	}
	want := map[string]struct {
		line  int
		error bool
	}{
		"bad.yaml": {5, true}, "bad.json": {3, true}, "list.yaml": {1, true}, "empty.yaml": {1, true},
		"notype.yaml:2": {2, false}, "notype.yaml:7": {7, false}, "notype.yaml:8": {8, false},
	}
	for _, d := range res.Diagnostics {
		k := d.File
		if d.File == "notype.yaml" {
			k = d.File + ":" + strconv.Itoa(d.Line)
		}
		w, ok := want[k]
		if !ok || w.line != d.Line || w.error != d.Error {
			t.Errorf("unexpected diagnostic %s", d)
			continue
		}
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("missing diagnostics: %v", want)
	}
	if len(res.Files) != 6 {
		t.Errorf("files = %v, want all six, read or not", res.Files)
	}
}

// TestAliasesAndMerges: YAML anchors, aliases and merge keys are followed, and an alias bomb
// is cut off rather than expanded.
func TestAliasesAndMerges(t *testing.T) {
	tmpl := `Resources:
  A:
    Type: AWS::S3::Bucket
    Properties: &props
      BucketName: shared
      Tags: [{Key: k, Value: v}]
  B:
    Type: AWS::S3::Bucket
    Properties:
      <<: *props
      BucketName: own
`
	var bomb strings.Builder
	bomb.WriteString("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n")
	bomb.WriteString("      x0: &a0 [a, a, a, a, a, a, a, a, a]\n")
	for i := 1; i < 12; i++ {
		prev := "*a" + strconv.Itoa(i-1)
		bomb.WriteString("      x" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [" + strings.Repeat(prev+", ", 8) + prev + "]\n")
	}
	dir := writeTree(t, map[string]string{"t.yaml": tmpl, "bomb.yaml": bomb.String()})
	rs, _ := load(t, dir, Options{}, "t.yaml")
	if got := attr(t, rs["AWS::S3::Bucket B"], "BucketName"); got != "own" {
		t.Errorf("B BucketName = %v, want own", got)
	}
	if got := attr(t, rs["AWS::S3::Bucket B"], "Tags.0.Value"); got != "v" {
		t.Errorf("B Tags.0.Value = %v, want v from the merged anchor", got)
	}
	_, res := load(t, dir, Options{}, "bomb.yaml")
	if len(res.Diagnostics) != 1 || !strings.Contains(res.Diagnostics[0].Summary, "expands too far") {
		t.Errorf("diagnostics %v, want one warning that the value expands too far", res.Diagnostics)
	}
}

// TestSAMTransform: serverless resources become what SAM deploys, located at the SAM lines
// that asked for them.
func TestSAMTransform(t *testing.T) {
	rs, res := load(t, "testdata", Options{}, "sam.yaml")
	noErrors(t, res)
	var keys []string
	for k := range rs {
		keys = append(keys, k)
	}
	for _, k := range []string{
		"AWS::Lambda::Function Handler", "AWS::IAM::Role HandlerRole",
		"AWS::Lambda::Permission HandlerUploadPermission", "AWS::Lambda::Permission HandlerGetPermission",
		"AWS::Lambda::EventSourceMapping HandlerPoll", "AWS::Lambda::Url HandlerUrl",
		"AWS::Lambda::Permission HandlerUrlPublicPermissions", "AWS::DynamoDB::Table Table",
		"AWS::ApiGateway::RestApi ServerlessRestApi", "AWS::ApiGateway::Stage ServerlessRestApiProdStage",
		"AWS::ApiGateway::RestApi PublicApi", "AWS::ApiGateway::Stage PublicApiv1Stage",
		"AWS::Lambda::Function Worker", "AWS::Lambda::Permission WorkerCallPermission",
	} {
		if rs[k] == nil {
			t.Errorf("%s missing; have %v", k, keys)
		}
	}
	if rs["AWS::IAM::Role WorkerRole"] != nil {
		t.Error("a role was made for Worker, which names its own")
	}
	fn, role := rs["AWS::Lambda::Function Handler"], rs["AWS::IAM::Role HandlerRole"]
	checks := []struct {
		r    *resource.Resource
		path string
		want any
		line int
	}{
		{fn, "Runtime", "python3.12", 5}, // from Globals
		{fn, "TracingConfig.Mode", "PassThrough", 6},
		{fn, "Environment.Variables.API_TOKEN", "hunter2hunter2", 18},
		{fn, "Environment.Variables.STAGE", "prod", 9}, // Globals merged into the function's map
		{fn, "Code.S3Bucket", "artifacts", 15},
		{role, "ManagedPolicyArns.1", "arn:aws:iam::aws:policy/AdministratorAccess", 21},
		{role, "Policies.0.PolicyDocument.Statement.0.Action", "*", 24},
		{role, "AssumeRolePolicyDocument.Statement.0.Principal.Service.0", "lambda.amazonaws.com", 11},
		{rs["AWS::Lambda::Permission HandlerUploadPermission"], "Principal", "s3.amazonaws.com", 30},
		{rs["AWS::Lambda::Permission HandlerUrlPublicPermissions"], "Principal", "*", 44},
		{rs["AWS::DynamoDB::Table Table"], "AttributeDefinitions.0.AttributeType", "S", 54},
		{rs["AWS::DynamoDB::Table Table"], "BillingMode", "PAY_PER_REQUEST", 49},
		{rs["AWS::ApiGateway::RestApi PublicApi"], "EndpointConfiguration.Types.0", "REGIONAL", 60},
		{rs["AWS::ApiGateway::Stage PublicApiv1Stage"], "TracingEnabled", false, 59},
	}
	for _, c := range checks {
		if got := attr(t, c.r, c.path); got != c.want {
			t.Errorf("%s %s = %#v, want %#v", c.r.Key, c.path, got, c.want)
		}
		if loc := c.r.LocationOf(resource.ParsePath(c.path)); loc.StartLine != c.line {
			t.Errorf("%s %s at %s, want sam.yaml:%d", c.r.Key, c.path, loc, c.line)
		}
	}
	if len(attr(t, role, "ManagedPolicyArns").([]any)) != 2 {
		t.Errorf("ManagedPolicyArns = %v, want the basic execution role once and AdministratorAccess", attr(t, role, "ManagedPolicyArns"))
	}
	// A SAM policy template is not expanded: its statements are unknown, never guessed.
	if !resource.IsUnknown(attr(t, role, "Policies.1.PolicyDocument")) {
		t.Errorf("policy template = %v, want unknown", attr(t, role, "Policies.1.PolicyDocument"))
	}
	for r, ref := range map[*resource.Resource]resource.Reference{
		fn: {Attribute: "Role", Target: "AWS::IAM::Role HandlerRole"},
		rs["AWS::Lambda::Permission HandlerGetPermission"]:    {Attribute: "SourceArn", Target: "AWS::ApiGateway::RestApi ServerlessRestApi"},
		rs["AWS::Lambda::Permission WorkerCallPermission"]:    {Attribute: "SourceArn", Target: "AWS::ApiGateway::RestApi PublicApi"},
		rs["AWS::Lambda::EventSourceMapping HandlerPoll"]:     {Attribute: "EventSourceArn", Target: "AWS::SQS::Queue Queue"},
		rs["AWS::Lambda::Function Worker"]:                    {Attribute: "Role", Target: "AWS::IAM::Role HandlerRole"},
		rs["AWS::Lambda::Permission HandlerUploadPermission"]: {Attribute: "FunctionName", Target: "AWS::Lambda::Function Handler"},
	} {
		if !hasRef(r.References, ref) {
			t.Errorf("%s: reference %v missing from %v", r.Key, ref, r.References)
		}
	}
}
