package terraform

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/apparentlymart/go-cidr/cidr"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// maxReadFile bounds what file() and templatefile() read.
const maxReadFile = 4 << 20

// functions returns the Terraform functions, with file access confined to the scan root and
// relative paths resolved against the root module directory, as Terraform resolves them.
// Functions whose result depends on the moment (timestamp, uuid) return unknown.
func (l *loader) functions(baseDir string) map[string]function.Function {
	if fs, ok := l.funcCache[baseDir]; ok {
		return fs
	}
	fs := map[string]function.Function{}
	for k, v := range pureFunctions {
		fs[k] = v
	}
	fs["file"] = l.fileFunc(baseDir, false)
	fs["filebase64"] = l.fileFunc(baseDir, true)
	fs["fileexists"] = l.fileExistsFunc(baseDir)
	fs["templatefile"] = l.templateFileFunc(baseDir, fs)
	if l.funcCache == nil {
		l.funcCache = map[string]map[string]function.Function{}
	}
	l.funcCache[baseDir] = fs
	return fs
}

var pureFunctions = map[string]function.Function{
	"abs": stdlib.AbsoluteFunc, "ceil": stdlib.CeilFunc, "floor": stdlib.FloorFunc, "log": stdlib.LogFunc,
	"max": stdlib.MaxFunc, "min": stdlib.MinFunc, "parseint": stdlib.ParseIntFunc, "pow": stdlib.PowFunc,
	"signum": stdlib.SignumFunc, "chomp": stdlib.ChompFunc, "format": stdlib.FormatFunc,
	"formatlist": stdlib.FormatListFunc, "indent": stdlib.IndentFunc, "join": stdlib.JoinFunc,
	"lower": stdlib.LowerFunc, "regex": stdlib.RegexFunc, "regexall": stdlib.RegexAllFunc,
	"replace": replaceFunc, "split": stdlib.SplitFunc, "strrev": stdlib.ReverseFunc, "substr": stdlib.SubstrFunc,
	"title": stdlib.TitleFunc, "trim": stdlib.TrimFunc, "trimprefix": stdlib.TrimPrefixFunc,
	"trimsuffix": stdlib.TrimSuffixFunc, "trimspace": stdlib.TrimSpaceFunc, "upper": stdlib.UpperFunc,
	"chunklist": stdlib.ChunklistFunc, "coalesce": stdlib.CoalesceFunc, "coalescelist": stdlib.CoalesceListFunc,
	"compact": stdlib.CompactFunc, "concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc,
	"distinct": stdlib.DistinctFunc, "element": stdlib.ElementFunc, "flatten": stdlib.FlattenFunc,
	"index": stdlib.IndexFunc, "keys": stdlib.KeysFunc, "length": stdlib.LengthFunc, "lookup": stdlib.LookupFunc,
	"merge": stdlib.MergeFunc, "range": stdlib.RangeFunc, "reverse": stdlib.ReverseListFunc,
	"setintersection": stdlib.SetIntersectionFunc, "setproduct": stdlib.SetProductFunc,
	"setsubtract": stdlib.SetSubtractFunc, "setunion": stdlib.SetUnionFunc, "slice": stdlib.SliceFunc,
	"sort": stdlib.SortFunc, "values": stdlib.ValuesFunc, "zipmap": stdlib.ZipmapFunc,
	"csvdecode": stdlib.CSVDecodeFunc, "jsondecode": stdlib.JSONDecodeFunc, "jsonencode": jsonEncodeFunc,
	"formatdate": stdlib.FormatDateFunc, "timeadd": stdlib.TimeAddFunc,
	"tostring": stdlib.MakeToFunc(cty.String), "tonumber": stdlib.MakeToFunc(cty.Number),
	"tobool": stdlib.MakeToFunc(cty.Bool), "tolist": stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
	"toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)), "tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
	"try": tryfunc.TryFunc, "can": tryfunc.CanFunc,
	"base64encode": stringFunc(func(s string) (string, error) { return base64.StdEncoding.EncodeToString([]byte(s)), nil }),
	"base64decode": stringFunc(func(s string) (string, error) {
		b, err := base64.StdEncoding.DecodeString(s)
		return string(b), err
	}),
	"md5":       hashFunc(func(b []byte) []byte { s := md5.Sum(b); return s[:] }),
	"sha1":      hashFunc(func(b []byte) []byte { s := sha1.Sum(b); return s[:] }),
	"sha256":    hashFunc(func(b []byte) []byte { s := sha256.Sum256(b); return s[:] }),
	"sha512":    hashFunc(func(b []byte) []byte { s := sha512.Sum512(b); return s[:] }),
	"basename":  stringFunc(func(s string) (string, error) { return filepath.Base(s), nil }),
	"dirname":   stringFunc(func(s string) (string, error) { return filepath.Dir(s), nil }),
	"abspath":   stringFunc(func(s string) (string, error) { return s, nil }),
	"timestamp": unknownFunc(cty.String), "uuid": unknownFunc(cty.String), "bcrypt": unknownFunc(cty.String),
	"plantimestamp": unknownFunc(cty.String),
	"startswith":    boolStringsFunc(strings.HasPrefix), "endswith": boolStringsFunc(strings.HasSuffix),
	"strcontains": boolStringsFunc(strings.Contains),
	"sensitive":   identityFunc, "nonsensitive": identityFunc,
	"cidrsubnet": cidrSubnetFunc, "cidrhost": cidrHostFunc, "cidrnetmask": cidrNetmaskFunc,
	"one": oneFunc, "alltrue": allTrueFunc, "anytrue": anyTrueFunc, "sum": sumFunc,
}

