// The CDK side of bench/sxs/run.sh: the same N "services" as gen-spec.sh, in plain JavaScript (no TypeScript
// compile). Per service i: a DynamoDB table (on demand), an S3 bucket, a Lambda function that reads and writes
// table i and reads bucket i (two grants), an alarm on the function's errors, and a route GET /fi on one shared
// HTTP API. One env-agnostic stack per environment (no account or region, so no lookups).
//   SXS_N                  number of services (default 1)
//   SXS_ENVS               1 (dev) or 3 (dev, staging, prod); default 3
//   SXS_VALIDATION=off     the "validation off" column: no built-in CloudFormation template validation
//                          (builtinCloudFormationValidation: false, as CDK_VALIDATION=false or
//                          `cdk synth --no-validation`) and construct validation skipped (skipValidation)
//   SXS_CODE=inline|asset  function code inline in the template (default: no file is read or hashed, as Forge
//                          does not read function sources at synth either) or fromAsset of empty-function/ (a
//                          folder holding only a README), the same folder for every function: the CDK's asset
//                          cache fingerprints and stages it once, so this is a lower bound of the asset cost
// Run by the CLI (`cdk synth`, cdk.json) or directly (`CDK_OUTDIR=DIR node app.js`).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const cloudwatch = require('aws-cdk-lib/aws-cloudwatch');
const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
const { HttpLambdaIntegration } = require('aws-cdk-lib/aws-apigatewayv2-integrations');

const n = Number.parseInt(process.env.SXS_N || '1', 10);
const envs = process.env.SXS_ENVS === '1' ? ['dev'] : ['dev', 'staging', 'prod'];
const inline = (process.env.SXS_CODE || 'inline') === 'inline';
const assetDir = path.join(__dirname, 'empty-function');   // only a README (an empty folder is not kept by git)

class ServicesStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const api = new apigwv2.HttpApi(this, 'Api', { apiName: `${id}-public` });
    for (let i = 0; i < n; i++) {
      const table = new dynamodb.Table(this, `T${i}`, {
        partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
        billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      });
      const bucket = new s3.Bucket(this, `B${i}`);
      const fn = new lambda.Function(this, `F${i}`, {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: inline ? lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });')
          : lambda.Code.fromAsset(assetDir),
        environment: { TABLE_NAME: table.tableName, BUCKET_NAME: bucket.bucketName },
      });
      table.grantReadWriteData(fn);
      bucket.grantRead(fn);
      new cloudwatch.Alarm(this, `F${i}Errors`, {
        metric: fn.metricErrors({ period: cdk.Duration.minutes(5) }),
        threshold: 5,
        evaluationPeriods: 1,
      });
      api.addRoutes({
        path: `/f${i}`,
        methods: [apigwv2.HttpMethod.GET],
        integration: new HttpLambdaIntegration(`F${i}Integration`, fn),
      });
    }
  }
}

const validationOff = process.env.SXS_VALIDATION === 'off';
// One stack holds every service (as one Forge root does): CloudFormation's 500-resource limit is lifted so the
// CDK synthesizes it rather than failing at N >= 56 (a deployable app would split the stack; that costs more).
const context = { '@aws-cdk/core:stackResourceLimit': 0 };
const app = new cdk.App(validationOff ? { builtinCloudFormationValidation: false, context } : { context });
for (const env of envs) new ServicesStack(app, `sxs-${env}`);
app.synth({ skipValidation: validationOff });
