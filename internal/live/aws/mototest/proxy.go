package mototest

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Proxy stands between a client and a moto server and makes it misbehave as AWS can:
// refuse a service or one operation (403 AccessDenied), throttle (429 with the service's
// throttling code), or page a listing moto returns whole (DescribeSecurityGroups with
// MaxResults). Everything else passes through unchanged, so the client under test runs its
// real code path: signing, retries, error decoding, paginators.
type Proxy struct {
	// URL is the proxy's base URL, to give the client as its endpoint.
	URL string

	backend *url.URL
	rp      *httputil.ReverseProxy

	mu       sync.Mutex
	denied   map[string]bool // "service" or "service:Operation"
	throttle map[string]int  // service → responses still to throttle
	paging   bool
	counts   map[string]int // "service" and "service:Operation" → requests seen
}

// NewProxy starts a proxy in front of s, closed when tb ends.
func NewProxy(tb testing.TB, s *Server) *Proxy {
	tb.Helper()
	u, err := url.Parse(s.URL)
	if err != nil {
		tb.Fatal(err)
	}
	p := &Proxy{backend: u, rp: httputil.NewSingleHostReverseProxy(u),
		denied: map[string]bool{}, throttle: map[string]int{}, counts: map[string]int{}}
	hs := httptest.NewServer(http.HandlerFunc(p.serve))
	tb.Cleanup(hs.Close)
	p.URL = hs.URL
	return p
}

// Deny makes every call to service (the signing name: "iam", "s3", "ec2", "kms") answer
// 403 AccessDenied; with an operation ("s3", "GetBucketPolicy"), only that operation.
func (p *Proxy) Deny(service string, operation ...string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(operation) == 0 {
		p.denied[service] = true
	}
	for _, op := range operation {
		p.denied[service+":"+op] = true
	}
}

// Throttle makes the next n calls to service answer 429 with the service's throttling code.
func (p *Proxy) Throttle(service string, n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.throttle[service] = n
}

// PageSecurityGroups makes DescribeSecurityGroups honour MaxResults and NextToken, as EC2
// does and moto does not.
func (p *Proxy) PageSecurityGroups() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.paging = true
}

// Requests returns how many requests reached the proxy for key: a service ("ec2") or one
// operation ("ec2:DescribeSecurityGroups").
func (p *Proxy) Requests(key string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.counts[key]
}

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	svc := signingService(r)
	op := operationOf(svc, r, body)
	p.mu.Lock()
	p.counts[svc]++
	p.counts[svc+":"+op]++
	deny := p.denied[svc] || p.denied[svc+":"+op]
	throttle := p.throttle[svc] > 0
	if throttle {
		p.throttle[svc]--
	}
	paging := p.paging && svc == "ec2" && op == "DescribeSecurityGroups"
	p.mu.Unlock()
	switch {
	case deny:
		writeError(w, svc, http.StatusForbidden, deniedCode(svc), "User is not authorized to perform "+svc+":"+op)
	case throttle:
		writeError(w, svc, http.StatusTooManyRequests, throttleCode(svc), "Rate exceeded")
	case paging:
		p.pageSecurityGroups(w, r, body)
	default:
		p.rp.ServeHTTP(w, r)
	}
}

// signingService reads the service from the request's SigV4 credential scope:
// Credential=AKID/DATE/REGION/SERVICE/aws4_request.
func signingService(r *http.Request) string {
	auth := r.Header.Get("Authorization")
	_, cred, ok := strings.Cut(auth, "Credential=")
	if !ok {
		return ""
	}
	cred, _, _ = strings.Cut(cred, ",")
	parts := strings.Split(cred, "/")
	if len(parts) < 5 {
		return ""
	}
	return parts[3]
}

// operationOf names the operation: the Action of a query-protocol call, the target of a
// JSON one, and for S3 the subresource in the query (GetBucketPolicy for GET ?policy).
func operationOf(svc string, r *http.Request, body []byte) string {
	if t := r.Header.Get("X-Amz-Target"); t != "" {
		return t[strings.LastIndexByte(t, '.')+1:]
	}
	if svc == "s3" {
		return s3Operation(r)
	}
	if v, err := url.ParseQuery(string(body)); err == nil && v.Get("Action") != "" {
		return v.Get("Action")
	}
	return r.URL.Query().Get("Action")
}

var s3Subresources = map[string]string{
	"policy": "BucketPolicy", "acl": "BucketAcl", "versioning": "BucketVersioning",
	"encryption": "BucketEncryption", "publicAccessBlock": "PublicAccessBlock",
	"logging": "BucketLogging", "tagging": "BucketTagging", "location": "BucketLocation",
}

