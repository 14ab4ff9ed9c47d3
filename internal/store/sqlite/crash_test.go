package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/storetest"
)

// The crash helper is this test binary run again with crashEnv set to a database path: it
// saves a large scan and, once the transaction has written reportAt resources, says
// "begun" on stdout and goes on writing, slowly, until it is killed.
const (
	crashEnv       = "PLUMB_SQLITE_CRASH_HELPER"
	crashResources = 20000
	reportAt       = 12000
)

func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		crashHelper(path)
		return
	}
	os.Exit(m.Run())
}

func crashHelper(path string) {
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	testHookResourceWritten = func(n int) {
		switch {
		case n == reportAt:
			fmt.Println("begun")
		case n > reportAt:
			time.Sleep(time.Millisecond)
		}
	}
	sc := storetest.NewScan(storetest.MustScope("kubernetes:prod"), storetest.T0, crashResources, 5000)
	if _, err := st.SaveScan(ctx, sc); err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	fmt.Println("saved")
	os.Exit(0)
}

// TestKilledMidScanLeavesNoPartialScan kills (SIGKILL) a process in the middle of writing a
// large scan, then opens the file: it must pass SQLite's integrity check, still hold the
// scan saved before, hold nothing of the one being written, and take new writes.
func TestKilledMidScanLeavesNoPartialScan(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: writes a 20k-resource scan in a child process")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "plumb.db")
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	before := storetest.NewScan(storetest.MustScope("kubernetes:prod"), storetest.T0, 20, 10)
	beforeID, err := st.SaveScan(ctx, before)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case line := <-lines:
		if line != "begun" {
			cmd.Process.Kill()
			t.Fatalf("helper said %q before it had begun", line)
		}
	case <-time.After(5 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("the helper did not begin writing within 5 minutes")
	}
	wal := fileSize(path + "-wal")
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	for line := range lines {
		if line == "saved" {
			t.Fatal("the helper committed the scan before it was killed: the test proved nothing")
		}
	}
	if err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("helper exit: %v, want killed", err)
	}
	// The uncommitted transaction had spilled to the WAL: the crash left real debris.
	t.Logf("killed after %d resources written; WAL %d bytes", reportAt, wal)
	if wal < 1<<20 {
		t.Errorf("the WAL held only %d bytes when the helper died: the kill did not catch a large write in progress", wal)
	}

	st, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("after the crash the store does not open: %v", err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	sums, err := st.Scans(ctx, store.ScanFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 1 || sums[0].ID != beforeID {
		t.Fatalf("after the crash the store lists %+v, want only scan %d", sums, beforeID)
	}
	var orphans int
	if err := st.read.QueryRowContext(ctx, "SELECT count(*) FROM scan_resources WHERE scan_id <> ?", beforeID).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d resources of no visible scan (%v)", orphans, err)
	}
	got, err := st.Scan(ctx, beforeID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Resources) != len(before.Resources) || !reflect.DeepEqual(got.Findings, before.Findings) {
		t.Error("the scan saved before the crash changed")
	}
	if _, err := st.SaveScan(ctx, storetest.NewScan(storetest.MustScope("kubernetes:prod"), storetest.T0, 100, 50)); err != nil {
		t.Fatalf("after the crash the store takes no write: %v", err)
	}
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}
