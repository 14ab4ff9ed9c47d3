// Package dockerfile loads Dockerfiles (and Containerfiles) into canonical resources: one
// resource of type "dockerfile" per file, keyed by the file's path relative to the scan root,
// whose attributes describe its build stages as docs/canonical-model.md documents them.
//
// Files are parsed with BuildKit's own Dockerfile parser, so what Plumb reads is what
// `docker build` reads: line continuations, parser directives (escape, syntax), heredocs,
// JSON and shell forms. Nothing is built, pulled or run. Shell commands in RUN are split into
// simple commands by a small tokenizer of this package that understands quoting, pipes, lists
// and subshells, enough for rules to ask "which programs does this RUN invoke, with which
// arguments"; it does not expand variables or follow control flow.
//
// Invariants:
//   - Every attribute path has a location: the line range of the instruction that set it
//     (start to end line of a multi-line instruction, heredoc included); a stage is its
//     FROM line through its last instruction. A value taken whole from an ARG or ENV default
//     is located at that definition, with the instruction that used it in Via.
//   - Values that depend on a build argument without a default, on the base image's
//     environment or on the builder's platform are resource.Unknown, never guessed. Only
//     fields whose value decides a rule (FROM references and platform, USER, WORKDIR, EXPOSE)
//     become Unknown; elsewhere an unresolved reference is kept as written ("$PATH").
//   - A secret found in a file is never copied into the model: ENV, ARG and LABEL values
//     whose name says they hold a secret, values derived from them, and any value that looks
//     like a credential (access keys, tokens, private keys, passwords in URLs) read "***".
//   - A file that does not parse yields an error diagnostic with its line and no resource;
//     the other files are still read. Nothing in an input makes the loader panic.
//
// It imports iac and resource only.
package dockerfile
