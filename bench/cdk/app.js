#!/usr/bin/env node
'use strict';
// examples/ai-validation-platform written by hand as an AWS CDK app (aws-cdk-lib, JavaScript, no build step), for
// bench/cloudformation-synth.sh: one stack per environment (local, dev, staging, prod) with what Forge's
// cloudformation target renders for that spec. The same decisions as forge.yaml: VPC over two zones with NAT (none
// in local) and flow logs, ECS Fargate services api / orchestrator / web (sizes, env from SSM parameters, secrets
// from Secrets Manager, autoscaling and scheduled scaling in prod, CodeDeploy blue-green for api in prod), jobs
// migrate and report-cleanup (scheduled through EventBridge Scheduler), an HTTPS ALB for app.example.com (ACM
// certificate by DNS, HTTP->HTTPS, WAF except in local), RDS PostgreSQL, ElastiCache Redis, buckets reports
// (lifecycle) and assets (CloudFront with OAC, static.example.com), the three secrets and two parameters, alarms
// on CPU/memory to an SNS topic, a monthly budget, and a GitHub OIDC deploy role.
//   CDK_OUTDIR=DIR node app.js     synthesizes into DIR (what `cdk synth` runs, without the CLI)
//   CFN_BENCH_VALIDATION=off        no built-in CloudFormation template validation (builtinCloudFormationValidation:
//                                   false, as CDK_VALIDATION=false or `cdk synth --no-validation`) and construct
//                                   validation skipped (skipValidation): the "node app.js" column of the bench
const cdk = require('aws-cdk-lib');
const { Duration, RemovalPolicy } = cdk;
const ec2 = require('aws-cdk-lib/aws-ec2');
const ecs = require('aws-cdk-lib/aws-ecs');
const elbv2 = require('aws-cdk-lib/aws-elasticloadbalancingv2');
const rds = require('aws-cdk-lib/aws-rds');
const elasticache = require('aws-cdk-lib/aws-elasticache');
const s3 = require('aws-cdk-lib/aws-s3');
const cloudfront = require('aws-cdk-lib/aws-cloudfront');
const origins = require('aws-cdk-lib/aws-cloudfront-origins');
const acm = require('aws-cdk-lib/aws-certificatemanager');
const route53 = require('aws-cdk-lib/aws-route53');
const targets = require('aws-cdk-lib/aws-route53-targets');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const ssm = require('aws-cdk-lib/aws-ssm');
const logs = require('aws-cdk-lib/aws-logs');
const kms = require('aws-cdk-lib/aws-kms');
const iam = require('aws-cdk-lib/aws-iam');
const wafv2 = require('aws-cdk-lib/aws-wafv2');
const sns = require('aws-cdk-lib/aws-sns');
const subs = require('aws-cdk-lib/aws-sns-subscriptions');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const cwActions = require('aws-cdk-lib/aws-cloudwatch-actions');
const codedeploy = require('aws-cdk-lib/aws-codedeploy');
const scheduler = require('aws-cdk-lib/aws-scheduler');
const budgets = require('aws-cdk-lib/aws-budgets');
const appscaling = require('aws-cdk-lib/aws-applicationautoscaling');

const APP = 'ai-validation-platform';
const REGION = 'us-east-1';
const ENVIRONMENTS = {
  local: { account: '000000000000', nat: 0, waf: false, alerts: [], budget: 0 },
  dev: { account: '111111111111', nat: 1, waf: true, alerts: [], budget: 150, budgetEmail: ['dev-costs@example.com'] },
  staging: { account: '222222222222', nat: 1, waf: true, alerts: ['staging-alerts@example.com'], budget: 400 },
  prod: { account: '333333333333', nat: 1, waf: true, alerts: ['oncall@example.com', 'cto@example.com'], budget: 2500 },
};
const FARGATE = { 0.25: 256, 0.5: 512, 1: 1024, 2: 2048 };
const mib = (s) => (s.endsWith('Gi') ? parseFloat(s) * 1024 : parseFloat(s));

