# METADATA
# title: Pod mounts the container runtime socket or the node's root
# description: >-
#   The Docker, containerd and CRI-O sockets accept commands to start containers on the node:
#   whoever can write to them can start a privileged container with the node's filesystem
#   mounted, which is root on the node. Mounting the node's /, /run or /var/run exposes the
#   same sockets and much more.
# custom:
#   id: PLB-K8S-POD-022
#   severity: critical
#   types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob]
#   remediation: >-
#     Remove the volume. Build images with a daemonless builder (BuildKit rootless, kaniko),
#     and give node agents the runtime's read-only APIs (the kubelet or CRI metrics) instead.
#   controls:
#     pss: ["baseline:hostpath-volumes"]
#     cis-k8s: ["5.2.12"]
#     nist-800-53: ["AC-6", "SC-39"]
#     soc2: ["CC6.1"]
#     iso-27001: ["A.8.2"]
package plumb.rules.kubernetes.pod.runtime_socket_mounted

import rego.v1

sockets := {
	"/var/run/docker.sock", "/run/docker.sock",
	"/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock",
	"/var/run/crio/crio.sock", "/run/crio/crio.sock",
	"/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock",
}

# Directories that hold a runtime socket, or everything.
parents := {"/", "/run", "/var/run", "/var", "/run/containerd", "/var/run/containerd", "/run/crio", "/var/run/crio"}

sensitive(p) if p in sockets

sensitive(p) if p in parents

deny contains {"msg": msg, "path": ["pod", "spec", "volumes", i, "hostPath", "path"]} if {
	some i, v in input.attributes.pod.spec.volumes
	p := v.hostPath.path
	is_string(p)
	sensitive(normalise(p))
	msg := sprintf("%s mounts the node path %s, which gives control of the node's container runtime", [input.key, p])
}

normalise(p) := "/" if p == "/"

normalise(p) := trim_suffix(p, "/") if p != "/"