func stringFunc(f func(string) (string, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			s, err := f(args[0].AsString())
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			return cty.StringVal(s), nil
		},
	})
}

func hashFunc(h func([]byte) []byte) function.Function {
	return stringFunc(func(s string) (string, error) { return hex.EncodeToString(h([]byte(s))), nil })
}

func boolStringsFunc(f func(string, string) bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "sub", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(f(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

func unknownFunc(ty cty.Type) function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true},
		Type:     function.StaticReturnType(ty),
		Impl:     func([]cty.Value, cty.Type) (cty.Value, error) { return cty.UnknownVal(ty), nil },
	})
}

var identityFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowNull: true, AllowMarked: true}},
	Type:   func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl:   func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
})

// replaceFunc is Terraform's replace: a substring, or a regular expression when the pattern
// is written /like this/.
var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}, {Name: "replace", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		sub := args[1].AsString()
		if len(sub) > 1 && strings.HasPrefix(sub, "/") && strings.HasSuffix(sub, "/") {
			return stdlib.RegexReplace(args[0], cty.StringVal(sub[1:len(sub)-1]), args[2])
		}
		return stdlib.Replace(args[0], args[1], args[2])
	},
})

func (l *loader) resolveFile(baseDir, p string) (string, error) {
	if !filepath.IsAbs(p) {
		p = filepath.Join(baseDir, p)
	}
	p = filepath.Clean(p)
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	if !within(l.root, real) {
		return "", fmt.Errorf("%s is outside the scanned directory; Plumb reads only files under it", p)
	}
	st, err := os.Stat(real)
	if err != nil {
		return "", err
	}
	if st.Size() > maxReadFile {
		return "", fmt.Errorf("%s is larger than %d bytes", p, maxReadFile)
	}
	return real, nil
}

func (l *loader) fileFunc(baseDir string, b64 bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p, err := l.resolveFile(baseDir, args[0].AsString())
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			l.files[l.rel(p)] = true
			if b64 {
				return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
			}
			return cty.StringVal(string(b)), nil
		},
	})
}

func (l *loader) fileExistsFunc(baseDir string) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			_, err := l.resolveFile(baseDir, args[0].AsString())
			return cty.BoolVal(err == nil), nil
		},
	})
}

func (l *loader) templateFileFunc(baseDir string, fs map[string]function.Function) function.Function {
	var inner map[string]function.Function // fs without templatefile, made on first use
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}, {Name: "vars", Type: cty.DynamicPseudoType}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p, err := l.resolveFile(baseDir, args[0].AsString())
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			expr, err := l.template(p)
			if err != nil {
				return cty.UnknownVal(cty.String), err
			}
			vars := map[string]cty.Value{}
			if v := args[1]; v.IsKnown() && !v.IsNull() && v.CanIterateElements() {
				for it := v.ElementIterator(); it.Next(); {
					k, ev := it.Element()
					vars[k.AsString()] = ev
				}
			}
			if inner == nil {
				inner = make(map[string]function.Function, len(fs))
				for k, f := range fs {
					if k != "templatefile" {
						inner[k] = f
					}
				}
			}
			out, diags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: inner})
			if diags.HasErrors() {
				return cty.UnknownVal(cty.String), diags
			}
			return out, nil
		},
	})
}

// template reads and parses a template file once per loader: a module instantiated for
// each element of a for_each renders the same template many times. A loader evaluates one
// root on one goroutine, so the cache needs no lock.
func (l *loader) template(p string) (hclsyntax.Expression, error) {
	if t, ok := l.templates[p]; ok {
		return t.expr, t.err
	}
	var t parsedTemplate
	if src, err := os.ReadFile(p); err != nil {
		t.err = err
	} else if expr, diags := hclsyntax.ParseTemplate(src, p, hcl.InitialPos); diags.HasErrors() {
		t.err = diags
	} else {
		t.expr = expr
	}
	if l.templates == nil {
		l.templates = map[string]parsedTemplate{}
	}
	l.templates[p] = t
	return t.expr, t.err
}

type parsedTemplate struct {
	expr hclsyntax.Expression
	err  error
}

var cidrSubnetFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "newbits", Type: cty.Number}, {Name: "netnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		_, network, err := net.ParseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		nb, _ := args[1].AsBigFloat().Int64()
		nn := args[2].AsBigFloat()
		nnInt, _ := nn.Int(nil)
		sub, err := cidr.SubnetBig(network, int(nb), nnInt)
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		return cty.StringVal(sub.String()), nil
	},
})

var cidrHostFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}, {Name: "hostnum", Type: cty.Number}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		_, network, err := net.ParseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		hn, _ := args[1].AsBigFloat().Int(nil)
		ip, err := cidr.HostBig(network, hn)
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		return cty.StringVal(ip.String()), nil
	},
})

var cidrNetmaskFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		_, network, err := net.ParseCIDR(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		return cty.StringVal(net.IP(network.Mask).String()), nil
	},
})
