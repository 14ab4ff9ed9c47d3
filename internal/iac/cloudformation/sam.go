package cloudformation

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/plumbsec/plumb/internal/resource"
)

// samTransform is the transform that makes a template a SAM template.
const samTransform = "AWS::Serverless-2016-10-31"

func hasSAMTransform(n *yaml.Node) bool {
	if n == nil {
		return false
	}
	if n.Kind == yaml.SequenceNode {
		for _, c := range n.Content {
			if c = deref(c); c != nil && c.Kind == yaml.ScalarNode && c.Value == samTransform {
				return true
			}
		}
		return false
	}
	return n.Kind == yaml.ScalarNode && n.Value == samTransform
}

// samTypes are the SAM resource types the transform replaces, and what each becomes under
// its own logical id. Other AWS::Serverless::* types (Application, StateMachine, Connector,
// GraphQLApi) stay as written.
var samTypes = map[string]string{
	"AWS::Serverless::Function":     "AWS::Lambda::Function",
	"AWS::Serverless::Api":          "AWS::ApiGateway::RestApi",
	"AWS::Serverless::HttpApi":      "AWS::ApiGatewayV2::Api",
	"AWS::Serverless::SimpleTable":  "AWS::DynamoDB::Table",
	"AWS::Serverless::LayerVersion": "AWS::Lambda::LayerVersion",
}

// deployedType is the type a resource has once the template's transforms have run.
func (t *template) deployedType(typ string) string {
	if to, ok := samTypes[typ]; ok && t.sam {
		return to
	}
	return typ
}

// Logical ids of the APIs SAM creates for events that name no API.
const (
	implicitRestAPI = "ServerlessRestApi"
	implicitHTTPAPI = "ServerlessHttpApi"
)

// addGeneratedKeys names the resources the transform will add that templates commonly
// refer to: a function's role (<Function>Role) and the implicit APIs.
func (t *template) addGeneratedKeys(decls []*resourceDecl) {
	for _, d := range decls {
		if d.typ != "AWS::Serverless::Function" {
			continue
		}
		if d.prop("Role") == nil {
			t.keys[d.id+"Role"] = key("AWS::IAM::Role", d.id+"Role")
		}
		ks, vs := mapEntries(d.prop("Events"))
		for i := range ks {
			typ, _ := lookup(vs[i], "Type")
			props, _ := lookup(vs[i], "Properties")
			if typ == nil {
				continue
			}
			switch typ.Value {
			case "Api":
				if p, _ := lookup(props, "RestApiId"); p == nil {
					t.addImplicitKey(implicitRestAPI, "AWS::ApiGateway::RestApi")
				}
			case "HttpApi":
				if p, _ := lookup(props, "ApiId"); p == nil {
					t.addImplicitKey(implicitHTTPAPI, "AWS::ApiGatewayV2::Api")
				}
			}
		}
	}
}

func (t *template) addImplicitKey(id, typ string) {
	if _, declared := t.keys[id]; !declared {
		t.keys[id] = key(typ, id)
	}
}

// sam holds what one template's transform is building.
type sam struct {
	t       *template
	globals *val
	out     []*evaluatedResource
	// implicit are the first event lines that asked for each implicit API.
	implicit map[string]resource.Location
}

// transformSAM replaces every AWS::Serverless::* resource it knows with the resources SAM
// deploys for it. Values keep the locations of the SAM lines that gave them; values SAM
// makes up (a role's trust policy, a permission's principal) are located at the SAM
// property or resource that made SAM add them.
func (t *template) transformSAM(in []*evaluatedResource) []*evaluatedResource {
	s := &sam{t: t, implicit: map[string]resource.Location{}}
	if g := t.section("Globals"); g != nil {
		s.globals = t.eval(g, 0)
	}
	for _, e := range in {
		switch e.typ {
		case "AWS::Serverless::Function":
			s.function(e)
		case "AWS::Serverless::Api":
			s.restAPI(e, s.withGlobals(e.props, "Api"))
		case "AWS::Serverless::HttpApi":
			s.httpAPI(e, s.withGlobals(e.props, "HttpApi"))
		case "AWS::Serverless::SimpleTable":
			s.simpleTable(e)
		case "AWS::Serverless::LayerVersion":
			s.layer(e)
		default:
			s.out = append(s.out, e)
		}
	}
	s.implicitAPIs()
	return s.out
}

