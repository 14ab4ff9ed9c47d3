package adapt

import (
	"sort"

	"github.com/plumbsec/plumb/internal/resource"
)

// cloudformationTypes maps CloudFormation types to canonical ones. The table in
// docs/formats/cloudformation.md lists the same; keep them together.
var cloudformationTypes = map[string]cfnType{
	"AWS::S3::Bucket": {to: "aws_s3_bucket", reshape: cfnBucketLogging, fields: []cfnField{
		cfnProp("BucketName", "bucket"),
		cfnConv("AccessControl", "acl", cfnCannedACL),
		cfnBool("ObjectLockEnabled", "object_lock_enabled"),
		// The inline shapes of the Terraform AWS provider 3, which the S3 normaliser makes
		// canonical like any other inline bucket.
		cfnBlock("VersioningConfiguration", "versioning", cfnConv("Status", "enabled", cfnEnabled)),
		cfnBlock("BucketEncryption", "server_side_encryption_configuration",
			cfnBlocks("ServerSideEncryptionConfiguration", "rule",
				cfnBlock("ServerSideEncryptionByDefault", "apply_server_side_encryption_by_default",
					cfnProp("SSEAlgorithm", "sse_algorithm"), cfnProp("KMSMasterKeyID", "kms_master_key_id")),
				cfnBool("BucketKeyEnabled", "bucket_key_enabled"))),
		cfnObject("PublicAccessBlockConfiguration", "public_access_block",
			cfnBool("BlockPublicAcls", "block_public_acls"), cfnBool("BlockPublicPolicy", "block_public_policy"),
			cfnBool("IgnorePublicAcls", "ignore_public_acls"), cfnBool("RestrictPublicBuckets", "restrict_public_buckets")),
	}},
	"AWS::S3::BucketPolicy": {to: "aws_s3_bucket_policy", fields: []cfnField{
		cfnProp("Bucket", "bucket"), cfnProp("PolicyDocument", "policy"),
	}},

	"AWS::EC2::SecurityGroup": {to: "aws_security_group", fields: []cfnField{
		cfnProp("GroupName", "name"), cfnProp("GroupDescription", "description"), cfnProp("VpcId", "vpc_id"),
		cfnBlocks("SecurityGroupIngress", "ingress", cfnRuleFields("Source")...),
		cfnBlocks("SecurityGroupEgress", "egress", cfnRuleFields("Destination")...),
	}},
	"AWS::EC2::SecurityGroupIngress": {to: "aws_vpc_security_group_ingress_rule", fields: cfnSeparateRule("Source"),
		reshape: cfnRuleGroup},
	"AWS::EC2::SecurityGroupEgress": {to: "aws_vpc_security_group_egress_rule", fields: cfnSeparateRule("Destination"),
		reshape: cfnRuleGroup},
	"AWS::EC2::NetworkAclEntry": {to: "aws_network_acl_rule", fields: []cfnField{
		cfnProp("NetworkAclId", "network_acl_id"), cfnInt("RuleNumber", "rule_number"), cfnProp("Protocol", "protocol"),
		cfnConv("RuleAction", "rule_action", cfnToLower), cfnBool("Egress", "egress"),
		cfnProp("CidrBlock", "cidr_block"), cfnProp("Ipv6CidrBlock", "ipv6_cidr_block"),
		cfnFlat("PortRange", cfnInt("From", "from_port"), cfnInt("To", "to_port")),
		cfnFlat("Icmp", cfnInt("Code", "icmp_code"), cfnInt("Type", "icmp_type")),
	}},

	"AWS::IAM::Role": {to: "aws_iam_role", fields: []cfnField{
		cfnProp("RoleName", "name"), cfnProp("AssumeRolePolicyDocument", "assume_role_policy"),
		cfnBlocks("Policies", "inline_policy", cfnProp("PolicyName", "name"), cfnProp("PolicyDocument", "policy")),
		cfnProp("ManagedPolicyArns", "managed_policy_arns"), cfnProp("Path", "path"),
		cfnProp("PermissionsBoundary", "permissions_boundary"), cfnInt("MaxSessionDuration", "max_session_duration"),
		cfnProp("Description", "description"),
	}},
	// An AWS::IAM::Policy is an inline policy of the users, roles and groups it names; it
	// takes the Terraform type of the first kind it names, users first (inline user
	// policies are what rules warn about).
	"AWS::IAM::Policy": {typeOf: cfnInlinePolicyType, fields: []cfnField{
		cfnProp("PolicyName", "name"), cfnProp("PolicyDocument", "policy"),
		cfnProp("Users", "users"), cfnProp("Roles", "roles"), cfnProp("Groups", "groups"),
	}},
	"AWS::IAM::ManagedPolicy": {to: "aws_iam_policy", fields: []cfnField{
		cfnProp("ManagedPolicyName", "name"), cfnProp("PolicyDocument", "policy"), cfnProp("Path", "path"),
		cfnProp("Description", "description"),
		cfnProp("Users", "users"), cfnProp("Roles", "roles"), cfnProp("Groups", "groups"),
	}},
	"AWS::IAM::User": {to: "aws_iam_user", fields: []cfnField{
		cfnProp("UserName", "name"), cfnProp("Path", "path"), cfnProp("PermissionsBoundary", "permissions_boundary"),
		cfnBlocks("Policies", "inline_policy", cfnProp("PolicyName", "name"), cfnProp("PolicyDocument", "policy")),
		cfnProp("ManagedPolicyArns", "managed_policy_arns"), cfnProp("Groups", "groups"),
	}},
	"AWS::IAM::Group": {to: "aws_iam_group", fields: []cfnField{
		cfnProp("GroupName", "name"), cfnProp("Path", "path"),
		cfnBlocks("Policies", "inline_policy", cfnProp("PolicyName", "name"), cfnProp("PolicyDocument", "policy")),
		cfnProp("ManagedPolicyArns", "managed_policy_arns"),
	}},
	"AWS::IAM::AccessKey": {to: "aws_iam_access_key", fields: []cfnField{
		cfnProp("UserName", "user"), cfnProp("Status", "status"),
	}},

	"AWS::RDS::DBInstance": {typeOf: cfnDBInstanceType, fields: cfnDBInstanceFields},
	"AWS::RDS::DBCluster": {to: "aws_rds_cluster", fields: []cfnField{
		cfnProp("DBClusterIdentifier", "cluster_identifier"), cfnProp("DatabaseName", "database_name"),
		cfnConv("Engine", "engine", cfnToLower), cfnProp("EngineMode", "engine_mode"), cfnProp("EngineVersion", "engine_version"),
		cfnBool("StorageEncrypted", "storage_encrypted"), cfnProp("KmsKeyId", "kms_key_id"),
		cfnInt("BackupRetentionPeriod", "backup_retention_period"), cfnBool("DeletionProtection", "deletion_protection"),
		cfnBool("EnableIAMDatabaseAuthentication", "iam_database_authentication_enabled"),
		cfnProp("EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports"),
		cfnProp("MasterUsername", "master_username"), cfnProp("MasterUserPassword", "master_password"),
		cfnBool("ManageMasterUserPassword", "manage_master_user_password"), cfnInt("Port", "port"),
		cfnProp("ReplicationSourceIdentifier", "replication_source_identifier"),
		cfnProp("SnapshotIdentifier", "snapshot_identifier"), cfnProp("VpcSecurityGroupIds", "vpc_security_group_ids"),
		cfnProp("DBSubnetGroupName", "db_subnet_group_name"), cfnBool("CopyTagsToSnapshot", "copy_tags_to_snapshot"),
		cfnBool("PubliclyAccessible", "publicly_accessible"), cfnProp("StorageType", "storage_type"),
	}},

	"AWS::EC2::Instance": {to: "aws_instance", reshape: cfnInstance, fields: []cfnField{
		cfnProp("ImageId", "ami"), cfnProp("InstanceType", "instance_type"), cfnProp("KeyName", "key_name"),
		cfnProp("SubnetId", "subnet_id"), cfnProp("SecurityGroupIds", "vpc_security_group_ids"),
		cfnProp("SecurityGroups", "security_groups"), cfnProp("IamInstanceProfile", "iam_instance_profile"),
		cfnProp("UserData", "user_data_base64"), cfnBool("EbsOptimized", "ebs_optimized"),
		cfnBool("Monitoring", "monitoring"), cfnBool("DisableApiTermination", "disable_api_termination"),
		cfnProp("AvailabilityZone", "availability_zone"), cfnProp("PrivateIpAddress", "private_ip"),
		cfnProp("Tenancy", "tenancy"), cfnBool("SourceDestCheck", "source_dest_check"),
		cfnBlock("MetadataOptions", "metadata_options", cfnMetadataOptions...),
		cfnBlock("LaunchTemplate", "launch_template", cfnProp("LaunchTemplateId", "id"),
			cfnProp("LaunchTemplateName", "name"), cfnProp("Version", "version")),
	}},
	"AWS::EC2::Volume": {to: "aws_ebs_volume", fields: []cfnField{
		cfnBool("Encrypted", "encrypted"), cfnProp("KmsKeyId", "kms_key_id"), cfnInt("Size", "size"),
		cfnProp("SnapshotId", "snapshot_id"), cfnProp("AvailabilityZone", "availability_zone"),
		cfnProp("VolumeType", "type"), cfnInt("Iops", "iops"), cfnInt("Throughput", "throughput"),
	}},
	"AWS::EC2::LaunchTemplate": {to: "aws_launch_template", fields: []cfnField{
		cfnProp("LaunchTemplateName", "name"),
		cfnFlat("LaunchTemplateData",
			cfnProp("ImageId", "image_id"), cfnProp("InstanceType", "instance_type"), cfnProp("KeyName", "key_name"),
			cfnProp("UserData", "user_data"), cfnProp("SecurityGroupIds", "vpc_security_group_ids"),
			cfnBlock("MetadataOptions", "metadata_options", cfnMetadataOptions...),
			cfnBlock("IamInstanceProfile", "iam_instance_profile", cfnProp("Arn", "arn"), cfnProp("Name", "name")),
			cfnBlocks("BlockDeviceMappings", "block_device_mappings", cfnProp("DeviceName", "device_name"),
				cfnBlock("Ebs", "ebs", cfnEBSFields...))),
	}},

	"AWS::KMS::Key": {to: "aws_kms_key", fields: []cfnField{
		cfnBool("EnableKeyRotation", "enable_key_rotation"), cfnProp("KeyPolicy", "policy"),
		cfnProp("KeySpec", "customer_master_key_spec"), cfnProp("KeyUsage", "key_usage"),
		cfnInt("PendingWindowInDays", "deletion_window_in_days"), cfnProp("Description", "description"),
		cfnBool("Enabled", "is_enabled"), cfnBool("MultiRegion", "multi_region"),
		cfnInt("RotationPeriodInDays", "rotation_period_in_days"),
	}},

	"AWS::CloudTrail::Trail": {to: "aws_cloudtrail", fields: []cfnField{
		cfnProp("TrailName", "name"), cfnProp("S3BucketName", "s3_bucket_name"), cfnProp("S3KeyPrefix", "s3_key_prefix"),
		cfnBool("EnableLogFileValidation", "enable_log_file_validation"),
		cfnBool("IsMultiRegionTrail", "is_multi_region_trail"), cfnProp("KMSKeyId", "kms_key_id"),
		cfnProp("CloudWatchLogsLogGroupArn", "cloud_watch_logs_group_arn"),
		cfnProp("CloudWatchLogsRoleArn", "cloud_watch_logs_role_arn"),
		cfnBool("IncludeGlobalServiceEvents", "include_global_service_events"), cfnBool("IsLogging", "enable_logging"),
		cfnBool("IsOrganizationTrail", "is_organization_trail"), cfnProp("SnsTopicName", "sns_topic_name"),
	}},

	"AWS::Lambda::Function": {to: "aws_lambda_function", fields: []cfnField{
		cfnProp("FunctionName", "function_name"), cfnProp("Handler", "handler"), cfnProp("Runtime", "runtime"),
		cfnProp("Role", "role"), cfnInt("MemorySize", "memory_size"), cfnInt("Timeout", "timeout"),
		cfnProp("KmsKeyArn", "kms_key_arn"), cfnProp("Layers", "layers"),
		cfnInt("ReservedConcurrentExecutions", "reserved_concurrent_executions"),
		cfnProp("Architectures", "architectures"), cfnProp("PackageType", "package_type"),
		cfnProp("Description", "description"),
		cfnBlock("TracingConfig", "tracing_config", cfnProp("Mode", "mode")),
		cfnBlock("Environment", "environment", cfnProp("Variables", "variables")),
		cfnBlock("VpcConfig", "vpc_config", cfnProp("SubnetIds", "subnet_ids"), cfnProp("SecurityGroupIds", "security_group_ids")),
		cfnBlock("DeadLetterConfig", "dead_letter_config", cfnProp("TargetArn", "target_arn")),
		{from: "Code", shape: cfnFlatShape, keep: true, sub: []cfnField{cfnProp("S3Bucket", "s3_bucket"),
			cfnProp("S3Key", "s3_key"), cfnProp("S3ObjectVersion", "s3_object_version"), cfnProp("ImageUri", "image_uri")}},
	}},
	"AWS::Lambda::Permission": {to: "aws_lambda_permission", fields: []cfnField{
		cfnProp("Action", "action"), cfnProp("FunctionName", "function_name"), cfnProp("Principal", "principal"),
		cfnProp("SourceArn", "source_arn"), cfnProp("SourceAccount", "source_account"),
		cfnProp("PrincipalOrgID", "principal_org_id"), cfnProp("EventSourceToken", "event_source_token"),
		cfnProp("FunctionUrlAuthType", "function_url_auth_type"),
	}},
	"AWS::Lambda::EventSourceMapping": {to: "aws_lambda_event_source_mapping", fields: []cfnField{
		cfnProp("FunctionName", "function_name"), cfnProp("EventSourceArn", "event_source_arn"),
		cfnInt("BatchSize", "batch_size"), cfnBool("Enabled", "enabled"), cfnProp("StartingPosition", "starting_position"),
	}},
	"AWS::Lambda::Url": {to: "aws_lambda_function_url", fields: []cfnField{
		cfnProp("TargetFunctionArn", "function_name"), cfnProp("AuthType", "authorization_type"),
		cfnProp("InvokeMode", "invoke_mode"),
	}},

	"AWS::DynamoDB::Table": {to: "aws_dynamodb_table", reshape: cfnTableKeys, fields: []cfnField{
		cfnProp("TableName", "name"), cfnProp("BillingMode", "billing_mode"), cfnProp("TableClass", "table_class"),
		cfnBool("DeletionProtectionEnabled", "deletion_protection_enabled"),
		cfnBlock("PointInTimeRecoverySpecification", "point_in_time_recovery",
			cfnBool("PointInTimeRecoveryEnabled", "enabled")),
		cfnBlock("SSESpecification", "server_side_encryption",
			cfnBool("SSEEnabled", "enabled"), cfnProp("KMSMasterKeyId", "kms_key_arn")),
		cfnBlocks("AttributeDefinitions", "attribute", cfnProp("AttributeName", "name"), cfnProp("AttributeType", "type")),
		cfnBlock("TimeToLiveSpecification", "ttl", cfnProp("AttributeName", "attribute_name"), cfnBool("Enabled", "enabled")),
		cfnFlat("ProvisionedThroughput", cfnInt("ReadCapacityUnits", "read_capacity"),
			cfnInt("WriteCapacityUnits", "write_capacity")),
	}},

	"AWS::ECR::Repository": {to: "aws_ecr_repository", fields: []cfnField{
		cfnProp("RepositoryName", "name"), cfnProp("ImageTagMutability", "image_tag_mutability"),
		cfnBlock("ImageScanningConfiguration", "image_scanning_configuration", cfnBool("ScanOnPush", "scan_on_push")),
		cfnBlock("EncryptionConfiguration", "encryption_configuration",
			cfnProp("EncryptionType", "encryption_type"), cfnProp("KmsKey", "kms_key")),
		cfnProp("RepositoryPolicyText", "policy"), cfnBool("EmptyOnDelete", "force_delete"),
	}},

	"AWS::SNS::Topic": {to: "aws_sns_topic", fields: []cfnField{
		cfnProp("TopicName", "name"), cfnProp("KmsMasterKeyId", "kms_master_key_id"),
		cfnBool("FifoTopic", "fifo_topic"), cfnProp("DisplayName", "display_name"),
	}},
	"AWS::SNS::TopicPolicy": {to: "aws_sns_topic_policy", reshape: func(m *cfnMapper) { m.cfnSingle("Topics", "arn", "") },
		fields: []cfnField{cfnProp("PolicyDocument", "policy")}},
	"AWS::SQS::Queue": {to: "aws_sqs_queue", fields: []cfnField{
		cfnProp("QueueName", "name"), cfnProp("KmsMasterKeyId", "kms_master_key_id"),
		cfnBool("SqsManagedSseEnabled", "sqs_managed_sse_enabled"), cfnBool("FifoQueue", "fifo_queue"),
		cfnInt("VisibilityTimeout", "visibility_timeout_seconds"),
		cfnInt("MessageRetentionPeriod", "message_retention_seconds"), cfnInt("DelaySeconds", "delay_seconds"),
		cfnInt("MaximumMessageSize", "max_message_size"),
		cfnInt("ReceiveMessageWaitTimeSeconds", "receive_wait_time_seconds"),
		cfnInt("KmsDataKeyReusePeriodSeconds", "kms_data_key_reuse_period_seconds"),
	}},
	"AWS::SQS::QueuePolicy": {to: "aws_sqs_queue_policy", reshape: func(m *cfnMapper) { m.cfnSingle("Queues", "queue_url", "") },
		fields: []cfnField{cfnProp("PolicyDocument", "policy")}},

	"AWS::Logs::LogGroup": {to: "aws_cloudwatch_log_group", fields: []cfnField{
		cfnProp("LogGroupName", "name"), cfnInt("RetentionInDays", "retention_in_days"),
		cfnProp("KmsKeyId", "kms_key_id"), cfnProp("LogGroupClass", "log_group_class"),
	}},

	"AWS::ElasticLoadBalancingV2::LoadBalancer": {to: "aws_lb", reshape: cfnLoadBalancerAttributes, fields: []cfnField{
		cfnProp("Name", "name"), cfnConv("Scheme", "internal", cfnInternal), cfnProp("Type", "load_balancer_type"),
		cfnProp("Subnets", "subnets"), cfnProp("SecurityGroups", "security_groups"),
		cfnProp("IpAddressType", "ip_address_type"),
	}},
	"AWS::ElasticLoadBalancingV2::Listener": {to: "aws_lb_listener",
		reshape: func(m *cfnMapper) { m.cfnSingle("Certificates", "certificate_arn", "CertificateArn") },
		fields: []cfnField{
			cfnProp("LoadBalancerArn", "load_balancer_arn"), cfnInt("Port", "port"), cfnProp("Protocol", "protocol"),
			cfnProp("SslPolicy", "ssl_policy"),
			cfnBlocks("DefaultActions", "default_action",
				cfnProp("Type", "type"), cfnProp("TargetGroupArn", "target_group_arn"), cfnInt("Order", "order"),
				cfnBlock("RedirectConfig", "redirect", cfnProp("Protocol", "protocol"), cfnProp("Port", "port"),
					cfnProp("Host", "host"), cfnProp("Path", "path"), cfnProp("Query", "query"),
					cfnProp("StatusCode", "status_code")),
				cfnBlock("FixedResponseConfig", "fixed_response", cfnProp("ContentType", "content_type"),
					cfnProp("MessageBody", "message_body"), cfnProp("StatusCode", "status_code"))),
		}},
	"AWS::ElasticLoadBalancing::LoadBalancer": {to: "aws_elb", fields: []cfnField{
		cfnProp("LoadBalancerName", "name"), cfnConv("Scheme", "internal", cfnInternal),
		cfnProp("Subnets", "subnets"), cfnProp("SecurityGroups", "security_groups"),
		cfnBool("CrossZone", "cross_zone_load_balancing"),
		cfnBlocks("Listeners", "listener", cfnInt("LoadBalancerPort", "lb_port"), cfnInt("InstancePort", "instance_port"),
			cfnProp("Protocol", "lb_protocol"), cfnProp("InstanceProtocol", "instance_protocol"),
			cfnProp("SSLCertificateId", "ssl_certificate_id")),
		cfnBlock("AccessLoggingPolicy", "access_logs", cfnBool("Enabled", "enabled"), cfnProp("S3BucketName", "bucket"),
			cfnProp("S3BucketPrefix", "bucket_prefix"), cfnInt("EmitInterval", "interval")),
	}},

	"AWS::ApiGateway::RestApi": {to: "aws_api_gateway_rest_api", fields: []cfnField{
		cfnProp("Name", "name"), cfnProp("Description", "description"), cfnProp("Policy", "policy"),
		cfnProp("Body", "body"), cfnBool("DisableExecuteApiEndpoint", "disable_execute_api_endpoint"),
		cfnProp("ApiKeySourceType", "api_key_source"), cfnProp("BinaryMediaTypes", "binary_media_types"),
		cfnInt("MinimumCompressionSize", "minimum_compression_size"),
		cfnBlock("EndpointConfiguration", "endpoint_configuration", cfnProp("Types", "types"),
			cfnProp("VpcEndpointIds", "vpc_endpoint_ids")),
	}},
	"AWS::ApiGateway::Stage": {to: "aws_api_gateway_stage", fields: []cfnField{
		cfnProp("StageName", "stage_name"), cfnProp("RestApiId", "rest_api_id"), cfnProp("DeploymentId", "deployment_id"),
		cfnBool("TracingEnabled", "xray_tracing_enabled"), cfnBool("CacheClusterEnabled", "cache_cluster_enabled"),
		cfnProp("CacheClusterSize", "cache_cluster_size"), cfnProp("Variables", "variables"),
		cfnProp("ClientCertificateId", "client_certificate_id"),
		cfnBlock("AccessLogSetting", "access_log_settings", cfnProp("DestinationArn", "destination_arn"),
			cfnProp("Format", "format")),
	}},
	"AWS::ApiGatewayV2::Api": {to: "aws_apigatewayv2_api", fields: []cfnField{
		cfnProp("Name", "name"), cfnProp("ProtocolType", "protocol_type"), cfnProp("Description", "description"),
		cfnBool("DisableExecuteApiEndpoint", "disable_execute_api_endpoint"), cfnProp("Body", "body"),
	}},
	"AWS::ApiGatewayV2::Stage": {to: "aws_apigatewayv2_stage", fields: []cfnField{
		cfnProp("ApiId", "api_id"), cfnProp("StageName", "name"), cfnBool("AutoDeploy", "auto_deploy"),
		cfnProp("StageVariables", "stage_variables"),
		cfnBlock("AccessLogSettings", "access_log_settings", cfnProp("DestinationArn", "destination_arn"),
			cfnProp("Format", "format")),
	}},
}

