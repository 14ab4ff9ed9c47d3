package kubetest

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
)

// Users of the token file. Admin is in system:masters; Limited has no group and no role
// until a test binds one.
const (
	AdminUser   = "kubetest-admin"
	LimitedUser = "kubetest-limited"
)

// Contexts of the kubeconfig a Server writes.
const (
	AdminContext   = "kubetest"
	LimitedContext = "kubetest-limited"
)

// Server is a running etcd and kube-apiserver.
type Server struct {
	// Host is the API server's URL (https://127.0.0.1:PORT).
	Host string
	// CA is the PEM of the serving certificate, which clients trust as their CA.
	CA []byte
	// AdminToken and LimitedToken are the bearer tokens of AdminUser and LimitedUser.
	AdminToken, LimitedToken string
	// Kubeconfig is a kubeconfig file with the contexts AdminContext (current) and
	// LimitedContext.
	Kubeconfig string
	// Dir holds the certificates, the token file, etcd's data and both logs.
	Dir string
	// Started says how long the start took, from exec to /readyz.
	Started time.Duration

	procs []*exec.Cmd
	once  sync.Once
}

// Config returns a REST config that authenticates with token.
func (s *Server) Config(token string) *rest.Config {
	return &rest.Config{Host: s.Host, BearerToken: token, TLSClientConfig: rest.TLSClientConfig{CAData: s.CA},
		QPS: 100, Burst: 200, WarningHandler: rest.NoWarnings{}}
}

// Start builds (first run only) and starts an API server for tb, and stops it when tb ends.
// Under -short it skips tb; otherwise a failure to build or start fails tb: a test that
// needs a real API server must not pass without one.
func Start(tb testing.TB) *Server {
	tb.Helper()
	if testing.Short() {
		tb.Skip("kubetest: skipping the real kube-apiserver under -short (run without -short; the first run builds it, minutes)")
	}
	dir := tb.TempDir()
	s, err := New(context.Background(), dir, tb.Logf)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Stop)
	return s
}

// New builds (first run only) and starts an API server whose state lives in dir. The caller
// must call Stop.
func New(ctx context.Context, dir string, log func(string, ...any)) (*Server, error) {
	bins, err := Build(ctx, Version, func(s string) { log("%s", s) })
	if err != nil {
		return nil, err
	}
	// A port that was free when asked may be taken before the server binds it; try again.
	for attempt := 1; ; attempt++ {
		s, err := start(ctx, bins, dir)
		if err == nil {
			log("kubetest: kube-apiserver %s ready at %s after %s", Version, s.Host, s.Started.Round(time.Millisecond))
			return s, nil
		}
		if attempt == 3 || ctx.Err() != nil || !errors.Is(err, errPortTaken) {
			return nil, err
		}
		log("kubetest: %v; retrying on other ports", err)
	}
}

var errPortTaken = errors.New("a port was taken")

func start(ctx context.Context, bins Binaries, dir string) (*Server, error) {
	if err := os.RemoveAll(filepath.Join(dir, "etcd")); err != nil {
		return nil, err
	}
	ca, err := writeCerts(dir)
	if err != nil {
		return nil, fmt.Errorf("kubetest: certificates: %w", err)
	}
	s := &Server{CA: ca, Dir: dir, AdminToken: token(), LimitedToken: token()}
	tokens := fmt.Sprintf("%s,%s,%s-uid,system:masters\n%s,%s,%s-uid\n", s.AdminToken, AdminUser, AdminUser, s.LimitedToken, LimitedUser, LimitedUser)
	if err := os.WriteFile(filepath.Join(dir, "tokens.csv"), []byte(tokens), 0o600); err != nil {
		return nil, err
	}
	ports, err := freePorts(3)
	if err != nil {
		return nil, err
	}
	etcdURL := "http://127.0.0.1:" + strconv.Itoa(ports[0])
	peerURL := "http://127.0.0.1:" + strconv.Itoa(ports[1])
	s.Host = "https://127.0.0.1:" + strconv.Itoa(ports[2])
	began := time.Now()
	if err := s.run(bins.Etcd, filepath.Join(dir, "etcd.log"),
		"--name=kubetest", "--data-dir="+filepath.Join(dir, "etcd"),
		"--listen-client-urls="+etcdURL, "--advertise-client-urls="+etcdURL,
		"--listen-peer-urls="+peerURL, "--initial-advertise-peer-urls="+peerURL,
		"--initial-cluster=kubetest="+peerURL, "--unsafe-no-fsync", "--log-level=warn",
	); err != nil {
		return nil, err
	}
	if err := s.run(bins.KubeAPIServer, filepath.Join(dir, "apiserver.log"),
		"--etcd-servers="+etcdURL,
		"--bind-address=127.0.0.1", "--advertise-address=127.0.0.1", "--secure-port="+strconv.Itoa(ports[2]),
		"--tls-cert-file="+filepath.Join(dir, "tls.crt"), "--tls-private-key-file="+filepath.Join(dir, "tls.key"),
		"--token-auth-file="+filepath.Join(dir, "tokens.csv"), "--authorization-mode=RBAC",
		"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
		"--service-account-key-file="+filepath.Join(dir, "sa.pub"),
		"--service-account-signing-key-file="+filepath.Join(dir, "sa.key"),
		// Room for the benchmark's thousands of Services; the range only feeds the
		// allocator: nothing routes it.
		"--service-cluster-ip-range=10.0.0.0/16", "--allow-privileged=true",
		"--disable-admission-plugins=ServiceAccount", "--endpoint-reconciler-type=none",
		"--cert-dir="+filepath.Join(dir, "certs"),
	); err != nil {
		s.Stop()
		return nil, err
	}
	if err := s.waitReady(ctx, 3*time.Minute); err != nil {
		s.Stop()
		return nil, err
	}
	s.Started = time.Since(began)
	if s.Kubeconfig, err = s.writeKubeconfig(); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

// run starts one process with its output in logFile; Stop ends it.
func (s *Server) run(bin, logFile string, args ...string) error {
	out, err := os.Create(logFile)
	if err != nil {
		return err
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		out.Close()
		return fmt.Errorf("kubetest: start %s: %w", filepath.Base(bin), err)
	}
	// Reap it in the background so that Stop can tell whether it is gone.
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); out.Close(); close(done) }()
	s.procs = append(s.procs, cmd)
	exitedMu.Lock()
	exited[cmd] = done
	exitedMu.Unlock()
	return nil
}

