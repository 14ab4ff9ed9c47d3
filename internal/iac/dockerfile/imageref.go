package dockerfile

import "strings"

// imageRef is a FROM image reference split as the registry would read it. A component that
// came from a value Plumb cannot know holds the unknown sentinel.
type imageRef struct {
	name       string // as written, without tag and digest
	registry   string // "docker.io" when the name has no registry part
	repository string // "library/ubuntu" for "ubuntu" on Docker Hub
	tag        string
	digest     string
	hasTag     bool
	hasDigest  bool
}

// parseImageRef splits an expanded reference: [registry/]repository[:tag][@digest]. The
// registry is the first path component when it looks like a host (has a dot or a port, or is
// localhost); Docker Hub's official images live under library/.
func parseImageRef(s string) imageRef {
	var r imageRef
	if i := strings.LastIndexByte(s, '@'); i >= 0 {
		r.digest, r.hasDigest = s[i+1:], true
		s = s[:i]
	}
	slash := strings.LastIndexByte(s, '/')
	if i := strings.LastIndexByte(s, ':'); i > slash {
		r.tag, r.hasTag = s[i+1:], true
		s = s[:i]
	}
	r.name = s
	first, rest, found := strings.Cut(s, "/")
	switch {
	case found && (strings.ContainsAny(first, ".:") || first == "localhost" || strings.Contains(first, unknownSentinel)):
		r.registry, r.repository = first, rest
	case !found && strings.Contains(s, unknownSentinel):
		r.registry, r.repository = unknownSentinel, s // the variable may name a registry
	default:
		r.registry, r.repository = "docker.io", s
	}
	switch r.registry {
	case "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com":
		r.registry = "docker.io"
	}
	if r.registry == "docker.io" && !strings.Contains(r.repository, "/") && !strings.Contains(r.repository, unknownSentinel) {
		r.repository = "library/" + r.repository
	}
	return r
}