// cfnRuleFields are the fields of an inline security group rule; dir is "Source" for
// ingress and "Destination" for egress.
func cfnRuleFields(dir string) []cfnField {
	return []cfnField{
		cfnProp("IpProtocol", "protocol"), cfnInt("FromPort", "from_port"), cfnInt("ToPort", "to_port"),
		cfnList("CidrIp", "cidr_blocks"), cfnList("CidrIpv6", "ipv6_cidr_blocks"),
		cfnList(dir+"SecurityGroupId", "security_groups"), cfnList(dir+"PrefixListId", "prefix_list_ids"),
		cfnProp("Description", "description"),
	}
}

// cfnSeparateRule maps AWS::EC2::SecurityGroupIngress/Egress to the vpc_* rule resources,
// which the security group merge folds into the group their GroupId refers to.
func cfnSeparateRule(dir string) []cfnField {
	return []cfnField{
		cfnProp("GroupId", "security_group_id"), cfnProp("IpProtocol", "ip_protocol"),
		cfnInt("FromPort", "from_port"), cfnInt("ToPort", "to_port"),
		cfnProp("CidrIp", "cidr_ipv4"), cfnProp("CidrIpv6", "cidr_ipv6"),
		cfnProp(dir+"SecurityGroupId", "referenced_security_group_id"), cfnProp(dir+"PrefixListId", "prefix_list_id"),
		cfnProp("Description", "description"),
	}
}