// withGlobals merges the Globals section's entry for a resource kind into its properties:
// the resource's own values win, maps are merged.
func (s *sam) withGlobals(props *val, kind string) *val {
	return mergeGlobal(props, s.globals.get(kind))
}

func mergeGlobal(own, global *val) *val {
	switch {
	case global == nil:
		return own
	case own == nil:
		return global
	case own.kind != mapKind || global.kind != mapKind:
		return own
	}
	m := mapVal(own.loc)
	m.via = own.via
	for _, k := range own.keys {
		m.set(k, mergeGlobal(own.m[k], global.m[k]))
	}
	for _, k := range global.keys {
		if _, ok := own.m[k]; !ok {
			m.set(k, global.m[k])
		}
	}
	return m
}

func (s *sam) add(id, typ string, decl resource.Location, props *val) {
	s.out = append(s.out, &evaluatedResource{id: id, typ: typ, decl: decl, props: props})
}

// copyProps copies the named properties of from into to, renamed when a pair is given as
// "From=To".
func copyProps(to, from *val, names ...string) {
	for _, n := range names {
		src, dst, ok := strings.Cut(n, "=")
		if !ok {
			dst = src
		}
		if v := from.get(src); v != nil {
			to.set(dst, v)
		}
	}
}

// lambdaProps are the properties a SAM function passes to its AWS::Lambda::Function as they
// are.
var lambdaProps = []string{"FunctionName", "Description", "Handler", "Runtime", "MemorySize", "Timeout",
	"KmsKeyArn", "Layers", "ReservedConcurrentExecutions", "Architectures", "PackageType", "EphemeralStorage",
	"FileSystemConfigs", "ImageConfig", "LoggingConfig", "RuntimeManagementConfig", "SnapStart", "VpcConfig",
	"Environment", "CodeSigningConfigArn", "Role"}

func (s *sam) function(e *evaluatedResource) {
	p := s.withGlobals(e.props, "Function")
	fnKey := key("AWS::Lambda::Function", e.id)
	fn := mapVal(p.loc)
	copyProps(fn, p, lambdaProps...)
	if tr := p.get("Tracing"); tr != nil {
		fn.set("TracingConfig", mapVal(tr.loc, "Mode", tr))
	}
	if dlq := p.get("DeadLetterQueue"); dlq != nil && dlq.kind == mapKind {
		fn.set("DeadLetterConfig", mapVal(dlq.loc, "TargetArn", dlq.get("TargetArn")))
	}
	if code := s.code(p); code != nil {
		fn.set("Code", code)
	}
	if tags := tagList(p.get("Tags")); tags != nil {
		fn.set("Tags", tags)
	}
	generateRole := fn.get("Role") == nil
	if generateRole {
		fn.set("Role", unknownVal(e.decl, key("AWS::IAM::Role", e.id+"Role")))
	}
	s.out = append(s.out, &evaluatedResource{id: e.id, typ: "AWS::Lambda::Function", decl: e.decl, props: fn, dependsOn: e.dependsOn})
	if generateRole {
		s.role(e, p, e.id+"Role")
	}
	s.events(e, p, fnKey)
	s.functionURL(e, p, fnKey)
}

// code turns CodeUri, InlineCode and ImageUri into the function's Code.
func (s *sam) code(p *val) *val {
	if v := p.get("InlineCode"); v != nil {
		return mapVal(v.loc, "ZipFile", v)
	}
	if v := p.get("ImageUri"); v != nil {
		return mapVal(v.loc, "ImageUri", v)
	}
	if v := p.get("CodeUri"); v != nil {
		return s3Location(v, "S3Bucket", "S3Key", "S3ObjectVersion")
	}
	return nil
}