function services(env) {
  const prod = env === 'prod';
  const staging = env === 'staging';
  return {
    api: { port: 3000, health: '/health', cpu: prod ? 1 : staging ? 0.5 : 0.25, memory: prod ? '2Gi' : staging ? '1Gi' : '512Mi',
      replicas: staging ? 2 : 1, env: { LOG_LEVEL: 'log-level', FEATURE_FLAGS: 'feature-flags' }, secrets: ['jwt-signing-key'],
      reports: 'read', autoscaling: prod && { min: 2, max: 10, cpu: 60, memory: 75, requests: 1000 },
      schedules: prod && [{ cron: { minute: '0', hour: '8', weekDay: 'MON-FRI' }, min: 4, max: 10 },
        { cron: { minute: '0', hour: '20', weekDay: 'MON-FRI' }, min: 2, max: 6 }], blueGreen: prod, route: '/api/*', priority: 10 },
    orchestrator: { port: 3001, health: '/health', cpu: prod ? 2 : 0.5, memory: prod ? '4Gi' : '1Gi', replicas: 1,
      env: { LOG_LEVEL: 'log-level' }, secrets: ['openai-api-key', 'anthropic-api-key'], reports: 'read-write',
      autoscaling: prod && { min: 2, max: 6, cpu: 70 } },
    web: { port: 8080, health: '/', cpu: 0.25, memory: '512Mi', replicas: prod ? 3 : 1, env: {}, secrets: [], route: '/*', priority: 20, web: true },
  };
}