// cfnRuleGroup takes the group from GroupName when GroupId is not given (a default-VPC group).
func cfnRuleGroup(m *cfnMapper) {
	if _, ok := m.attrs["security_group_id"]; ok {
		return
	}
	if v, ok := m.src.Attributes["GroupName"]; ok {
		m.attrs["security_group_id"] = deepCopy(v)
		m.pair(resource.Path{"GroupName"}, resource.Path{"security_group_id"}, true)
		m.used["GroupName"] = true
	}
}

var cfnMetadataOptions = []cfnField{
	cfnProp("HttpTokens", "http_tokens"), cfnProp("HttpEndpoint", "http_endpoint"),
	cfnInt("HttpPutResponseHopLimit", "http_put_response_hop_limit"),
	cfnProp("InstanceMetadataTags", "instance_metadata_tags"), cfnProp("HttpProtocolIpv6", "http_protocol_ipv6"),
}

var cfnEBSFields = []cfnField{
	cfnBool("Encrypted", "encrypted"), cfnProp("KmsKeyId", "kms_key_id"), cfnInt("VolumeSize", "volume_size"),
	cfnProp("VolumeType", "volume_type"), cfnInt("Iops", "iops"), cfnInt("Throughput", "throughput"),
	cfnBool("DeleteOnTermination", "delete_on_termination"), cfnProp("SnapshotId", "snapshot_id"),
}