func s3Operation(r *http.Request) string {
	verb := map[string]string{http.MethodGet: "Get", http.MethodPut: "Put", http.MethodDelete: "Delete"}[r.Method]
	for q := range r.URL.Query() {
		if name, ok := s3Subresources[q]; ok {
			return verb + name
		}
	}
	if r.URL.Path == "/" || r.URL.Path == "" {
		return "ListBuckets"
	}
	return r.Method
}

func deniedCode(svc string) string {
	switch svc {
	case "ec2":
		return "UnauthorizedOperation"
	case "kms", "cloudtrail":
		return "AccessDeniedException"
	}
	return "AccessDenied"
}

func throttleCode(svc string) string {
	switch svc {
	case "ec2":
		return "RequestLimitExceeded"
	case "s3":
		return "SlowDown"
	case "kms", "cloudtrail":
		return "ThrottlingException"
	}
	return "Throttling"
}

// writeError answers in the service's own error format, so that the SDK decodes the code.
func writeError(w http.ResponseWriter, svc string, status int, code, msg string) {
	switch svc {
	case "kms", "cloudtrail": // JSON protocols
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		w.Header().Set("X-Amzn-ErrorType", code)
		w.WriteHeader(status)
		fmt.Fprintf(w, `{"__type":%q,"message":%q}`, code, msg)
	case "ec2":
		w.Header().Set("Content-Type", "text/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, `<Response><Errors><Error><Code>%s</Code><Message>%s</Message></Error></Errors><RequestID>plumb-proxy</RequestID></Response>`, code, xmlText(msg))
	case "s3":
		w.Header().Set("Content-Type", "application/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, `<Error><Code>%s</Code><Message>%s</Message><RequestId>plumb-proxy</RequestId></Error>`, code, xmlText(msg))
	default: // the query protocol: IAM, STS, RDS
		w.Header().Set("Content-Type", "text/xml")
		w.WriteHeader(status)
		fmt.Fprintf(w, `<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error><RequestId>plumb-proxy</RequestId></ErrorResponse>`, code, xmlText(msg))
	}
}

func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// pageSecurityGroups asks moto for every group and answers with the page MaxResults and
// NextToken select; the token is the index of the page's first group.
func (p *Proxy) pageSecurityGroups(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	max, _ := strconv.Atoi(form.Get("MaxResults"))
	start, _ := strconv.Atoi(form.Get("NextToken"))
	form.Del("MaxResults")
	form.Del("NextToken")
	// The request is re-signed by nobody: moto does not check signatures.
	req, err := http.NewRequestWithContext(r.Context(), http.MethodPost, p.backend.String()+"/", strings.NewReader(form.Encode()))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	req.Header = r.Header.Clone()
	req.Header.Del("Content-Length")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	whole, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK || max <= 0 {
		w.WriteHeader(resp.StatusCode)
		_, _ = w.Write(whole)
		return
	}
	page, err := xmlPage(whole, "securityGroupInfo", start, max)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/xml")
	_, _ = w.Write(page)
}

// xmlPage keeps items [start, start+n) of the list element named list in doc, and adds a
// nextToken after it when more remain.
func xmlPage(doc []byte, list string, start, n int) ([]byte, error) {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var open, close int64 = -1, -1 // offsets just inside the list element
	var items [][2]int64
	depth, listDepth := 0, -1
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if t.Name.Local == list && listDepth < 0 {
				listDepth, open = depth, dec.InputOffset()
			} else if depth == listDepth+1 && listDepth > 0 && close < 0 {
				items = append(items, [2]int64{before, -1})
			}
		case xml.EndElement:
			if depth == listDepth+1 && listDepth > 0 && close < 0 {
				items[len(items)-1][1] = dec.InputOffset()
			}
			if depth == listDepth && t.Name.Local == list && close < 0 {
				close = before
			}
			depth--
		}
	}
	if open < 0 || close < 0 {
		return nil, fmt.Errorf("no <%s> in the response", list)
	}
	var out bytes.Buffer
	out.Write(doc[:open])
	end := min(start+n, len(items))
	for _, it := range items[min(start, len(items)):end] {
		out.Write(doc[it[0]:it[1]])
	}
	out.Write(doc[close:])
	page := out.Bytes()
	if end < len(items) {
		tag := "</" + list + ">"
		i := bytes.Index(page, []byte(tag)) + len(tag)
		page = append(page[:i:i], append([]byte("<nextToken>"+strconv.Itoa(end)+"</nextToken>"), page[i:]...)...)
	}
	return page, nil
}
