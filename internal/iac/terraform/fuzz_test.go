package terraform

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to the loader as a module with a tfvars file. Whatever the
// input, Load must return (never panic or hang).
func FuzzLoad(f *testing.F) {
	seeds := []string{
		`resource "aws_s3_bucket" "b" { bucket = "x" }`,
		`variable "v" { default = {a = [1, 2]} }
resource "x" "y" {
  for_each = var.v
  dynamic "d" {
    for_each = each.value
    content { n = d.value }
  }
}`,
		`module "m" { source = "./" }`,
		`locals { a = [for i in range(3) : i * 2] }`,
		`resource "x" "y" { count = -1 }`,
		"resource \"x\" \"y\" {\n  a = <<EOT\nhello\nEOT\n}",
	}
	for _, s := range seeds {
		f.Add(s, `v = "x"`)
	}
	f.Fuzz(func(t *testing.T, tf, tfvars string) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(tf), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "terraform.tfvars"), []byte(tfvars), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(dir, Options{}); err != nil {
			t.Fatal(err)
		}
	})
}