var cfnDBInstanceFields = []cfnField{
	cfnProp("DBInstanceIdentifier", "identifier"), cfnProp("DBClusterIdentifier", "cluster_identifier"),
	cfnProp("DBInstanceClass", "instance_class"), cfnProp("DBName", "db_name"),
	cfnConv("Engine", "engine", cfnToLower), cfnProp("EngineVersion", "engine_version"),
	cfnInt("AllocatedStorage", "allocated_storage"), cfnInt("MaxAllocatedStorage", "max_allocated_storage"),
	cfnProp("StorageType", "storage_type"), cfnInt("Iops", "iops"),
	cfnBool("StorageEncrypted", "storage_encrypted"), cfnProp("KmsKeyId", "kms_key_id"),
	cfnBool("PubliclyAccessible", "publicly_accessible"), cfnInt("BackupRetentionPeriod", "backup_retention_period"),
	cfnBool("DeletionProtection", "deletion_protection"), cfnBool("AutoMinorVersionUpgrade", "auto_minor_version_upgrade"),
	cfnBool("EnableIAMDatabaseAuthentication", "iam_database_authentication_enabled"),
	cfnBool("EnablePerformanceInsights", "performance_insights_enabled"),
	cfnProp("PerformanceInsightsKMSKeyId", "performance_insights_kms_key_id"),
	cfnProp("EnableCloudwatchLogsExports", "enabled_cloudwatch_logs_exports"),
	cfnBool("MultiAZ", "multi_az"), cfnInt("Port", "port"), cfnInt("MonitoringInterval", "monitoring_interval"),
	cfnProp("MasterUsername", "username"), cfnProp("MasterUserPassword", "password"),
	cfnBool("ManageMasterUserPassword", "manage_master_user_password"),
	cfnProp("SourceDBInstanceIdentifier", "replicate_source_db"), cfnProp("DBSnapshotIdentifier", "snapshot_identifier"),
	cfnProp("DBSubnetGroupName", "db_subnet_group_name"), cfnProp("DBParameterGroupName", "parameter_group_name"),
	cfnProp("VPCSecurityGroups", "vpc_security_group_ids"), cfnProp("CACertificateIdentifier", "ca_cert_identifier"),
	cfnBool("CopyTagsToSnapshot", "copy_tags_to_snapshot"), cfnBool("DeleteAutomatedBackups", "delete_automated_backups"),
}

