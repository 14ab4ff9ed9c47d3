package terraform

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	dir := os.Getenv("DUMP")
	if dir == "" {
		t.Skip("set DUMP=dir")
	}
	res, err := Load(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Resources {
		b, _ := json.MarshalIndent(r, "", "  ")
		fmt.Println(string(b))
	}
	for _, d := range res.Diagnostics {
		fmt.Println(d)
	}
}
