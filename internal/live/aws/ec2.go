package aws

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	ec2types "github.com/aws/aws-sdk-go-v2/service/ec2/types"

	"github.com/plumbsec/plumb/internal/resource"
)

// collectInstancesAndVolumes reads volumes first, so that each instance's block devices
// carry their encryption as Terraform's root_block_device and ebs_block_device do, then
// instances. A root volume is part of its aws_instance, as in Terraform, and is not also an
// aws_ebs_volume; every other volume is.
func collectInstancesAndVolumes(ctx context.Context, j *job) error {
	client := j.c.ec2Client(j.region)
	volumes, volErr := listVolumes(ctx, client, j.c.pageSize(5, 500))
	if volErr != nil {
		j.serviceFailed(service{name: "ec2 volumes", types: []string{"aws_ebs_volume"}}, volErr)
	}
	roots := map[string]bool{}
	p := ec2.NewDescribeInstancesPaginator(client, &ec2.DescribeInstancesInput{MaxResults: j.c.pageSize(5, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			if volErr != nil {
				return err // both failed; volumes already reported
			}
			j.serviceFailed(service{name: "ec2 instances", types: []string{"aws_instance"}}, err)
			roots = nil // which volumes are roots is unknown: report them all
			break
		}
		for _, res := range page.Reservations {
			for _, in := range res.Instances {
				if in.State != nil && in.State.Name == ec2types.InstanceStateNameTerminated {
					continue
				}
				j.emitInstance(in, volumes, volErr, roots)
			}
		}
	}
	for _, v := range volumes {
		if !roots[aws.ToString(v.VolumeId)] {
			j.emitVolume(v)
		}
	}
	return nil
}

func listVolumes(ctx context.Context, client *ec2.Client, size *int32) (map[string]ec2types.Volume, error) {
	out := map[string]ec2types.Volume{}
	p := ec2.NewDescribeVolumesPaginator(client, &ec2.DescribeVolumesInput{MaxResults: size})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for _, v := range page.Volumes {
			out[aws.ToString(v.VolumeId)] = v
		}
	}
	return out, nil
}

func (j *job) emitInstance(in ec2types.Instance, volumes map[string]ec2types.Volume, volErr error, roots map[string]bool) {
	id := aws.ToString(in.InstanceId)
	a := attrs{}
	a.str("ami", in.ImageId)
	a.text("instance_type", string(in.InstanceType))
	if in.Placement != nil {
		a.str("availability_zone", in.Placement.AvailabilityZone)
	}
	a.str("subnet_id", in.SubnetId)
	a.str("key_name", in.KeyName)
	a.str("private_ip", in.PrivateIpAddress)
	a.str("public_ip", in.PublicIpAddress)
	a["associate_public_ip_address"] = aws.ToString(in.PublicIpAddress) != ""
	a.boolean("ebs_optimized", in.EbsOptimized)
	if in.Monitoring != nil {
		a["monitoring"] = in.Monitoring.State == ec2types.MonitoringStateEnabled
	}
	if in.IamInstanceProfile != nil {
		a.text("iam_instance_profile", lastSegment(aws.ToString(in.IamInstanceProfile.Arn)))
	}
	var refs []resource.Reference
	var sgs []string
	for i, g := range in.SecurityGroups {
		sgs = append(sgs, aws.ToString(g.GroupId))
		refs = append(refs, ref(resource.Path{"vpc_security_group_ids", i}.String(), j.sgARN(aws.ToString(g.GroupId))))
	}
	a.list("vpc_security_group_ids", sgs)
	if m := in.MetadataOptions; m != nil {
		opts := attrs{}
		opts.text("http_endpoint", string(m.HttpEndpoint))
		opts.text("http_tokens", string(m.HttpTokens))
		opts.i32("http_put_response_hop_limit", m.HttpPutResponseHopLimit)
		opts.text("instance_metadata_tags", string(m.InstanceMetadataTags))
		opts.text("http_protocol_ipv6", string(m.HttpProtocolIpv6))
		a["metadata_options"] = []any{map[string]any(opts)}
	}
	a.tags(ec2Tags(in.Tags))
	r := j.emit("aws_instance", j.arn("ec2", "instance/"+id), id, a, refs...)
	j.blockDevices(r, in, volumes, volErr, roots)
}

// blockDevices fills root_block_device and ebs_block_device from the instance's mappings and
// the volumes they name; a volume's encryption is unknown when volumes could not be listed.
func (j *job) blockDevices(r *resource.Resource, in ec2types.Instance, volumes map[string]ec2types.Volume, volErr error, roots map[string]bool) {
	var root, ebs []any
	for _, m := range in.BlockDeviceMappings {
		if m.Ebs == nil {
			continue
		}
		vid := aws.ToString(m.Ebs.VolumeId)
		dev := attrs{"volume_id": vid}
		dev.str("device_name", m.DeviceName)
		dev.boolean("delete_on_termination", m.Ebs.DeleteOnTermination)
		isRoot := aws.ToString(m.DeviceName) == aws.ToString(in.RootDeviceName)
		if v, ok := volumes[vid]; ok {
			dev.boolean("encrypted", v.Encrypted)
			dev.str("kms_key_id", v.KmsKeyId)
			dev.i32("volume_size", v.Size)
			dev.text("volume_type", string(v.VolumeType))
			dev.i32("iops", v.Iops)
			dev.i32("throughput", v.Throughput)
		}
		if isRoot {
			if roots != nil {
				roots[vid] = true
			}
			root = append(root, map[string]any(dev))
		} else {
			ebs = append(ebs, map[string]any(dev))
		}
		r.References = append(r.References, ref("", j.arn("ec2", "volume/"+vid)))
	}
	if len(root) > 0 {
		r.Attributes["root_block_device"] = root[:1]
	}
	if len(ebs) > 0 {
		r.Attributes["ebs_block_device"] = ebs
	}
	if volErr == nil {
		return
	}
	for i := range root[:min(len(root), 1)] {
		j.unknown(r, resource.Path{"root_block_device", i, "encrypted"}, volErr)
	}
	for i := range ebs {
		j.unknown(r, resource.Path{"ebs_block_device", i, "encrypted"}, volErr)
	}
}

