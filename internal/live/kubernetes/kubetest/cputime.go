package kubetest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// clockTick is the unit of /proc/PID/stat times: USER_HZ, 100 on every Linux
// architecture Go supports.
const clockTick = 10 * time.Millisecond

// CPUTime is the processor time (user and system) etcd and kube-apiserver have used since
// they started, read from /proc; an error where there is no /proc. Benchmarks subtract two
// readings to charge the server's work to what they measure.
func (s *Server) CPUTime() (time.Duration, error) {
	var total time.Duration
	for _, p := range s.procs {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p.Process.Pid))
		if err != nil {
			return 0, fmt.Errorf("kubetest: cpu time: %w", err)
		}
		// Fields after the command name, which is in parentheses and may hold spaces:
		// state is field 3, utime 14, stime 15.
		rest := string(data[strings.LastIndexByte(string(data), ')')+2:])
		f := strings.Fields(rest)
		if len(f) < 13 {
			return 0, fmt.Errorf("kubetest: cpu time: short /proc/%d/stat", p.Process.Pid)
		}
		for _, field := range f[11:13] {
			n, err := strconv.ParseInt(field, 10, 64)
			if err != nil {
				return 0, fmt.Errorf("kubetest: cpu time: %w", err)
			}
			total += time.Duration(n) * clockTick
		}
	}
	return total, nil
}
