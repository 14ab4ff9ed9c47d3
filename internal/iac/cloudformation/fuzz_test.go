package cloudformation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/iac"
)

// FuzzLoad feeds arbitrary bytes to the loader as a template (read as YAML, or as JSON when
// it starts with a brace) and a parameters file. Whatever the input, Load must return: no
// panic, no hang, and no "internal error" diagnostic (the recovered form of a panic).
func FuzzLoad(f *testing.F) {
	seeds := []string{
		"Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::Region}-${X}'\n",
		"Parameters:\n  X: {Type: CommaDelimitedList, Default: 'a,b'}\nConditions:\n  C: !Equals [!Select [0, !Ref X], a]\n" +
			"Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: C\n    Properties:\n      A: !If [C, !Ref X, !Ref AWS::NoValue]\n",
		`{"Resources": {"B": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"SecurityGroupIngress": [{"CidrIp": {"Fn::Select": ["1", {"Fn::Cidr": ["10.0.0.0/16", 3, 8]}]}}]}}}}`,
		"Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n" +
			"      Policies: [AdministratorAccess, {Statement: []}]\n      Events: {E: {Type: Api}}\n      FunctionUrlConfig: {AuthType: NONE}\n",
		"a: &a [*a]\n",
		"Resources: !Ref X\n",
		"Mappings: {M: {a: {b: c}}}\nResources:\n  B: {Type: T, Properties: {X: !FindInMap [M, a, b], Y: !GetAtt [B], Z: !Join [x]}}\n",
	}
	for _, s := range seeds {
		f.Add(s, `[{"ParameterKey": "X", "ParameterValue": "y"}]`)
	}
	f.Fuzz(func(t *testing.T, tmpl, params string) {
		dir := t.TempDir()
		name := "template.yaml"
		if strings.HasPrefix(strings.TrimSpace(tmpl), "{") {
			name = "template.json"
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(tmpl), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "params.json"), []byte(params), 0o644); err != nil {
			t.Fatal(err)
		}
		done := make(chan *iac.Result, 1)
		go func() {
			done <- Load(dir, []string{filepath.Join(dir, name)}, Options{ParamFiles: []string{filepath.Join(dir, "params.json")}})
		}()
		var res *iac.Result
		select {
		case res = <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Load did not return within 10s on %q", tmpl)
		}
		for _, d := range res.Diagnostics {
			if strings.Contains(d.Summary, "internal error") {
				t.Fatalf("%s", d)
			}
		}
	})
}
