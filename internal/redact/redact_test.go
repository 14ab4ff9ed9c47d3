package redact

import "testing"

func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{`  password = "hunter2"`, `  password = "****"`},
		{`  db_password: s3cr3t-value`, `  db_password: ****`},
		{`ENV API_KEY=abc123def`, `ENV API_KEY=****`},
		{`ENV DB_PASSWORD hunter2`, `ENV DB_PASSWORD ****`},
		{`the password policy allows passwords shorter than 14 characters`, `the password policy allows passwords shorter than 14 characters`},
		{`Lambda environment variable DB_PASSWORD holds a literal secret`, `Lambda environment variable DB_PASSWORD holds a literal secret`},
		{`"client_secret": "xyz"`, `"client_secret": "****"`},
		{`  access_key = "AKIAIOSFODNN7EXAMPLE"`, `  access_key = "****"`},
		{`export AWS=AKIAIOSFODNN7EXAMPLE`, `export AWS=****`},
		{`-----BEGIN RSA PRIVATE KEY-----`, `****`},
		{`  password = var.db_password`, `  password = var.db_password`},
		{`  token: ${GITHUB_TOKEN}`, `  token: ${GITHUB_TOKEN}`},
		{`  manage_master_user_password = true`, `  manage_master_user_password = true`},
		{`  acl = "public-read"`, `  acl = "public-read"`},
		{`bucket ACME has the canned ACL "public-read"`, `bucket ACME has the canned ACL "public-read"`},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAllValues(t *testing.T) {
	if got := AllValues("  username: YWRtaW4="); got != "  username: ****" {
		t.Errorf("got %q", got)
	}
	if got := AllValues("data:"); got != "data:" {
		t.Errorf("a key without a value must stay: %q", got)
	}
}