// cfnDBInstanceType: an instance that belongs to a cluster (Aurora) is an
// aws_rds_cluster_instance, whose storage and backups are the cluster's.
func cfnDBInstanceType(props map[string]any) string {
	if _, ok := props["DBClusterIdentifier"]; ok {
		return "aws_rds_cluster_instance"
	}
	return "aws_db_instance"
}

func cfnInlinePolicyType(props map[string]any) string {
	switch {
	case props["Users"] != nil:
		return "aws_iam_user_policy"
	case props["Roles"] != nil:
		return "aws_iam_role_policy"
	case props["Groups"] != nil:
		return "aws_iam_group_policy"
	}
	return "aws_iam_role_policy"
}

func cfnInternal(v any) any {
	if s, ok := v.(string); ok {
		return s == "internal"
	}
	return v
}

// cfnBucketLogging: a LoggingConfiguration without DestinationBucketName logs to the bucket
// itself, so the target is the bucket's own name (unknown when the name is generated).
func cfnBucketLogging(m *cfnMapper) {
	lc, ok := m.src.Attributes["LoggingConfiguration"]
	if !ok {
		return
	}
	m.used["LoggingConfiguration"] = true
	if resource.IsUnknown(lc) {
		m.attrs["logging"] = resource.Unknown{}
		m.pair(resource.Path{"LoggingConfiguration"}, resource.Path{"logging"}, true)
		return
	}
	m.attrs["logging"] = []any{m.fields(resource.Path{"logging", 0}, resource.Path{"LoggingConfiguration"}, []cfnField{
		cfnProp("DestinationBucketName", "target_bucket"), cfnProp("LogFilePrefix", "target_prefix")})}
	m.pair(resource.Path{"LoggingConfiguration"}, resource.Path{"logging"}, false)
	m.pair(resource.Path{"LoggingConfiguration"}, resource.Path{"logging", 0}, false)
	block := m.attrs["logging"].([]any)[0].(map[string]any)
	if _, ok := block["target_bucket"]; !ok {
		if name, ok := m.src.Attributes["BucketName"]; ok {
			block["target_bucket"] = deepCopy(name)
		} else {
			block["target_bucket"] = resource.Unknown{}
		}
		m.pair(resource.Path{"LoggingConfiguration"}, resource.Path{"logging", 0, "target_bucket"}, false)
	}
}

