package aws

import (
	"context"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/rds"
	rdstypes "github.com/aws/aws-sdk-go-v2/service/rds/types"

	"github.com/plumbsec/plumb/internal/resource"
)

// The RDS API also answers for DocumentDB and Neptune, which Terraform models with types of
// their own; only RDS engines become aws_db_instance and aws_rds_cluster here.
func rdsEngine(engine *string) bool {
	e := aws.ToString(engine)
	return e != "" && !strings.HasPrefix(e, "docdb") && !strings.HasPrefix(e, "neptune")
}

func (c *collector) rdsClient(region string) *rds.Client {
	return rds.NewFromConfig(c.cfg, func(o *rds.Options) { o.Region = region })
}

// collectDBInstances reads the region's DB instances: an instance of a cluster (Aurora) is
// an aws_rds_cluster_instance, any other an aws_db_instance.
func collectDBInstances(ctx context.Context, j *job) error {
	p := rds.NewDescribeDBInstancesPaginator(j.c.rdsClient(j.region), &rds.DescribeDBInstancesInput{MaxRecords: j.c.pageSize(20, 100)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, db := range page.DBInstances {
			if rdsEngine(db.Engine) {
				j.emitDBInstance(db)
			}
		}
	}
	return nil
}

func (j *job) emitDBInstance(db rdstypes.DBInstance) {
	id := aws.ToString(db.DBInstanceIdentifier)
	a := attrs{"identifier": id}
	a.str("engine", db.Engine)
	a.str("engine_version", db.EngineVersion)
	a.str("instance_class", db.DBInstanceClass)
	a.boolean("publicly_accessible", db.PubliclyAccessible)
	a.boolean("auto_minor_version_upgrade", db.AutoMinorVersionUpgrade)
	a.str("availability_zone", db.AvailabilityZone)
	a.str("ca_cert_identifier", db.CACertificateIdentifier)
	a.tags(rdsTags(db.TagList))
	var refs []resource.Reference
	var sgs []string
	for i, g := range db.VpcSecurityGroups {
		sgs = append(sgs, aws.ToString(g.VpcSecurityGroupId))
		refs = append(refs, ref(resource.Path{"vpc_security_group_ids", i}.String(), j.sgARN(aws.ToString(g.VpcSecurityGroupId))))
	}
	a.list("vpc_security_group_ids", sgs)
	if db.DBSubnetGroup != nil {
		a.str("db_subnet_group_name", db.DBSubnetGroup.DBSubnetGroupName)
	}
	typ := "aws_db_instance"
	if cl := aws.ToString(db.DBClusterIdentifier); cl != "" {
		typ = "aws_rds_cluster_instance"
		a["cluster_identifier"] = cl
		refs = append(refs, ref("cluster_identifier", j.arn("rds", "cluster:"+cl)))
	} else {
		// Storage, backups and authentication belong to the cluster for a cluster's instance.
		a.boolean("storage_encrypted", db.StorageEncrypted)
		a.str("kms_key_id", db.KmsKeyId)
		a.boolean("deletion_protection", db.DeletionProtection)
		a.i32("backup_retention_period", db.BackupRetentionPeriod)
		a.boolean("iam_database_authentication_enabled", db.IAMDatabaseAuthenticationEnabled)
		a.boolean("multi_az", db.MultiAZ)
		a.i32("allocated_storage", db.AllocatedStorage)
		a.str("storage_type", db.StorageType)
		a.str("replicate_source_db", db.ReadReplicaSourceDBInstanceIdentifier)
		a.str("username", db.MasterUsername)
	}
	j.emit(typ, aws.ToString(db.DBInstanceArn), id, a, refs...)
}

func collectDBClusters(ctx context.Context, j *job) error {
	p := rds.NewDescribeDBClustersPaginator(j.c.rdsClient(j.region), &rds.DescribeDBClustersInput{MaxRecords: j.c.pageSize(20, 100)})
	for p.HasMorePages() {
		page, err := p.NextPage(ctx)
		if err != nil {
			return err
		}
		for _, cl := range page.DBClusters {
			if !rdsEngine(cl.Engine) {
				continue
			}
			id := aws.ToString(cl.DBClusterIdentifier)
			a := attrs{"cluster_identifier": id}
			a.str("engine", cl.Engine)
			a.str("engine_version", cl.EngineVersion)
			a.str("engine_mode", cl.EngineMode)
			a.boolean("storage_encrypted", cl.StorageEncrypted)
			a.str("kms_key_id", cl.KmsKeyId)
			a.boolean("deletion_protection", cl.DeletionProtection)
			a.i32("backup_retention_period", cl.BackupRetentionPeriod)
			a.boolean("iam_database_authentication_enabled", cl.IAMDatabaseAuthenticationEnabled)
			a.str("replication_source_identifier", cl.ReplicationSourceIdentifier)
			a.str("db_subnet_group_name", cl.DBSubnetGroup)
			a.str("master_username", cl.MasterUsername)
			a.tags(rdsTags(cl.TagList))
			var sgs []string
			for _, g := range cl.VpcSecurityGroups {
				sgs = append(sgs, aws.ToString(g.VpcSecurityGroupId))
			}
			a.list("vpc_security_group_ids", sgs)
			j.emit("aws_rds_cluster", aws.ToString(cl.DBClusterArn), id, a)
		}
	}
	return nil
}

func rdsTags(ts []rdstypes.Tag) map[string]string {
	m := map[string]string{}
	for _, t := range ts {
		m[aws.ToString(t.Key)] = aws.ToString(t.Value)
	}
	return m
}