class PlatformStack extends cdk.Stack {
  constructor(scope, envName, settings) {
    super(scope, `${APP}-${envName}`, { env: { account: settings.account, region: REGION }, description: `${APP} (${envName})` });
    const prod = envName === 'prod';
    const name = (n) => `${APP}-${envName}-${n}`;
    cdk.Tags.of(this).add('forge:app', APP);
    cdk.Tags.of(this).add('forge:environment', envName);
    cdk.Tags.of(this).add('owner', 'ai-validation-team');
    cdk.Tags.of(this).add('cost-centre', 'mvp-platform');
    const keep = prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // network
    const vpc = new ec2.Vpc(this, 'Network', {
      ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'), availabilityZones: ['us-east-1a', 'us-east-1b'], natGateways: settings.nat,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: settings.nat ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 },
        { name: 'data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
      ],
      restrictDefaultSecurityGroup: false,
      gatewayEndpoints: { S3: { service: ec2.GatewayVpcEndpointAwsService.S3 } },
    });
    vpc.addFlowLog('FlowLogs', { destination: ec2.FlowLogDestination.toCloudWatchLogs(new logs.LogGroup(this, 'FlowLogGroup', {
      retention: logs.RetentionDays.ONE_YEAR, removalPolicy: keep })) });
    const appSubnets = { subnetGroupName: 'private' };
    const dataSubnets = { subnetGroupName: 'data' };

    // secrets and parameters
    const key = new kms.Key(this, 'Key', { enableKeyRotation: true, alias: `alias/${name('main')}`, removalPolicy: keep });
    const secrets = {};
    for (const [s, description] of [['openai-api-key', 'OpenAI API key for the agents'], ['anthropic-api-key', 'Anthropic API key'],
      ['jwt-signing-key', 'Signs user JWTs issued by the API']]) {
      secrets[s] = new secretsmanager.Secret(this, `Secret-${s}`, { secretName: `${APP}/${envName}/${s}`, description, encryptionKey: key });
    }
    const params = {
      'feature-flags': new ssm.StringParameter(this, 'ParameterFeatureFlags', { parameterName: `/${APP}/${envName}/feature-flags`,
        stringValue: prod ? '{"marketResearchAgent": true, "competitorAgent": true}' : '{"marketResearchAgent": true, "competitorAgent": false}' }),
      'log-level': new ssm.StringParameter(this, 'ParameterLogLevel', { parameterName: `/${APP}/${envName}/log-level`,
        stringValue: envName === 'local' ? 'debug' : 'info' }),
    };

    // data
    const dbSg = new ec2.SecurityGroup(this, 'DatabaseMainSecurityGroup', { vpc, allowAllOutbound: false, description: 'database main' });
    const db = new rds.DatabaseInstance(this, 'DatabaseMain', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      instanceType: new ec2.InstanceType(prod ? 't4g.medium' : envName === 'staging' ? 't4g.small' : 't3.micro'),
      vpc, vpcSubnets: dataSubnets, securityGroups: [dbSg], allocatedStorage: prod ? 100 : 20, maxAllocatedStorage: prod ? 500 : undefined,
      storageEncrypted: true, storageEncryptionKey: key, credentials: rds.Credentials.fromGeneratedSecret('forge', { encryptionKey: key }),
      multiAz: prod, deletionProtection: prod, backupRetention: Duration.days(prod ? 30 : 7), removalPolicy: prod ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY,
      iamAuthentication: true, cloudwatchLogsExports: ['postgresql'], databaseName: 'main',
    });
    const cacheSg = new ec2.SecurityGroup(this, 'CacheQueueSecurityGroup', { vpc, allowAllOutbound: false, description: 'cache queue' });
    const cacheSubnets = new elasticache.CfnSubnetGroup(this, 'CacheQueueSubnets', { description: 'cache queue',
      subnetIds: vpc.selectSubnets(dataSubnets).subnetIds });
    const cache = new elasticache.CfnReplicationGroup(this, 'CacheQueue', {
      replicationGroupDescription: 'BullMQ queues and response cache', engine: 'redis', engineVersion: '7.1',
      cacheNodeType: prod ? 'cache.t4g.small' : 'cache.t4g.micro', numCacheClusters: prod ? 2 : 1, automaticFailoverEnabled: prod,
      multiAzEnabled: prod, atRestEncryptionEnabled: true, transitEncryptionEnabled: true, kmsKeyId: key.keyId,
      cacheSubnetGroupName: cacheSubnets.ref, securityGroupIds: [cacheSg.securityGroupId], snapshotRetentionLimit: prod ? 7 : 0,
    });
    const reports = new s3.Bucket(this, 'BucketReports', { bucketName: name('reports'), encryption: s3.BucketEncryption.KMS,
      encryptionKey: key, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, versioned: true, removalPolicy: keep,
      lifecycleRules: [{ transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }],
        noncurrentVersionExpiration: Duration.days(90) }] });
    const assets = new s3.Bucket(this, 'BucketAssets', { bucketName: name('assets'), encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, versioned: true, removalPolicy: keep });
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId: 'Z0123456789EXAMPLEAPP', zoneName: 'example.com' });
    const cdnCert = new acm.Certificate(this, 'BucketAssetsCertificate', { domainName: 'static.example.com',
      validation: acm.CertificateValidation.fromDns(zone) });
    const cdn = new cloudfront.Distribution(this, 'BucketAssetsDistribution', {
      defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(assets), viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
      domainNames: ['static.example.com'], certificate: cdnCert, minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
    });

    // monitoring
    const alarms = new sns.Topic(this, 'AlarmTopic', { topicName: name('alarms'), masterKey: key });
    settings.alerts.forEach((a) => alarms.addSubscription(new subs.EmailSubscription(a)));

    // services
    const cluster = new ecs.Cluster(this, 'Cluster', { vpc, clusterName: name('cluster'), containerInsightsV2: ecs.ContainerInsights.ENABLED });
    const cert = new acm.Certificate(this, 'ApiPublicCertificate', { domainName: 'app.example.com', validation: acm.CertificateValidation.fromDns(zone) });
    const alb = new elbv2.ApplicationLoadBalancer(this, 'ApiPublic', { vpc, internetFacing: true, dropInvalidHeaderFields: true });
    alb.addRedirect({ sourcePort: 80, targetPort: 443 });
    const https = alb.addListener('Https', { port: 443, certificates: [cert], sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
      defaultAction: elbv2.ListenerAction.fixedResponse(404) });
    new route53.ARecord(this, 'ApiPublicRecord', { zone, recordName: 'app.example.com', target: route53.RecordTarget.fromAlias(new targets.LoadBalancerTarget(alb)) });
    if (settings.waf) {
      const acl = new wafv2.CfnWebACL(this, 'ApiPublicWebAcl', { scope: 'REGIONAL', defaultAction: { allow: {} },
        visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: name('waf'), sampledRequestsEnabled: true },
        rules: ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesKnownBadInputsRuleSet', 'AWSManagedRulesAmazonIpReputationList'].map((r, i) => ({
          name: r, priority: i, overrideAction: { none: {} }, statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: r } },
          visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: r, sampledRequestsEnabled: true } })) });
      new wafv2.CfnWebACLAssociation(this, 'ApiPublicWebAclAssociation', { resourceArn: alb.loadBalancerArn, webAclArn: acl.attrArn });
    }
    const taskDefinition = (id, cpu, memory, spec, command) => {
      const td = new ecs.FargateTaskDefinition(this, `${id}TaskDefinition`, { cpu: FARGATE[cpu], memoryLimitMiB: mib(memory),
        runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.ARM64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX } });
      const env = { FORGE_ENVIRONMENT: envName, DATABASE_MAIN_HOST: db.dbInstanceEndpointAddress, DATABASE_MAIN_PORT: db.dbInstanceEndpointPort };
      const ecsSecrets = {};
      for (const [k, p] of Object.entries(spec.env || {})) ecsSecrets[k] = ecs.Secret.fromSsmParameter(params[p]);
      for (const s of spec.secrets || []) ecsSecrets[s.toUpperCase().replace(/-/g, '_')] = ecs.Secret.fromSecretsManager(secrets[s]);
      ecsSecrets.DATABASE_MAIN_PASSWORD = ecs.Secret.fromSecretsManager(db.secret, 'password');
      const c = td.addContainer('app', { image: ecs.ContainerImage.fromRegistry(`${settings.account}.dkr.ecr.${REGION}.amazonaws.com/${APP}/${spec.image || id}:latest`),
        environment: env, secrets: ecsSecrets, command, readonlyRootFilesystem: true, user: '1000',
        logging: ecs.LogDrivers.awsLogs({ streamPrefix: id, logGroup: new logs.LogGroup(this, `${id}LogGroup`, { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: keep }) }),
        healthCheck: spec.port ? { command: ['CMD-SHELL', `wget -q -O /dev/null http://localhost:${spec.port}${spec.health} || exit 1`], interval: Duration.seconds(15), timeout: Duration.seconds(5) } : undefined,
        portMappings: spec.port ? [{ containerPort: spec.port }] : [] });
      c.linuxParameters = new ecs.LinuxParameters(this, `${id}Linux`, { initProcessEnabled: true });
      c.linuxParameters.dropCapabilities(ecs.Capability.ALL);
      td.addToTaskRolePolicy(new iam.PolicyStatement({ actions: ['rds-db:connect'], resources: [`arn:aws:rds-db:${REGION}:${settings.account}:dbuser:*/forge`] }));
      if (spec.reports === 'read') reports.grantRead(td.taskRole);
      if (spec.reports === 'read-write') reports.grantReadWrite(td.taskRole);
      return td;
    };
    for (const [id, spec] of Object.entries(services(envName))) {
      const td = taskDefinition(id, spec.cpu, spec.memory, spec);
      const sg = new ec2.SecurityGroup(this, `Service${id}SecurityGroup`, { vpc, allowAllOutbound: true });
      if (!spec.web) {
        dbSg.addIngressRule(sg, ec2.Port.tcp(5432), `service ${id}`);
        cacheSg.addIngressRule(sg, ec2.Port.tcp(6379), `service ${id}`);
      }
      const svc = new ecs.FargateService(this, `Service${id}`, { cluster, taskDefinition: td, desiredCount: spec.replicas, serviceName: name(id),
        vpcSubnets: appSubnets, securityGroups: [sg], assignPublicIp: false, enableExecuteCommand: false, minHealthyPercent: 100,
        circuitBreaker: spec.blueGreen ? undefined : { rollback: true },
        deploymentController: { type: spec.blueGreen ? ecs.DeploymentControllerType.CODE_DEPLOY : ecs.DeploymentControllerType.ECS } });
      if (spec.route) {
        const tg = new elbv2.ApplicationTargetGroup(this, `Service${id}Target`, { vpc, port: spec.port, protocol: elbv2.ApplicationProtocol.HTTP,
          targetType: elbv2.TargetType.IP, healthCheck: { path: spec.health, interval: Duration.seconds(15), timeout: Duration.seconds(5), healthyThresholdCount: 2, unhealthyThresholdCount: 3 } });
        svc.attachToApplicationTargetGroup(tg);
        https.addTargetGroups(`Service${id}Route`, { targetGroups: [tg], priority: spec.priority, conditions: [elbv2.ListenerCondition.pathPatterns([spec.route])] });
        sg.addIngressRule(ec2.Peer.securityGroupId(alb.connections.securityGroups[0].securityGroupId), ec2.Port.tcp(spec.port));
        if (spec.blueGreen) {
          const green = new elbv2.ApplicationTargetGroup(this, `Service${id}Green`, { vpc, port: spec.port, protocol: elbv2.ApplicationProtocol.HTTP,
            targetType: elbv2.TargetType.IP, healthCheck: { path: spec.health } });
          https.addTargetGroups(`Service${id}GreenRoute`, { targetGroups: [green], priority: spec.priority + 1,
            conditions: [elbv2.ListenerCondition.pathPatterns([spec.route]), elbv2.ListenerCondition.httpHeader('x-forge-green', ['1'])] });
          new codedeploy.EcsDeploymentGroup(this, `Service${id}Deployment`, { service: svc, blueGreenDeploymentConfig: { blueTargetGroup: tg,
            greenTargetGroup: green, listener: https }, deploymentConfig: codedeploy.EcsDeploymentConfig.ALL_AT_ONCE });
        }
      }
      if (spec.autoscaling) {
        const scale = svc.autoScaleTaskCount({ minCapacity: spec.autoscaling.min, maxCapacity: spec.autoscaling.max });
        scale.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: spec.autoscaling.cpu });
        if (spec.autoscaling.memory) scale.scaleOnMemoryUtilization('Memory', { targetUtilizationPercent: spec.autoscaling.memory });
        (spec.schedules || []).forEach((s, i) => scale.scaleOnSchedule(`Schedule${i}`, { schedule: appscaling.Schedule.cron(s.cron),
          timeZone: cdk.TimeZone.AMERICA_NEW_YORK, minCapacity: s.min, maxCapacity: s.max }));
      }
      for (const [metric, threshold] of [['CPUUtilization', 80], ['MemoryUtilization', 85]]) {
        new cloudwatch.Alarm(this, `Service${id}${metric}Alarm`, { metric: new cloudwatch.Metric({ namespace: 'AWS/ECS', metricName: metric,
          dimensionsMap: { ClusterName: cluster.clusterName, ServiceName: svc.serviceName }, statistic: 'Average', period: Duration.minutes(5) }),
          threshold, evaluationPeriods: 3, comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD })
          .addAlarmAction(new cwActions.SnsAction(alarms));
      }
    }

    // jobs
    const jobs = { migrate: { command: ['node', 'jobs/migrate.js'], image: 'api' },
      'report-cleanup': { command: ['node', 'jobs/report-cleanup.js'], image: 'api', schedule: 'cron(30 2 * * ? *)', reports: 'read-write', env: { LOG_LEVEL: 'log-level' } } };
    const jobSg = new ec2.SecurityGroup(this, 'JobsSecurityGroup', { vpc, allowAllOutbound: true });
    dbSg.addIngressRule(jobSg, ec2.Port.tcp(5432), 'jobs');
    for (const [id, spec] of Object.entries(jobs)) {
      const cpu = prod && id === 'report-cleanup' ? 0.5 : 0.25;
      const td = taskDefinition(`Job${id.replace(/-/g, '')}`, cpu, prod && id === 'report-cleanup' ? '1Gi' : '512Mi', spec, spec.command);
      if (spec.schedule) {
        const role = new iam.Role(this, `Job${id.replace(/-/g, '')}SchedulerRole`, { assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com') });
        role.addToPolicy(new iam.PolicyStatement({ actions: ['ecs:RunTask'], resources: [td.taskDefinitionArn] }));
        role.addToPolicy(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: [td.taskRole.roleArn, td.obtainExecutionRole().roleArn] }));
        new scheduler.CfnSchedule(this, `Job${id.replace(/-/g, '')}Schedule`, { name: name(id), scheduleExpression: spec.schedule,
          scheduleExpressionTimezone: 'America/New_York', flexibleTimeWindow: { mode: 'OFF' },
          target: { arn: cluster.clusterArn, roleArn: role.roleArn, retryPolicy: { maximumRetryAttempts: 2 },
            ecsParameters: { taskDefinitionArn: td.taskDefinitionArn, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: {
              subnets: vpc.selectSubnets(appSubnets).subnetIds, securityGroups: [jobSg.securityGroupId], assignPublicIp: 'DISABLED' } } } } });
      }
    }

    // budget and the deploy role
    if (settings.budget > 0) {
      const emails = settings.budgetEmail || settings.alerts;
      new budgets.CfnBudget(this, 'Budget', { budget: { budgetName: name('monthly'), budgetType: 'COST', timeUnit: 'MONTHLY',
        budgetLimit: { amount: settings.budget, unit: 'USD' } }, notificationsWithSubscribers: [80, 100].map((t) => ({
        notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: t, thresholdType: 'PERCENTAGE' },
        subscribers: emails.map((address) => ({ subscriptionType: 'EMAIL', address })) })) });
    }
    const oidc = new iam.CfnOIDCProvider(this, 'GithubOidc', { url: 'https://token.actions.githubusercontent.com', clientIdList: ['sts.amazonaws.com'] });
    new iam.Role(this, 'GithubDeployRole', { roleName: name('deploy'), assumedBy: new iam.WebIdentityPrincipal(oidc.attrArn, {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': `repo:example-org/ai-validation-platform:environment:${envName}` } }),
      inlinePolicies: { deploy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['cloudformation:CreateChangeSet',
        'cloudformation:DescribeChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DescribeStacks'], resources: [this.stackId] })] }) } });

    new cdk.CfnOutput(this, 'Url', { value: 'https://app.example.com' });
    new cdk.CfnOutput(this, 'AssetsUrl', { value: `https://${cdn.distributionDomainName}` });
    new cdk.CfnOutput(this, 'DatabaseMainEndpoint', { value: db.dbInstanceEndpointAddress });
    new cdk.CfnOutput(this, 'CacheQueueEndpoint', { value: cache.attrPrimaryEndPointAddress });
  }
}

const validationOff = process.env.CFN_BENCH_VALIDATION === 'off';
const app = new cdk.App(validationOff ? { builtinCloudFormationValidation: false } : {});
for (const [envName, settings] of Object.entries(ENVIRONMENTS)) new PlatformStack(app, envName, settings);
app.synth({ skipValidation: validationOff });