// s3Location reads "s3://bucket/key" or {Bucket, Key, Version} under the given names; a
// local path (packaged by the SAM CLI) gives nothing.
func s3Location(v *val, bucket, key, version string) *val {
	if str, ok := v.str(); ok {
		rest, isS3 := strings.CutPrefix(str, "s3://")
		if !isS3 {
			return nil
		}
		b, k, _ := strings.Cut(rest, "/")
		return mapVal(v.loc, bucket, scalarVal(b, v.loc), key, scalarVal(k, v.loc))
	}
	if v.kind == mapKind {
		return mapVal(v.loc, bucket, v.get("Bucket"), key, v.get("Key"), version, v.get("Version"))
	}
	return nil
}

// tagList turns SAM's tag map into CloudFormation's [{Key, Value}] list.
func tagList(tags *val) *val {
	if tags == nil || tags.kind != mapKind {
		return tags
	}
	items := make([]*val, 0, len(tags.keys))
	for _, k := range tags.keys {
		v := tags.m[k]
		items = append(items, mapVal(v.loc, "Key", scalarVal(k, v.loc), "Value", v))
	}
	return listVal(tags.loc, items...)
}

// serviceRolePolicies are AWS managed policies SAM names that live under service-role/.
var serviceRolePolicies = map[string]bool{
	"AWSLambdaBasicExecutionRole": true, "AWSLambdaVPCAccessExecutionRole": true, "AWSLambdaRole": true,
	"AWSLambdaDynamoDBExecutionRole": true, "AWSLambdaKinesisExecutionRole": true, "AWSLambdaSQSQueueExecutionRole": true,
	"AWSLambdaMSKExecutionRole": true, "AWSLambdaENIManagementAccess": true,
}

func (s *sam) managedPolicyARN(name string, loc resource.Location) *val {
	path := "policy/"
	if serviceRolePolicies[name] {
		path = "policy/service-role/"
	}
	return scalarVal("arn:"+s.t.partition()+":iam::aws:"+path+name, loc)
}

// role is the execution role SAM creates for a function without a Role: the basic execution
// policy, X-Ray and VPC access when the function uses them, and Policies: managed policy
// names and ARNs, inline policy documents, and SAM policy templates (whose statements are not
// expanded here and so are unknown).
func (s *sam) role(e *evaluatedResource, p *val, roleID string) {
	managed := []*val{s.managedPolicyARN("AWSLambdaBasicExecutionRole", e.decl)}
	if tr := p.get("Tracing"); tr != nil {
		if mode, _ := tr.str(); mode == "Active" {
			managed = append(managed, s.managedPolicyARN("AWSXrayWriteOnlyAccess", tr.loc))
		}
	}
	if vpc := p.get("VpcConfig"); vpc != nil {
		managed = append(managed, s.managedPolicyARN("AWSLambdaVPCAccessExecutionRole", vpc.loc))
	}
	var inline []*val
	polLoc := e.decl
	if pol := p.get("Policies"); pol != nil {
		polLoc = pol.loc
		items := []*val{pol}
		if pol.kind == listKind {
			items = pol.items
		}
		for _, it := range items {
			name := scalarVal(roleID+"Policy"+strconv.Itoa(len(inline)), it.loc)
			switch {
			case it.kind == unknownKind:
				managed = append(managed, it)
			case it.kind == scalarKind:
				str, _ := it.str()
				if str == "AWSLambdaBasicExecutionRole" {
					continue // already attached
				}
				if !strings.HasPrefix(str, "arn:") {
					managed = append(managed, s.managedPolicyARN(str, it.loc).readFrom(it.via))
				} else {
					managed = append(managed, it)
				}
			case it.kind == mapKind && it.get("Statement") != nil:
				inline = append(inline, mapVal(it.loc, "PolicyName", name, "PolicyDocument", it))
			case it.kind == mapKind:
				inline = append(inline, mapVal(it.loc, "PolicyName", name, "PolicyDocument", unknownVal(it.loc, it.allRefs()...)))
			}
		}
	}
	assume := p.get("AssumeRolePolicyDocument")
	if assume == nil {
		l := e.decl
		assume = mapVal(l, "Version", scalarVal("2012-10-17", l), "Statement", listVal(l, mapVal(l,
			"Effect", scalarVal("Allow", l),
			"Action", listVal(l, scalarVal("sts:AssumeRole", l)),
			"Principal", mapVal(l, "Service", listVal(l, scalarVal("lambda.amazonaws.com", l))))))
	}
	role := mapVal(e.decl, "AssumeRolePolicyDocument", assume, "ManagedPolicyArns", listVal(polLoc, managed...))
	if len(inline) > 0 {
		role.set("Policies", listVal(polLoc, inline...))
	}
	copyProps(role, p, "PermissionsBoundary", "RolePath=Path")
	if tags := tagList(p.get("Tags")); tags != nil {
		role.set("Tags", tags)
	}
	s.add(roleID, "AWS::IAM::Role", e.decl, role)
}

