// Package mototest runs moto's server mode, a local emulator of the AWS APIs, for tests of
// the live AWS collector. A test package starts one server from its TestMain (Main) and each
// test takes it with Shared, which wipes the emulator's state first; Start gives one test a
// server of its own. State is seeded with the Go SDK through Config, never with boto3.
//
// moto is a Python package. The python is found once per process: $PLUMB_MOTO_PYTHON, then
// python3 and python on PATH, then pyenv's shims and versions, keeping the first that can
// import moto.server (Debian's /usr/bin/python3 usually cannot). When none can, the test
// fails with a message saying so, unless it runs under -short, where it is skipped.
//
// It imports nothing of Plumb's.
package mototest

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Account is the account id moto answers with; Region the region tests use.
const (
	Account = "123456789012"
	Region  = "us-east-1"
)

// readyTimeout bounds the wait for a server to answer: about 1 s idle, up to 10 s on a
// loaded 2-core machine, so a minute is ample and still ends a hung start.
const readyTimeout = 60 * time.Second

// Server is one running moto server.
type Server struct {
	// URL is the server's base URL, http://127.0.0.1:PORT.
	URL string

	cmd    *exec.Cmd
	out    *lockedBuffer
	exited chan struct{}
}

// Python returns the interpreter that can import moto.server, or an error that says where
// it looked.
func Python() (string, error) {
	pythonOnce.Do(func() { python, pythonErr = findPython() })
	return python, pythonErr
}

var (
	pythonOnce sync.Once
	python     string
	pythonErr  error
)

func findPython() (string, error) {
	var tried []string
	for _, c := range candidates() {
		if c == "" {
			continue
		}
		tried = append(tried, c)
		cmd := exec.Command(c, "-c", "import moto.server")
		if err := cmd.Run(); err == nil {
			return c, nil
		}
	}
	return "", fmt.Errorf("no python that can import moto.server (tried %v); install moto in the machine's Python (pip install 'moto[server]') or point PLUMB_MOTO_PYTHON at an interpreter that has it", tried)
}

// candidates lists interpreters in the order they are tried.
func candidates() []string {
	out := []string{os.Getenv("PLUMB_MOTO_PYTHON")}
	for _, name := range []string{"python3", "python"} {
		if p, err := exec.LookPath(name); err == nil {
			out = append(out, p)
		}
	}
	roots := []string{os.Getenv("PYENV_ROOT")}
	if home, err := os.UserHomeDir(); err == nil {
		roots = append(roots, filepath.Join(home, ".pyenv"))
	}
	for _, r := range roots {
		if r == "" {
			continue
		}
		out = append(out, filepath.Join(r, "shims", "python3"))
		versions, _ := filepath.Glob(filepath.Join(r, "versions", "*", "bin", "python3"))
		out = append(out, versions...)
	}
	return out
}

// Start runs a server for tb alone and stops it when tb ends.
func Start(tb testing.TB) *Server {
	tb.Helper()
	s, err := start()
	if err != nil {
		unavailable(tb, err)
	}
	tb.Cleanup(s.Stop)
	return s
}

// unavailable fails the test, or skips it under -short: a missing emulator must not pass
// silently in a full run.
func unavailable(tb testing.TB, err error) {
	tb.Helper()
	if testing.Short() {
		tb.Skipf("moto is not available (skipped under -short): %v", err)
	}
	tb.Fatalf("moto is not available: %v", err)
}

