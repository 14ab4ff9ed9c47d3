package aws

import (
	"errors"
	"fmt"
	"net/http"
	"testing"

	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"
)

func TestClassify(t *testing.T) {
	api := func(code string) error {
		return &smithy.OperationError{ServiceID: "S3", OperationName: "GetBucketPolicy", Err: &smithy.GenericAPIError{Code: code}}
	}
	status := func(code int) error {
		return &smithy.OperationError{ServiceID: "EC2", OperationName: "DescribeVpcs",
			Err: &smithyhttp.ResponseError{Response: &smithyhttp.Response{Response: &http.Response{StatusCode: code}}, Err: errors.New("boom")}}
	}
	for _, c := range []struct {
		err  error
		want failure
	}{
		{api("AccessDenied"), failDenied},
		{api("UnauthorizedOperation"), failDenied},
		{api("AccessDeniedException"), failDenied},
		{status(http.StatusForbidden), failDenied},
		{api("NotImplemented"), failUnsupported},
		{api("OptInRequired"), failUnsupported},
		{status(http.StatusNotImplemented), failUnsupported},
		{api("InternalError"), failOther},
		{status(http.StatusInternalServerError), failOther},
		{errors.New("dial tcp: connection refused"), failOther},
	} {
		if got := classify(c.err); got != c.want {
			t.Errorf("classify(%v) = %s, want %s", c.err, got, c.want)
		}
	}
	if op := operation(api("AccessDenied")); op != "s3:GetBucketPolicy" {
		t.Errorf("operation = %q", op)
	}
	if op := operation(fmt.Errorf("wrapped: %w", status(403))); op != "ec2:DescribeVpcs" {
		t.Errorf("operation of a wrapped error = %q", op)
	}
}