// cfnRootDevices are the device names AMIs use for the root volume.
var cfnRootDevices = map[string]bool{"/dev/xvda": true, "/dev/sda1": true, "/dev/sda": true, "xvda": true, "sda1": true}

// cfnInstance splits BlockDeviceMappings into the root and EBS block devices by device
// name, and takes the public IP choice from the primary network interface.
func cfnInstance(m *cfnMapper) {
	bdm, ok := m.src.Attributes["BlockDeviceMappings"]
	if ok {
		m.used["BlockDeviceMappings"] = true
		src := resource.Path{"BlockDeviceMappings"}
		list, isList := bdm.([]any)
		if !isList {
			for _, k := range []string{"root_block_device", "ebs_block_device"} {
				m.attrs[k] = resource.Unknown{}
				m.pair(src, resource.Path{k}, true)
			}
		}
		var root, ebs []any
		for i, e := range list {
			mapping, _ := e.(map[string]any)
			if _, hasEBS := mapping["Ebs"]; !hasEBS {
				continue
			}
			device, _ := mapping["DeviceName"].(string)
			dst := resource.Path{"ebs_block_device", len(ebs)}
			isRoot := cfnRootDevices[device] && len(root) == 0
			if isRoot {
				dst = resource.Path{"root_block_device", 0}
			}
			block := m.fields(dst, src.Append(i, "Ebs"), cfnEBSFields)
			m.pair(src.Append(i), dst, false)
			m.pair(src.Append(i, "Ebs"), dst, false)
			if !isRoot {
				if d, ok := mapping["DeviceName"]; ok {
					block["device_name"] = deepCopy(d)
					m.pair(src.Append(i, "DeviceName"), dst.Append("device_name"), true)
				}
				ebs = append(ebs, block)
			} else {
				root = append(root, block)
			}
		}
		if root != nil {
			m.attrs["root_block_device"] = root
			m.pair(src, resource.Path{"root_block_device"}, false)
		}
		if ebs != nil {
			m.attrs["ebs_block_device"] = ebs
			m.pair(src, resource.Path{"ebs_block_device"}, false)
		}
	}
	nis, _ := m.src.Attributes["NetworkInterfaces"].([]any)
	for i, e := range nis {
		ni, _ := e.(map[string]any)
		if v, ok := ni["AssociatePublicIpAddress"]; ok {
			m.attrs["associate_public_ip_address"] = cfnToBool(deepCopy(v))
			m.pair(resource.Path{"NetworkInterfaces", i, "AssociatePublicIpAddress"}, resource.Path{"associate_public_ip_address"}, true)
			break
		}
	}
}