func start() (*Server, error) {
	py, err := Python()
	if err != nil {
		return nil, err
	}
	var lastErr error
	for range 3 { // the free port may be taken between choosing and binding it
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		s, err := launch(py, port)
		if err == nil {
			return s, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

func launch(py string, port int) (*Server, error) {
	s := &Server{
		URL:    "http://127.0.0.1:" + strconv.Itoa(port),
		out:    &lockedBuffer{},
		exited: make(chan struct{}),
	}
	s.cmd = exec.Command(py, "-m", "moto.server", "-H", "127.0.0.1", "-p", strconv.Itoa(port))
	s.cmd.Stdout, s.cmd.Stderr = s.out, s.out
	s.cmd.SysProcAttr = procAttr()
	// moto reads no credentials; a region keeps boto defaults from looking for a profile.
	s.cmd.Env = append(os.Environ(), "AWS_DEFAULT_REGION="+Region, "AWS_REGION="+Region)
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start moto: %w", err)
	}
	go func() { _ = s.cmd.Wait(); close(s.exited) }()
	if err := s.waitReady(); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

func (s *Server) waitReady() error {
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(readyTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-s.exited:
			return fmt.Errorf("moto exited before it was ready: %s", s.out.String())
		default:
		}
		resp, err := client.Get(s.URL + "/moto-api/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("moto did not answer on %s within %s: %s", s.URL, readyTimeout, s.out.String())
}

// Stop ends the server's process group (moto and anything it started) and waits for it.
func (s *Server) Stop() {
	if s.cmd.Process == nil {
		return
	}
	select {
	case <-s.exited:
		return
	default:
	}
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.exited
	}
}

// Reset wipes every service's state.
func (s *Server) Reset(tb testing.TB) {
	tb.Helper()
	resp, err := http.Post(s.URL+"/moto-api/reset", "application/json", nil)
	if err != nil {
		tb.Fatalf("reset moto: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		tb.Fatalf("reset moto: %s", resp.Status)
	}
}

// Config returns an SDK configuration for seeding state: static credentials, Region, and
// the server as every service's endpoint. S3 clients made from it still need
// UsePathStyle.
func (s *Server) Config() aws.Config {
	return aws.Config{
		Region:       Region,
		Credentials:  credentials.NewStaticCredentialsProvider("testing", "testing", ""),
		BaseEndpoint: aws.String(s.URL),
	}
}

// Env points the SDK's default configuration chain at endpoint for the rest of the test:
// static credentials, Region, no profile, no shared files, no instance metadata. Code under
// test that calls config.LoadDefaultConfig then reaches endpoint as it would reach AWS.
func Env(tb testing.TB, endpoint string) {
	tb.Helper()
	dir := tb.TempDir()
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID":           "testing",
		"AWS_SECRET_ACCESS_KEY":       "testing",
		"AWS_SESSION_TOKEN":           "",
		"AWS_REGION":                  Region,
		"AWS_DEFAULT_REGION":          Region,
		"AWS_PROFILE":                 "",
		"AWS_DEFAULT_PROFILE":         "",
		"AWS_CONFIG_FILE":             filepath.Join(dir, "config"),
		"AWS_SHARED_CREDENTIALS_FILE": filepath.Join(dir, "credentials"),
		"AWS_EC2_METADATA_DISABLED":   "true",
		"AWS_ENDPOINT_URL":            endpoint,
	} {
		tb.Setenv(k, v)
	}
}

var shared struct {
	mu  sync.Mutex
	srv *Server
	err error
}

// Shared returns the package's server, started on first use, with its state wiped. The
// package's TestMain must call Main so that the server is stopped when the tests end.
func Shared(tb testing.TB) *Server {
	tb.Helper()
	shared.mu.Lock()
	if shared.srv == nil && shared.err == nil {
		shared.srv, shared.err = start()
	}
	s, err := shared.srv, shared.err
	shared.mu.Unlock()
	if err != nil {
		unavailable(tb, err)
	}
	s.Reset(tb)
	return s
}

// Main runs the package's tests and stops the shared server afterwards:
//
//	func TestMain(m *testing.M) { os.Exit(mototest.Main(m)) }
func Main(m *testing.M) int {
	code := m.Run()
	shared.mu.Lock()
	if shared.srv != nil {
		shared.srv.Stop()
	}
	shared.mu.Unlock()
	return code
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// lockedBuffer collects the server's output for error messages; the process writes to it
// from its own goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() > 64<<10 {
		return len(p), nil // enough to say why it failed
	}
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