func (j *job) emitVolume(v ec2types.Volume) {
	id := aws.ToString(v.VolumeId)
	a := attrs{}
	a.str("availability_zone", v.AvailabilityZone)
	a.boolean("encrypted", v.Encrypted)
	a.str("kms_key_id", v.KmsKeyId)
	a.i32("size", v.Size)
	a.text("type", string(v.VolumeType))
	a.i32("iops", v.Iops)
	a.i32("throughput", v.Throughput)
	a.str("snapshot_id", v.SnapshotId)
	a.boolean("multi_attach_enabled", v.MultiAttachEnabled)
	a.tags(ec2Tags(v.Tags))
	j.emit("aws_ebs_volume", j.arn("ec2", "volume/"+id), id, a)
}

// collectEBSDefault reads the region's EBS encryption-by-default setting.
func collectEBSDefault(ctx context.Context, j *job) error {
	out, err := j.c.ec2Client(j.region).GetEbsEncryptionByDefault(ctx, &ec2.GetEbsEncryptionByDefaultInput{})
	if err != nil {
		return err
	}
	a := attrs{"enabled": aws.ToBool(out.EbsEncryptionByDefault)}
	id := j.region
	j.emit("aws_ebs_encryption_by_default", LiveID(j.c.account, j.region, "aws_ebs_encryption_by_default", id), id, a)
	return nil
}

// collectVPCs reads the region's VPCs; the default VPC is an aws_default_vpc, as
// Terraform manages it.
func collectVPCs(ctx context.Context, j *job) error {
	p := ec2.NewDescribeVpcsPaginator(j.c.ec2Client(j.region), &ec2.DescribeVpcsInput{MaxResults: j.c.pageSize(5, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, v := range page.Vpcs {
			id := aws.ToString(v.VpcId)
			a := attrs{}
			a.str("cidr_block", v.CidrBlock)
			a.text("instance_tenancy", string(v.InstanceTenancy))
			a.str("dhcp_options_id", v.DhcpOptionsId)
			var v6 []string
			for _, c := range v.Ipv6CidrBlockAssociationSet {
				v6 = append(v6, aws.ToString(c.Ipv6CidrBlock))
			}
			if len(v6) > 0 {
				a["ipv6_cidr_block"] = v6[0]
			}
			a.tags(ec2Tags(v.Tags))
			typ := "aws_vpc"
			if aws.ToBool(v.IsDefault) {
				typ = "aws_default_vpc"
			}
			j.emit(typ, j.arn("ec2", "vpc/"+id), id, a)
		}
	}
	return nil
}

// collectFlowLogs reads the region's flow logs; each refers to the VPC, subnet or network
// interface it records.
func collectFlowLogs(ctx context.Context, j *job) error {
	p := ec2.NewDescribeFlowLogsPaginator(j.c.ec2Client(j.region), &ec2.DescribeFlowLogsInput{MaxResults: j.c.pageSize(5, 1000)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, f := range page.FlowLogs {
			id := aws.ToString(f.FlowLogId)
			a := attrs{}
			var refs []resource.Reference
			target := aws.ToString(f.ResourceId)
			switch {
			case strings.HasPrefix(target, "vpc-"):
				a["vpc_id"] = target
				refs = append(refs, ref("vpc_id", j.arn("ec2", "vpc/"+target)))
			case strings.HasPrefix(target, "subnet-"):
				a["subnet_id"] = target
			case strings.HasPrefix(target, "eni-"):
				a["eni_id"] = target
			case strings.HasPrefix(target, "tgw-attach-"):
				a["transit_gateway_attachment_id"] = target
			case strings.HasPrefix(target, "tgw-"):
				a["transit_gateway_id"] = target
			}
			a.text("traffic_type", string(f.TrafficType))
			a.text("log_destination_type", string(f.LogDestinationType))
			a.str("log_destination", f.LogDestination)
			a.str("log_group_name", f.LogGroupName)
			a.str("iam_role_arn", f.DeliverLogsPermissionArn)
			a.str("log_format", f.LogFormat)
			a.i32("max_aggregation_interval", f.MaxAggregationInterval)
			a.tags(ec2Tags(f.Tags))
			j.emit("aws_flow_log", j.arn("ec2", "vpc-flow-log/"+id), id, a, refs...)
		}
	}
	return nil
}