// exited maps each started process to a channel closed when it exits. Only the
// goroutines of one Server touch its entries, and a Server starts its processes in order.
var (
	exited   = map[*exec.Cmd]chan struct{}{}
	exitedMu sync.Mutex
)

func hasExited(cmd *exec.Cmd) bool {
	exitedMu.Lock()
	done := exited[cmd]
	exitedMu.Unlock()
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// waitReady polls /readyz until it answers ok, a process exits or timeout passes.
func (s *Server) waitReady(ctx context.Context, timeout time.Duration) error {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(s.CA)
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	defer client.CloseIdleConnections()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		for _, p := range s.procs {
			if hasExited(p) {
				return s.startFailure(fmt.Sprintf("%s exited", filepath.Base(p.Path)))
			}
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.Host+"/readyz", nil)
		req.Header.Set("Authorization", "Bearer "+s.AdminToken)
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	return s.startFailure(fmt.Sprintf("not ready after %s", timeout))
}

// startFailure describes a failed start with the end of both logs.
func (s *Server) startFailure(what string) error {
	var b strings.Builder
	for _, name := range []string{"etcd.log", "apiserver.log"} {
		data, _ := os.ReadFile(filepath.Join(s.Dir, name))
		fmt.Fprintf(&b, "\n--- %s (end) ---\n%s", name, tail(string(data), 25))
		if bytes.Contains(data, []byte("address already in use")) {
			return fmt.Errorf("kubetest: %s: %w%s", what, errPortTaken, b.String())
		}
	}
	return fmt.Errorf("kubetest: kube-apiserver %s: %s%s", Version, what, b.String())
}

// Stop ends the processes the server started (the API server first), with SIGTERM and,
// after 10 s, SIGKILL. It is safe to call more than once.
func (s *Server) Stop() {
	s.once.Do(func() {
		for i := len(s.procs) - 1; i >= 0; i-- {
			p := s.procs[i]
			if hasExited(p) {
				continue
			}
			_ = p.Process.Signal(syscall.SIGTERM)
			for t := time.Now(); !hasExited(p) && time.Since(t) < 10*time.Second; {
				time.Sleep(20 * time.Millisecond)
			}
			if !hasExited(p) {
				_ = p.Process.Kill()
				for !hasExited(p) {
					time.Sleep(20 * time.Millisecond)
				}
			}
			exitedMu.Lock()
			delete(exited, p)
			exitedMu.Unlock()
		}
	})
}

// writeKubeconfig writes a kubeconfig for both users.
func (s *Server) writeKubeconfig() (string, error) {
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters["kubetest"] = &clientcmdapi.Cluster{Server: s.Host, CertificateAuthorityData: s.CA}
	cfg.AuthInfos[AdminUser] = &clientcmdapi.AuthInfo{Token: s.AdminToken}
	cfg.AuthInfos[LimitedUser] = &clientcmdapi.AuthInfo{Token: s.LimitedToken}
	cfg.Contexts[AdminContext] = &clientcmdapi.Context{Cluster: "kubetest", AuthInfo: AdminUser}
	cfg.Contexts[LimitedContext] = &clientcmdapi.Context{Cluster: "kubetest", AuthInfo: LimitedUser}
	cfg.CurrentContext = AdminContext
	path := filepath.Join(s.Dir, "kubeconfig")
	if err := clientcmd.WriteToFile(*cfg, path); err != nil {
		return "", fmt.Errorf("kubetest: kubeconfig: %w", err)
	}
	return path, nil
}

func token() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// freePorts returns n loopback ports that were free when asked.
func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("kubetest: free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}