// eventPrincipals are the services SAM lets invoke a function for each push event type.
var eventPrincipals = map[string]string{
	"Api": "apigateway.amazonaws.com", "HttpApi": "apigateway.amazonaws.com", "S3": "s3.amazonaws.com",
	"SNS": "sns.amazonaws.com", "Schedule": "events.amazonaws.com", "CloudWatchEvent": "events.amazonaws.com",
	"EventBridgeRule": "events.amazonaws.com", "CloudWatchLogs": "logs.amazonaws.com", "IoTRule": "iot.amazonaws.com",
	"AlexaSkill": "alexa-appkit.amazon.com", "Cognito": "cognito-idp.amazonaws.com",
}

// eventSources are the poll event types, which SAM turns into event source mappings, and
// the property that names the source.
var eventSources = map[string]string{
	"SQS": "Queue", "Kinesis": "Stream", "DynamoDB": "Stream", "MSK": "Stream", "MQ": "Broker", "DocumentDB": "Cluster",
}

// events adds a permission for each push event and an event source mapping for each poll
// event. Other event types add nothing here.
func (s *sam) events(e *evaluatedResource, p *val, fnKey string) {
	events := p.get("Events")
	if events == nil || events.kind != mapKind {
		return
	}
	for _, name := range events.keys {
		ev := events.m[name]
		typeVal := ev.get("Type")
		typ, _ := typeVal.str()
		props := ev.get("Properties")
		if props == nil {
			props = mapVal(ev.loc)
		}
		fn := unknownVal(ev.loc, fnKey)
		if principal, ok := eventPrincipals[typ]; ok {
			perm := mapVal(ev.loc, "Action", scalarVal("lambda:InvokeFunction", ev.loc), "FunctionName", fn,
				"Principal", scalarVal(principal, typeVal.loc))
			s.scopePermission(perm, typ, props, ev.loc)
			s.add(e.id+name+"Permission", "AWS::Lambda::Permission", ev.loc, perm)
			continue
		}
		if prop, ok := eventSources[typ]; ok {
			m := mapVal(ev.loc, "FunctionName", fn, "EventSourceArn", props.get(prop))
			copyProps(m, props, "BatchSize", "Enabled", "StartingPosition", "MaximumBatchingWindowInSeconds",
				"FilterCriteria", "FunctionResponseTypes")
			s.add(e.id+name, "AWS::Lambda::EventSourceMapping", ev.loc, m)
		}
	}
}

// scopePermission sets what limits who can use a permission, as SAM does per event type:
// the source ARN (unknown, read from the API, topic, bucket or rule) or the account.
func (s *sam) scopePermission(perm *val, typ string, props *val, loc resource.Location) {
	refsOf := func(names ...string) []string {
		var out []string
		for _, n := range names {
			if v := props.get(n); v != nil {
				out = append(out, v.allRefs()...)
			}
		}
		return out
	}
	switch typ {
	case "Api":
		refs := refsOf("RestApiId")
		if props.get("RestApiId") == nil {
			s.implicitFrom(implicitRestAPI, loc)
			refs = append(refs, s.t.keys[implicitRestAPI])
		}
		perm.set("SourceArn", unknownVal(loc, refs...))
	case "HttpApi":
		refs := refsOf("ApiId")
		if props.get("ApiId") == nil {
			s.implicitFrom(implicitHTTPAPI, loc)
			refs = append(refs, s.t.keys[implicitHTTPAPI])
		}
		perm.set("SourceArn", unknownVal(loc, refs...))
	case "SNS":
		if topic := props.get("Topic"); topic != nil {
			perm.set("SourceArn", topic)
		}
	case "S3":
		perm.set("SourceAccount", unknownVal(loc, refsOf("Bucket")...))
	case "AlexaSkill":
		if id := props.get("SkillId"); id != nil {
			perm.set("EventSourceToken", id)
		}
	default:
		perm.set("SourceArn", unknownVal(loc, refsOf("UserPool", "LogGroupName")...))
	}
}