// cfnTableKeys: KeySchema names the hash and range keys; a stream specification turns the
// stream on.
func cfnTableKeys(m *cfnMapper) {
	if ks, ok := m.src.Attributes["KeySchema"].([]any); ok {
		m.used["KeySchema"] = true
		for i, e := range ks {
			k, _ := e.(map[string]any)
			to := map[any]string{"HASH": "hash_key", "RANGE": "range_key"}[k["KeyType"]]
			if to == "" {
				continue
			}
			if name, ok := k["AttributeName"]; ok {
				m.attrs[to] = deepCopy(name)
				m.pair(resource.Path{"KeySchema", i, "AttributeName"}, resource.Path{to}, true)
			}
		}
	}
	if ss, ok := m.src.Attributes["StreamSpecification"].(map[string]any); ok {
		m.used["StreamSpecification"] = true
		m.attrs["stream_enabled"] = true
		m.pair(resource.Path{"StreamSpecification"}, resource.Path{"stream_enabled"}, false)
		if v, ok := ss["StreamViewType"]; ok {
			m.attrs["stream_view_type"] = deepCopy(v)
			m.pair(resource.Path{"StreamSpecification", "StreamViewType"}, resource.Path{"stream_view_type"}, true)
		}
	}
}

// cfnLBAttributes are the LoadBalancerAttributes keys with a canonical attribute; the
// access_logs.s3.* keys make the access_logs block.
var cfnLBAttributes = map[string]struct {
	path resource.Path
	conv func(any) any
}{
	"routing.http.drop_invalid_header_fields.enabled": {resource.Path{"drop_invalid_header_fields"}, cfnToBool},
	"deletion_protection.enabled":                     {resource.Path{"enable_deletion_protection"}, cfnToBool},
	"idle_timeout.timeout_seconds":                    {resource.Path{"idle_timeout"}, cfnToInt},
	"routing.http2.enabled":                           {resource.Path{"enable_http2"}, cfnToBool},
	"routing.http.desync_mitigation_mode":             {resource.Path{"desync_mitigation_mode"}, nil},
	"load_balancing.cross_zone.enabled":               {resource.Path{"enable_cross_zone_load_balancing"}, cfnToBool},
	"access_logs.s3.enabled":                          {resource.Path{"access_logs", 0, "enabled"}, cfnToBool},
	"access_logs.s3.bucket":                           {resource.Path{"access_logs", 0, "bucket"}, nil},
	"access_logs.s3.prefix":                           {resource.Path{"access_logs", 0, "prefix"}, nil},
}

