package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNoPostgres says that no PostgreSQL server binaries were found; its message says how
// to install them.
var ErrNoPostgres = errors.New("PostgreSQL server binaries (initdb, pg_ctl) not found in $PLUMB_PG_BIN, /usr/lib/postgresql/*/bin or $PATH: " +
	"the store tests run against a real server; install it with `apt-get install -y postgresql` " +
	"(or point PLUMB_PG_BIN at the directory that holds initdb and pg_ctl)")

// Server is a running PostgreSQL server.
type Server struct {
	bin  string // the directory holding initdb and pg_ctl
	dir  string // the temporary directory: data/, the socket and the log
	port int
	asPG bool // run the binaries as the postgres user
	n    atomic.Int64
}

// FindBin returns the directory that holds initdb and pg_ctl: $PLUMB_PG_BIN, else the
// newest /usr/lib/postgresql/*/bin, else the directory of initdb in $PATH.
func FindBin() (string, error) {
	if d := os.Getenv("PLUMB_PG_BIN"); d != "" {
		if hasServer(d) {
			return d, nil
		}
		return "", fmt.Errorf("PLUMB_PG_BIN=%s holds no initdb and pg_ctl: %w", d, ErrNoPostgres)
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if hasServer(d) {
			return d, nil
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil && hasServer(filepath.Dir(p)) {
		return filepath.Dir(p), nil
	}
	return "", ErrNoPostgres
}

func version(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

func hasServer(dir string) bool {
	for _, name := range []string{"initdb", "pg_ctl", "postgres"} {
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.IsDir() {
			return false
		}
	}
	return true
}

// Start initialises and starts a server. Stop it when done.
func Start() (*Server, error) {
	bin, err := FindBin()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin, asPG: os.Geteuid() == 0}
	if s.asPG {
		if err := ensurePostgresUser(); err != nil {
			return nil, err
		}
	}
	if s.dir, err = os.MkdirTemp("", "plumb-pg-"); err != nil {
		return nil, err
	}
	if err := s.own(s.dir); err != nil {
		s.cleanup()
		return nil, err
	}
	data := filepath.Join(s.dir, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"); err != nil {
		s.cleanup()
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	// A free port can be taken between asking and starting; try a few.
	for attempt := 0; ; attempt++ {
		if s.port, err = freePort(); err != nil {
			s.cleanup()
			return nil, err
		}
		opts := fmt.Sprintf("-k %s -h 127.0.0.1 -p %d -F -c full_page_writes=off -c synchronous_commit=off -c max_connections=200",
			s.dir, s.port)
		out, err := s.run("pg_ctl", "start", "-D", data, "-l", filepath.Join(s.dir, "log"), "-w", "-t", "60", "-o", opts)
		if err == nil {
			break
		}
		if attempt == 2 {
			log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
			s.cleanup()
			return nil, fmt.Errorf("pg_ctl start: %v\n%s\n%s", err, out, log)
		}
	}
	if err := s.waitReady(60 * time.Second); err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}

// Port is the server's TCP port on 127.0.0.1.
func (s *Server) Port() int { return s.port }

// DSN is the URL of database db on this server, as the superuser postgres.
func (s *Server) DSN(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// NewDatabase creates an empty database and returns its DSN.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	name := fmt.Sprintf("plumb_test_%d", s.n.Add(1))
	conn, err := pgx.Connect(ctx, s.DSN("postgres"))
	if err != nil {
		return "", err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	return s.DSN(name), nil
}

// Stop stops the server at once and removes its directory.
func (s *Server) Stop() error {
	out, err := s.run("pg_ctl", "stop", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w")
	s.cleanup()
	if err != nil {
		return fmt.Errorf("pg_ctl stop: %v\n%s", err, out)
	}
	return nil
}

func (s *Server) cleanup() { os.RemoveAll(s.dir) }

func (s *Server) waitReady(timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		conn, err := pgx.Connect(ctx, s.DSN("postgres"))
		if err == nil {
			err = conn.Ping(ctx)
			conn.Close(ctx)
		}
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(s.dir, "log"))
			return fmt.Errorf("postgres on port %d not ready after %s: %v\n%s", s.port, timeout, err, log)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// run runs one of the server's programs, as the postgres user when we are root.
func (s *Server) run(prog string, args ...string) ([]byte, error) {
	path := filepath.Join(s.bin, prog)
	var cmd *exec.Cmd
	if s.asPG {
		cmd = exec.Command("runuser", append([]string{"-u", "postgres", "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = s.dir // runuser keeps the working directory; the postgres user must be able to enter it
	// Output goes to a file, not a pipe: the server that pg_ctl start leaves running keeps
	// its output open, and Run would wait on a pipe until the server exits.
	f, err := os.CreateTemp(s.dir, "out-")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	cmd.Stdout, cmd.Stderr = f, f
	err = cmd.Run()
	out, _ := os.ReadFile(f.Name())
	return out, err
}

// own gives dir to the postgres user when the server runs as it.
func (s *Server) own(dir string) error {
	if !s.asPG {
		return nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return err
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}

func ensurePostgresUser() error {
	if _, err := user.Lookup("postgres"); err == nil {
		return nil
	}
	out, err := exec.Command("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres").CombinedOutput()
	if err != nil {
		return fmt.Errorf("creating the postgres system user to run the test server as: %v: %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