// functionURL adds the function URL and, for AuthType NONE, the public permission SAM
// grants with it.
func (s *sam) functionURL(e *evaluatedResource, p *val, fnKey string) {
	cfg := p.get("FunctionUrlConfig")
	if cfg == nil || cfg.kind != mapKind {
		return
	}
	auth := cfg.get("AuthType")
	url := mapVal(cfg.loc, "TargetFunctionArn", unknownVal(cfg.loc, fnKey))
	copyProps(url, cfg, "AuthType", "Cors", "InvokeMode")
	s.add(e.id+"Url", "AWS::Lambda::Url", cfg.loc, url)
	if a, _ := auth.str(); a == "NONE" {
		s.add(e.id+"UrlPublicPermissions", "AWS::Lambda::Permission", cfg.loc, mapVal(cfg.loc,
			"Action", scalarVal("lambda:InvokeFunctionUrl", auth.loc), "FunctionName", unknownVal(cfg.loc, fnKey),
			"Principal", scalarVal("*", auth.loc), "FunctionUrlAuthType", auth))
	}
}

func (s *sam) implicitFrom(id string, loc resource.Location) {
	if _, ok := s.implicit[id]; !ok {
		s.implicit[id] = loc
	}
}

// implicitAPIs adds the REST and HTTP APIs SAM creates for events that name none, unless
// the template declares one under that logical id.
func (s *sam) implicitAPIs() {
	if loc, ok := s.implicit[implicitRestAPI]; ok && s.t.decls[implicitRestAPI] == nil {
		s.restAPI(&evaluatedResource{id: implicitRestAPI, decl: loc},
			s.withGlobals(mapVal(loc, "StageName", scalarVal("Prod", loc)), "Api"))
	}
	if loc, ok := s.implicit[implicitHTTPAPI]; ok && s.t.decls[implicitHTTPAPI] == nil {
		s.httpAPI(&evaluatedResource{id: implicitHTTPAPI, decl: loc}, s.withGlobals(mapVal(loc), "HttpApi"))
	}
}

// restAPI is AWS::Serverless::Api: a REST API and its stage.
func (s *sam) restAPI(e *evaluatedResource, p *val) {
	api := mapVal(p.loc)
	copyProps(api, p, "Name", "Description", "BinaryMediaTypes", "MinimumCompressionSize", "DisableExecuteApiEndpoint",
		"ApiKeySourceType", "Mode", "FailOnWarnings", "DefinitionBody=Body")
	if uri := p.get("DefinitionUri"); uri != nil {
		if loc := s3Location(uri, "Bucket", "Key", "Version"); loc != nil {
			api.set("BodyS3Location", loc)
		}
	}
	if ec := p.get("EndpointConfiguration"); ec != nil {
		if _, ok := ec.str(); ok || ec.kind == unknownKind {
			api.set("EndpointConfiguration", mapVal(ec.loc, "Types", listVal(ec.loc, ec)))
		} else if ec.kind == mapKind {
			m := mapVal(ec.loc, "VpcEndpointIds", ec.get("VPCEndpointIds"))
			if typ := ec.get("Type"); typ != nil {
				m.set("Types", listVal(typ.loc, typ))
			}
			api.set("EndpointConfiguration", m)
		}
	}
	if st := p.get("Auth").get("ResourcePolicy").get("CustomStatements"); st != nil {
		api.set("Policy", mapVal(st.loc, "Version", scalarVal("2012-10-17", st.loc), "Statement", st))
	}
	s.add(e.id, "AWS::ApiGateway::RestApi", e.decl, api)
	stage := mapVal(p.loc, "RestApiId", unknownVal(e.decl, key("AWS::ApiGateway::RestApi", e.id)))
	copyProps(stage, p, "StageName", "TracingEnabled", "MethodSettings", "AccessLogSetting", "CacheClusterEnabled",
		"CacheClusterSize", "Variables", "CanarySetting")
	s.add(e.id+stageSuffix(p.get("StageName"))+"Stage", "AWS::ApiGateway::Stage", e.decl, stage)
}

