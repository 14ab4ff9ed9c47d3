package postgres

// SetTestHookResourceWritten sets the hook SaveScan calls as it hands each resource to COPY.
func SetTestHookResourceWritten(f func(n int)) { testHookResourceWritten = f }
