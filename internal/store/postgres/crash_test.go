package postgres_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/plumbsec/plumb/internal/store"
	"github.com/plumbsec/plumb/internal/store/postgres"
	"github.com/plumbsec/plumb/internal/store/storetest"
)

// The crash helper is this test binary run again with crashEnv set to a DSN: it saves a
// large scan and, once reportAt resources have gone to COPY, says "begun" on stdout and
// goes on writing, slowly, until it is killed.
const (
	crashEnv       = "PLUMB_POSTGRES_CRASH_HELPER"
	crashResources = 20000
	reportAt       = 12000
)

func crashHelperRequested() bool { return os.Getenv(crashEnv) != "" }

func crashHelper() {
	ctx := context.Background()
	st, err := postgres.Open(ctx, os.Getenv(crashEnv))
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	postgres.SetTestHookResourceWritten(func(n int) {
		switch {
		case n == reportAt:
			fmt.Println("begun")
		case n > reportAt:
			time.Sleep(time.Millisecond)
		}
	})
	sc := storetest.NewScan(storetest.MustScope("kubernetes:prod"), storetest.T0, crashResources, 5000)
	if _, err := st.SaveScan(ctx, sc); err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	fmt.Println("saved")
	os.Exit(0)
}

// TestKilledMidScanLeavesNoPartialScan kills (SIGKILL) a process while its COPY of a large
// scan is in flight, then checks that the server has rolled the transaction back: the
// database lists only the scan saved before, holds no row of the other, keeps no session of
// the dead process, and takes new writes.
func TestKilledMidScanLeavesNoPartialScan(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: writes a 20k-resource scan in a child process")
	}
	ctx := context.Background()
	dsn := newDatabase(t)
	st, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	before := storetest.NewScan(storetest.MustScope("kubernetes:prod"), storetest.T0, 20, 10)
	beforeID, err := st.SaveScan(ctx, before)
	if err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dsn)
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
	// The server is in the middle of the helper's COPY: the kill catches a write in flight.
	var copying []int32
	rs, err := st.Pool().Query(ctx, `SELECT pid FROM pg_stat_activity
		WHERE datname = current_database() AND state = 'active' AND query ILIKE 'copy%scan_resources%'`)
	if err != nil {
		t.Fatal(err)
	}
	if copying, err = pgx.CollectRows(rs, pgx.RowTo[int32]); err != nil {
		t.Fatal(err)
	}
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
	if len(copying) != 1 {
		t.Fatalf("%d sessions were in the scan's COPY when the helper was killed, want 1", len(copying))
	}

	// The server notices the dropped connection, rolls back and ends the session.
	deadline := time.Now().Add(30 * time.Second)
	for {
		var alive bool
		if err := st.Pool().QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)", copying[0]).Scan(&alive); err != nil {
			t.Fatal(err)
		}
		if !alive {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the killed process's session (pid %d) is still open after 30s", copying[0])
		}
		time.Sleep(100 * time.Millisecond)
	}

	// A new process opens the store and sees only what was committed.
	after, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatalf("after the crash the store does not open: %v", err)
	}
	defer after.Close()
	sums, err := after.Scans(ctx, store.ScanFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 1 || sums[0].ID != beforeID {
		t.Fatalf("after the crash the store lists %+v, want only scan %d", sums, beforeID)
	}
	var orphans int
	if err := after.Pool().QueryRow(ctx, "SELECT count(*) FROM scan_resources WHERE scan_id <> $1", beforeID).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("%d resources of no visible scan (%v)", orphans, err)
	}
	got, err := after.Scan(ctx, beforeID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Resources) != len(before.Resources) || !reflect.DeepEqual(got.Findings, before.Findings) {
		t.Error("the scan saved before the crash changed")
	}
	if _, err := after.SaveScan(ctx, storetest.NewScan(storetest.MustScope("kubernetes:prod"), storetest.T0, 100, 50)); err != nil {
		t.Fatalf("after the crash the store takes no write: %v", err)
	}
}