// stageSuffix is the stage name as SAM puts it in the stage's logical id.
func stageSuffix(v *val) string {
	name, _ := v.str()
	var b strings.Builder
	for _, r := range name {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// httpAPI is AWS::Serverless::HttpApi: an HTTP API and its stage.
func (s *sam) httpAPI(e *evaluatedResource, p *val) {
	api := mapVal(p.loc, "ProtocolType", scalarVal("HTTP", e.decl))
	copyProps(api, p, "Name", "Description", "DisableExecuteApiEndpoint", "DefinitionBody=Body")
	if uri := p.get("DefinitionUri"); uri != nil {
		if loc := s3Location(uri, "Bucket", "Key", "Version"); loc != nil {
			api.set("BodyS3Location", loc)
		}
	}
	s.add(e.id, "AWS::ApiGatewayV2::Api", e.decl, api)
	stage := mapVal(p.loc, "ApiId", unknownVal(e.decl, key("AWS::ApiGatewayV2::Api", e.id)),
		"AutoDeploy", scalarVal(true, e.decl))
	name := p.get("StageName")
	if name == nil {
		name = scalarVal("$default", e.decl)
	}
	stage.set("StageName", name)
	copyProps(stage, p, "AccessLogSettings", "DefaultRouteSettings", "RouteSettings", "StageVariables")
	id := e.id + "ApiGatewayDefaultStage"
	if p.get("StageName") != nil {
		id = e.id + stageSuffix(name) + "Stage"
	}
	s.add(id, "AWS::ApiGatewayV2::Stage", e.decl, stage)
}

// simpleTable is AWS::Serverless::SimpleTable: a DynamoDB table with one hash key,
// on-demand unless ProvisionedThroughput is given.
func (s *sam) simpleTable(e *evaluatedResource) {
	p := s.withGlobals(e.props, "SimpleTable")
	table := mapVal(p.loc)
	copyProps(table, p, "TableName", "SSESpecification", "ProvisionedThroughput")
	pk := p.get("PrimaryKey")
	name, typ := scalarVal("id", e.decl), scalarVal("S", e.decl)
	if pk != nil && pk.kind == mapKind {
		if n := pk.get("Name"); n != nil {
			name = n
		}
		if t := pk.get("Type"); t != nil {
			typ = t
			if str, ok := t.str(); ok {
				typ = scalarVal(map[string]string{"String": "S", "Number": "N", "Binary": "B"}[str], t.loc)
			}
		}
	}
	l := e.decl
	if pk != nil {
		l = pk.loc
	}
	table.set("AttributeDefinitions", listVal(l, mapVal(l, "AttributeName", name, "AttributeType", typ)))
	table.set("KeySchema", listVal(l, mapVal(l, "AttributeName", name, "KeyType", scalarVal("HASH", l))))
	if p.get("ProvisionedThroughput") == nil {
		table.set("BillingMode", scalarVal("PAY_PER_REQUEST", e.decl))
	}
	if tags := tagList(p.get("Tags")); tags != nil {
		table.set("Tags", tags)
	}
	s.add(e.id, "AWS::DynamoDB::Table", e.decl, table)
}

// layer is AWS::Serverless::LayerVersion.
func (s *sam) layer(e *evaluatedResource) {
	p := s.withGlobals(e.props, "LayerVersion")
	layer := mapVal(p.loc)
	copyProps(layer, p, "LayerName", "Description", "CompatibleRuntimes", "CompatibleArchitectures", "LicenseInfo")
	if uri := p.get("ContentUri"); uri != nil {
		if c := s3Location(uri, "S3Bucket", "S3Key", "S3ObjectVersion"); c != nil {
			layer.set("Content", c)
		}
	}
	s.add(e.id, "AWS::Lambda::LayerVersion", e.decl, layer)
}