// cfnLoadBalancerAttributes turns the [{Key, Value}] attribute list into attributes. When
// the list or a key is unknown, the attributes rules read are unknown rather than absent.
func cfnLoadBalancerAttributes(m *cfnMapper) {
	v, ok := m.src.Attributes["LoadBalancerAttributes"]
	if !ok {
		return
	}
	m.used["LoadBalancerAttributes"] = true
	src := resource.Path{"LoadBalancerAttributes"}
	list, isList := v.([]any)
	unknownKey := !isList
	var logs map[string]any
	for i, e := range list {
		kv, _ := e.(map[string]any)
		k, known := kv["Key"].(string)
		if !known {
			unknownKey = true
			continue
		}
		target, ok := cfnLBAttributes[k]
		value, hasValue := kv["Value"]
		if !ok || !hasValue {
			continue
		}
		value = deepCopy(value)
		if target.conv != nil && !resource.IsUnknown(value) {
			value = target.conv(value)
		}
		if target.path[0] == "access_logs" {
			if logs == nil {
				logs = map[string]any{}
				m.attrs["access_logs"] = []any{logs}
			}
			logs[target.path[2].(string)] = value
		} else {
			m.attrs[target.path[0].(string)] = value
		}
		m.pair(src.Append(i, "Value"), target.path, true)
	}
	if unknownKey {
		for _, k := range []string{"drop_invalid_header_fields", "access_logs"} {
			if _, set := m.attrs[k]; !set {
				m.attrs[k] = resource.Unknown{}
				m.pair(src, resource.Path{k}, true)
			}
		}
	}
}

// cfnTypes lists the mapped CloudFormation types, sorted, for documentation and tests.
func cfnTypes() []string {
	out := make([]string, 0, len(cloudformationTypes))
	for k := range cloudformationTypes {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
