package aws_test

import (
	"os"
	"testing"

	"github.com/plumbsec/plumb/internal/live/aws/mototest"
)

func TestMain(m *testing.M) { os.Exit(mototest.Main(m)) }
